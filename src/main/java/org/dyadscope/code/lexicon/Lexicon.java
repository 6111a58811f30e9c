package org.dyadscope.code.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * a later row for the same phrase replaces the earlier one.
 *
 * <p><b>Per-case overrides.</b> A case folder may hold {@code lexicon/<file>.tsv} with the same
 * names. By default its rows extend the built-in file (and replace built-in rows of the same
 * phrase); a file whose comment lines contain {@code mode: replace} replaces the built-in file
 * whole. A row whose flags hold {@code remove} deletes the phrase. {@code roles.tsv}, the leaders'
 * dated offices ({@link Roles}), is overridden person by person. The effective {@link #version}
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
  private final String version;
  private final PhraseMatcher matcher;

  private Lexicon(Map<Category, Map<String, LexiconEntry>> byCategory, Roles roles, String version) {
    this.byCategory = byCategory;
    this.roles = roles;
    this.version = version;
    for (LexiconEntry e : byCategory.get(Category.ACTOR).values()) {
      String person = e.flagValue("person");
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
    return new Lexicon(map, roles, "dyadscope-lexicon-" + builtInText("VERSION").trim());
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
    if (used.isEmpty()) {
      return base;
    }
    String hex = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return new Lexicon(map, roles, base.version + "+case-" + hex);
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

  /** The phrase matcher over all categories. */
  public PhraseMatcher matcher() {
    return matcher;
  }

  /** The entries of one category, in file order. */
  public List<LexiconEntry> entries(Category c) {
    return List.copyOf(byCategory.get(c).values());
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
    Set<String> flags = Arrays.stream(col(f, 4).toLowerCase(Locale.ROOT).split("[,\\s]+"))
        .filter(x -> !x.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    String key = key(toks);
    if (flags.contains("remove")) {
      into.remove(key);
      return;
    }
    Sector sector;
    try {
      sector = Sector.parse(col(f, 3));
    } catch (IllegalArgumentException e) {
      throw new LexiconException(where + ": " + e.getMessage(), e);
    }
    String value = col(f, 1).isEmpty() ? phrase : col(f, 1);
    if (c == Category.SECTOR) {
      try {
        sector = Sector.parse(value);
      } catch (IllegalArgumentException e) {
        throw new LexiconException(where + ": " + e.getMessage(), e);
      }
    }
    List<String> keys = new ArrayList<>(toks.size());
    List<String> surface = new ArrayList<>(toks.size());
    for (Token t : toks) {
      keys.add(t.key());
      surface.add(phrase.substring(t.start(), t.end()));
    }
    into.put(key, new LexiconEntry(c, phrase, Collections.unmodifiableList(keys),
        Collections.unmodifiableList(surface), value, col(f, 2), sector, flags));
  }

  private static List<Token> tokens(String phrase) {
    synchronized (PHRASE_TOKENIZER) {
      return PHRASE_TOKENIZER.tokenize(TextFold.nfc(phrase));
    }
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
