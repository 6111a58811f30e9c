package org.dyadscope.code.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dyadscope.code.text.TextFold;
import org.dyadscope.code.text.Token;
import org.dyadscope.code.text.Tokenizer;

/**
 * The securitization lexicons: one tab-separated data file per {@link Category}, shipped under
 * {@code org/dyadscope/code/lexicon/} with a {@code VERSION} file, and overridable per case.
 *
 * <p><b>File format.</b> UTF-8; lines starting with {@code #} are comments; the first other line is
 * the header {@code phrase value attr sector flags} (tab-separated; trailing columns may be
 * omitted in rows). {@code phrase} is one or more words, matched after folding (case, typographic
 * quotes) and tokenizing (see {@link Tokenizer}); {@code sector} is a sector name or empty;
 * {@code flags} may hold {@code cs} (match the written case only) and category-specific flags
 * (see {@link LexiconEntry#flags}). A phrase appears once per file;
 * a later row for the same phrase replaces the earlier one. {@code attr}, {@code flags} and a closed
 * {@code value} are checked against the file's {@link Category} when the file loads: an unknown one
 * ({@code Strong} for {@code strong}, a misspelt flag) is refused with {@code file:line} and the valid
 * values. {@code words.tsv} holds the closed English word lists of the coding rules ({@link Words}).
 *
 * <p><b>Per-case overrides.</b> A case folder may hold {@code lexicon/<file>.tsv} with the same
 * names. By default its rows extend the built-in file (and replace built-in rows of the same
 * phrase); a file whose comment lines contain {@code mode: replace} replaces the built-in file
 * whole. A row whose flags hold {@code remove} deletes the phrase. {@code roles.tsv}, the leaders'
 * dated offices ({@link Roles}), is overridden person by person; {@code words.tsv} word by word. A
 * {@code .tsv} file of another name is refused. The effective {@link #version}
 * then names the case's files by digest, so every coding records exactly which lexicon made it.
 */
public final class Lexicon {
  /** Class-path folder of the built-in lexicon. */
  public static final String RESOURCE_DIR = "/org/dyadscope/code/lexicon/";

  private static final Tokenizer PHRASE_TOKENIZER = new Tokenizer();

  /** Name of the dated-roles table of leaders ({@link Roles}), built in and in a case's {@code lexicon/}. */
  public static final String ROLES_FILE = "roles.tsv";

  private final Map<Category, Map<String, LexiconEntry>> byCategory;
  private final Roles roles;
  private final Words words;
  private final String version;
  private final PhraseMatcher matcher;

  private Lexicon(Map<Category, Map<String, LexiconEntry>> byCategory, Roles roles, Words words, String version) {
    this.byCategory = byCategory;
    this.roles = roles;
    this.words = words;
    this.version = version;
    for (LexiconEntry e : byCategory.get(Category.ACTOR).values()) {
      String person = e.person();
      if (person == null) {
        continue;
      }
      List<Role> offices = roles.of(person);
      if (offices.isEmpty()) {
        throw new LexiconException(Category.ACTOR.fileName() + ": '" + e.phrase() + "' names person '" + person
            + "', who has no row in " + ROLES_FILE);
      }
      if (offices.stream().anyMatch(r -> !r.code().equals(e.value()))) {
        throw new LexiconException(Category.ACTOR.fileName() + ": '" + e.phrase() + "' is " + e.value() + ", but "
            + ROLES_FILE + " gives person '" + person + "' an office of another state; make the codes agree");
      }
    }
    List<LexiconEntry> all = new ArrayList<>();
    byCategory.values().forEach(m -> all.addAll(m.values()));
    this.matcher = new PhraseMatcher(all);
  }

