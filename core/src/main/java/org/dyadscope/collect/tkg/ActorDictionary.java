package org.dyadscope.collect.tkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A TABARI / PETRARCH-2 actor dictionary: actor phrases with their CAMEO actor codes, which may be
 * restricted to date ranges (a person's roles over time).
 *
 * <p>Format (PETRARCH-2 {@code PETRreader.read_actor_dictionary}; files
 * {@code Phoenix.Countries.actors.txt} and {@code Phoenix.International.actors.txt} from
 * openeventdata/petrarch2, built from CountryInfo.txt):
 *
 * <pre>
 * VLADIMIR_PUTIN_  # CountryInfo.txt        primary phrase, optionally followed by [CODE]
 * +PRESIDENT_PUTIN_                          synonym of the entry above
 * 	[RUSGOV 991231-080507]                    role valid in an interval (tab-indented)
 * 	[RUSGOV >080508]                          role valid from a date on
 * 	[RUSELI]                                  default role when no dated role applies
 * </pre>
 *
 * Words are joined by {@code _} or blanks; {@code #} (and the older {@code ;}) start a comment.
 * Restrictions are {@code <date}, {@code >date} or {@code date-date}, all inclusive; a date is
 * {@code YYMMDD} (years 00-30 are 20YY, others 19YY, as in KEDS/TABARI) or {@code YYYYMMDD}. A
 * code on the primary line counts as a default role; several bracket groups may share a line.
 * Restrictions that are not one of these forms (7- or 10-digit dates, a bare date, an interval
 * ending before it starts) are skipped and counted in {@link #skippedRoles()}.
 *
 * <p>Lookup keys ignore case, accents, underscores and punctuation, so the ICEWS name "Vladimir
 * Putin" finds {@code VLADIMIR_PUTIN_} and "Kim Jong-Un" finds {@code KIM_JONG_UN}.
 */
public final class ActorDictionary {
  /** The Phoenix dictionaries of PETRARCH-2 that hold persons with dated roles. */
  public static final List<String> PHOENIX_FILES =
      List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt");

  private final Map<String, List<Entry>> byPhrase;
  private final int entries;
  private final int skippedRoles;
  private final long loadMillis;

  private ActorDictionary(Map<String, List<Entry>> byPhrase, int entries, int skippedRoles, long loadMillis) {
    this.byPhrase = byPhrase;
    this.entries = entries;
    this.skippedRoles = skippedRoles;
    this.loadMillis = loadMillis;
  }

  /** One actor role: a CAMEO actor code, valid from {@code from} to {@code to} (inclusive; null = open). */
  record Role(String code, LocalDate from, LocalDate to) {
    boolean validOn(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
  }

  /** One dictionary record: its dated roles and its default codes. */
  static final class Entry {
    final List<Role> dated = new ArrayList<>();
    final List<String> defaults = new ArrayList<>();

    /** Dated roles valid on {@code date}; when none, the default codes. */
    void codesOn(LocalDate date, Set<String> out) {
      boolean any = false;
      for (Role r : dated) {
        if (r.validOn(date)) {
          out.add(r.code());
          any = true;
        }
      }
      if (!any) {
        out.addAll(defaults);
      }
    }
  }

  /** Loads {@link #PHOENIX_FILES} from a PETRARCH-2 {@code dictionaries} folder. */
  public static ActorDictionary loadPhoenix(Path dictionariesDir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String f : PHOENIX_FILES) {
      files.add(dictionariesDir.resolve(f));
    }
    return load(files);
  }

  /**
   * Parses actor dictionary files (UTF-8; a bad byte becomes U+FFFD and only spoils that phrase).
   *
   * @throws IOException when a file is missing or unreadable; the message names it
   */
  public static ActorDictionary load(List<Path> files) throws IOException {
    long start = System.nanoTime();
    Parser p = new Parser();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IOException(f + ": actor dictionary not found; point the case's lookups.actor_dictionaries"
            + " at the PETRARCH-2 dictionaries folder");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(f),
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
        p.file(r);
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new ActorDictionary(p.byPhrase, p.entries, p.skipped, ms);
  }

  /** Line-by-line parser state; one entry is open at a time. */
  private static final class Parser {
    final Map<String, List<Entry>> byPhrase = new HashMap<>();
    Entry current;
    int entries;
    int skipped;

    void file(BufferedReader r) throws IOException {
      current = null; // an entry never continues into the next file
      String raw;
      while ((raw = r.readLine()) != null) {
        if (raw.contains("---STOP---")) {
          break;
        }
        String line = stripComment(raw);
        if (line.isBlank()) {
          continue;
        }
        boolean indented = Character.isWhitespace(line.charAt(0));
        String body = line.strip();
        if (indented) {
          if (current == null) {
            skipped++; // a role before any entry has no owner
          } else {
            roles(body);
          }
        } else if (body.startsWith("+")) {
          if (current == null) {
            skipped++;
          } else {
            phrase(body.substring(1));
            roles(body);
          }
        } else {
          current = new Entry();
          entries++;
          phrase(body);
          roles(body);
        }
      }
    }

    private static String stripComment(String line) {
      int cut = line.length();
      int hash = line.indexOf('#');
      if (hash >= 0) {
        cut = hash;
      }
      int semi = line.indexOf(';');
      if (semi >= 0 && semi < cut) {
        cut = semi;
      }
      return line.substring(0, cut);
    }

    private void phrase(String text) {
      int bracket = text.indexOf('[');
      String k = key(bracket >= 0 ? text.substring(0, bracket) : text);
      if (!k.isEmpty()) {
        byPhrase.computeIfAbsent(k, x -> new ArrayList<>(1)).add(current);
      }
    }

    /** Parses every {@code [CODE restriction]} group of a line into the open entry. */
    private void roles(String text) {
      int open = text.indexOf('[');
      while (open >= 0) {
        int close = text.indexOf(']', open);
        if (close < 0) {
          skipped++;
          return;
        }
        role(text.substring(open + 1, close).strip());
        open = text.indexOf('[', close);
      }
    }

    private void role(String group) {
      int blank = 0;
      while (blank < group.length() && !Character.isWhitespace(group.charAt(blank))) {
        blank++;
      }
      String code = group.substring(0, blank);
      if (code.isEmpty()) {
        skipped++;
        return;
      }
      String rest = group.substring(blank).replace(" ", "").replace("\t", "");
      if (rest.isEmpty()) {
        current.defaults.add(code);
        return;
      }
      try {
        if (rest.startsWith(">")) {
          current.dated.add(new Role(code, date(rest.substring(1)), null));
        } else if (rest.startsWith("<")) {
          current.dated.add(new Role(code, null, date(rest.substring(1))));
        } else {
          int dash = rest.indexOf('-');
          if (dash < 0) {
            skipped++; // a bare date: neither a start nor an end
            return;
          }
          LocalDate from = date(rest.substring(0, dash));
          LocalDate to = date(rest.substring(dash + 1));
          if (to.isBefore(from)) {
            skipped++;
            return;
          }
          current.dated.add(new Role(code, from, to));
        }
      } catch (IllegalArgumentException | DateTimeException ex) {
        skipped++;
      }
    }
  }

  /**
   * A TABARI date: {@code YYMMDD} (00-30 are 20YY, others 19YY) or {@code YYYYMMDD}.
   *
   * @throws IllegalArgumentException for any other length or non-digits
   * @throws DateTimeException for an impossible calendar date
   */
  static LocalDate date(String s) {
    if (s.length() != 6 && s.length() != 8) {
      throw new IllegalArgumentException("not a YYMMDD or YYYYMMDD date: " + s);
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        throw new IllegalArgumentException("not a YYMMDD or YYYYMMDD date: " + s);
      }
    }
    int year;
    int at;
    if (s.length() == 6) {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      at = 2;
    } else {
      year = Integer.parseInt(s.substring(0, 4));
      at = 4;
    }
    return LocalDate.of(year, Integer.parseInt(s.substring(at, at + 2)), Integer.parseInt(s.substring(at + 2, at + 4)));
  }

  /** Lookup key of a phrase or name: accents, case, underscores and punctuation removed. */
  static String key(String phrase) {
    return NameKey.of(phrase);
  }

  /** True when some entry has this phrase. */
  public boolean contains(String name) {
    return name != null && byPhrase.containsKey(key(name));
  }

  /**
   * The CAMEO actor codes of {@code name} on {@code date}: for each entry with that phrase, the
   * dated roles valid that day or, when none is, its default codes.
   *
   * @return codes in dictionary order, empty when the name is unknown or has no role that day
   */
  public Set<String> codesOn(String name, LocalDate date) {
    Set<String> out = new LinkedHashSet<>();
    if (name == null || date == null) {
      return out;
    }
    List<Entry> es = byPhrase.get(key(name));
    if (es != null) {
      for (Entry e : es) {
        e.codesOn(date, out);
      }
    }
    return out;
  }

  /**
   * Every CAMEO actor code of {@code name} on any date: the dated roles and the default codes of
   * each entry with that phrase ("NATO" gives [IGOWSTNAT]).
   *
   * @return codes in dictionary order, empty when the name is unknown
   */
  public Set<String> allCodes(String name) {
    Set<String> out = new LinkedHashSet<>();
    List<Entry> es = name == null ? null : byPhrase.get(key(name));
    if (es != null) {
      for (Entry e : es) {
        e.dated.forEach(r -> out.add(r.code()));
        out.addAll(e.defaults);
      }
    }
    return out;
  }

  /** Number of entries (primary phrases) read. */
  public int entries() {
    return entries;
  }

  /** Number of distinct lookup phrases (primary and synonyms). */
  public int phrases() {
    return byPhrase.size();
  }

  /** Role groups skipped as malformed (unparseable date, bare date, reversed interval). */
  public int skippedRoles() {
    return skippedRoles;
  }

  /** Wall time of {@link #load}, milliseconds. */
  public long loadMillis() {
    return loadMillis;
  }
}