  /** The built-in lexicon. */
  public static Lexicon builtIn() {
    Map<Category, Map<String, LexiconEntry>> map = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      map.put(c, new LinkedHashMap<>());
      read(c, builtInText(c.fileName()), RESOURCE_DIR + c.fileName(), map.get(c));
    }
    Roles roles = Roles.read(builtInText(ROLES_FILE), RESOURCE_DIR + ROLES_FILE);
    Words words = Words.none().with(builtInText(Words.FILE), RESOURCE_DIR + Words.FILE, false, Lexicon::wordKey);
    return new Lexicon(map, roles, words, "dyadscope-lexicon-" + builtInText("VERSION").trim());
  }

  /**
   * A case's lexicon: the built-in one with the overrides of {@code caseDir/lexicon/} (absent
   * folder: built-in only); the built-in one when {@code caseDir} is null.
   *
   * @throws LexiconException when a file cannot be read or holds a bad row
   */
  public static Lexicon forCase(Path caseDir) {
    return caseDir == null ? builtIn() : withOverrides(caseDir.resolve("lexicon"));
  }

  /**
   * The built-in lexicon with a case's overrides from {@code lexiconDir} applied (see the class
   * comment). A missing folder gives the built-in lexicon.
   *
   * @throws LexiconException when a file cannot be read or holds a bad row
   */
  public static Lexicon withOverrides(Path lexiconDir) {
    Lexicon base = builtIn();
    if (lexiconDir == null || !Files.isDirectory(lexiconDir)) {
      return base;
    }
    refuseUnknownFiles(lexiconDir);
    Map<Category, Map<String, LexiconEntry>> map = new EnumMap<>(Category.class);
    base.byCategory.forEach((c, m) -> map.put(c, new LinkedHashMap<>(m)));
    MessageDigest digest = sha256();
    List<String> used = new ArrayList<>();
    for (Category c : Category.values()) {
      String content = overrideText(lexiconDir, c.fileName(), digest, used);
      if (content != null) {
        if (replacesWhole(content)) {
          map.get(c).clear();
        }
        read(c, content, lexiconDir.resolve(c.fileName()).toString(), map.get(c));
      }
    }
    Roles roles = base.roles;
    String content = overrideText(lexiconDir, ROLES_FILE, digest, used);
    if (content != null) {
      roles = roles.with(Roles.read(content, lexiconDir.resolve(ROLES_FILE).toString()), replacesWhole(content));
    }
    Words words = base.words;
    content = overrideText(lexiconDir, Words.FILE, digest, used);
    if (content != null) {
      words = words.with(content, lexiconDir.resolve(Words.FILE).toString(), replacesWhole(content), Lexicon::wordKey);
    }
    if (used.isEmpty()) {
      return base;
    }
    String hex = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return new Lexicon(map, roles, words, base.version + "+case-" + hex);
  }

  /** The lexicon's file names: one per category, roles and words. */
  public static List<String> fileNames() {
    List<String> names = new ArrayList<>();
    for (Category c : Category.values()) {
      names.add(c.fileName());
    }
    names.add(ROLES_FILE);
    names.add(Words.FILE);
    return names;
  }

  /**
   * Refuses a {@code .tsv} file of a case's lexicon folder that names no lexicon file (a misspelt
   * {@code threats.tsv} would otherwise be ignored without a word).
   */
  private static void refuseUnknownFiles(Path dir) {
    List<String> known = fileNames();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".tsv") && !known.contains(name)) {
          throw new LexiconException(f + ": not a lexicon file; rename it to one of " + String.join(", ", known));
        }
      }
    } catch (IOException e) {
      throw new LexiconException(dir + ": cannot list the lexicon overrides (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The text of a case's override of {@code fileName}, its name and text added to {@code digest} and
   * its name to {@code used}; null when the case has no such file.
   */
  private static String overrideText(Path dir, String fileName, MessageDigest digest, List<String> used) {
    Path f = dir.resolve(fileName);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    String content;
    try {
      content = Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LexiconException(f + ": cannot read lexicon override (" + e.getMessage() + ")", e);
    }
    digest.update(fileName.getBytes(StandardCharsets.UTF_8));
    digest.update(content.getBytes(StandardCharsets.UTF_8));
    used.add(fileName);
    return content;
  }

  /** The text of a built-in lexicon file (all are small). */
  private static String builtInText(String fileName) {
    String res = RESOURCE_DIR + fileName;
    try (InputStream in = Lexicon.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new LexiconException("built-in lexicon file " + res + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LexiconException("cannot read built-in lexicon file " + res, e);
    }
  }

  private static boolean replacesWhole(String content) {
    return content.lines().anyMatch(l -> l.startsWith("#") && l.replace(" ", "").contains("mode:replace"));
  }

  /** Version string recorded with every coding, e.g. {@code dyadscope-lexicon-1.0.0}. */
  public String version() {
    return version;
  }

  /** The dated offices of the leaders the actor entries name (flag {@code person:<key>}). */
  public Roles roles() {
    return roles;
  }

  /** The closed word lists of {@code words.tsv} the coding rules consult. */
  public Words words() {
    return words;
  }

  /** The phrase matcher over all categories. */
  public PhraseMatcher matcher() {
    return matcher;
  }

  /** The entries of one category, in file order. */
  public List<LexiconEntry> entries(Category c) {
    return List.copyOf(byCategory.get(c).values());
  }

  /**
   * The actor codes (every non-blank {@code actors.tsv} value but the absorbers of type none: states,
   * leaders' states, alliances, organisations, groups, regions), sorted: the threat sources a coder
   * or a review may name.
   */
  public SortedSet<String> actorCodes() {
    SortedSet<String> out = new TreeSet<>();
    for (LexiconEntry e : entries(Category.ACTOR)) {
      if (e.attr() != Attribute.NONE && e.value() != null && !e.value().isBlank()) {
        out.add(e.value());
      }
    }
    return out;
  }

  /** Entry of {@code category} for {@code phrase} (matched by folded tokens), or null. */
  public LexiconEntry lookup(Category category, String phrase) {
    return byCategory.get(category).get(key(tokens(phrase)));
  }

  private static void read(Category c, String text, String name, Map<String, LexiconEntry> into) {
    TsvRows.read(text, name, f -> f[0].trim().equals("phrase"), "phrase\tvalue\tattr\tsector\tflags",
        (f, where) -> row(c, f, where, into));
  }

  private static void row(Category c, String[] f, String where, Map<String, LexiconEntry> into) {
    String phrase = f[0].trim();
    List<Token> toks = tokens(phrase);
    if (toks.isEmpty()) {
      throw new LexiconException(where + ": phrase '" + phrase + "' has no words");
    }
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    String person = null;
    Attribute attr;
    Sector sector;
    String value = col(f, 1).isEmpty() ? phrase : col(f, 1);
    try {
      for (String x : col(f, 4).split("[,\\s]+")) {
        if (!x.isEmpty()) {
          Flag flag = Flag.parse(x, c.flags());
          flags.add(flag);
          person = flag == Flag.PERSON ? x.substring("person:".length()) : person;
        }
      }
      if (flags.contains(Flag.REMOVE)) {
        into.remove(key(toks));
        return;
      }
      attr = Attribute.parse(col(f, 2), c.attributes());
      if (!c.allowedValues().isEmpty() && !c.allowedValues().contains(value)) {
        throw new IllegalArgumentException("unknown value '" + value + "'; expected one of "
            + String.join(", ", c.allowedValues()));
      }
      sector = Sector.parse(c == Category.SECTOR ? value : col(f, 3));
    } catch (IllegalArgumentException e) {
      throw new LexiconException(where + ": " + e.getMessage() + " (" + c.fileName() + ")", e);
    }
    if (flags.contains(Flag.PERSON) && person.isEmpty()) {
      throw new LexiconException(where + ": flag 'person:' names no person; write person:<key> as in " + ROLES_FILE);
    }
    List<String> keys = new ArrayList<>(toks.size());
    List<String> surface = new ArrayList<>(toks.size());
    for (Token t : toks) {
      keys.add(t.key());
      surface.add(phrase.substring(t.start(), t.end()));
    }
    into.put(key(toks), new LexiconEntry(c, phrase, Collections.unmodifiableList(keys),
        Collections.unmodifiableList(surface), value, attr, sector, Collections.unmodifiableSet(flags), person));
  }

  private static List<Token> tokens(String phrase) {
    synchronized (PHRASE_TOKENIZER) {
      return PHRASE_TOKENIZER.tokenize(TextFold.nfc(phrase));
    }
  }

  /** The folded key of a one-token word, or null when {@code word} is not exactly one token. */
  private static String wordKey(String word) {
    List<Token> toks = tokens(word);
    return toks.size() == 1 ? toks.get(0).key() : null;
  }

  private static String key(List<Token> toks) {
    StringBuilder b = new StringBuilder();
    for (Token t : toks) {
      b.append(t.key()).append(' ');
    }
    return b.toString();
  }

  private static String col(String[] f, int i) {
    return i < f.length ? f[i].trim() : "";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without SHA-256", e);
    }
  }
}
