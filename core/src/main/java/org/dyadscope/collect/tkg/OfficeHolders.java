package org.dyadscope.collect.tkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.collect.Countries;

/**
 * Heads of state and government, foreign and defence ministers with dated terms: the table
 * {@code org/dyadscope/collect/office_holders.tsv} shipped in the jar (columns code, name, variants,
 * office, from, to, source; see its header for provenance and licence). A person's name gives the
 * state served only on a date inside one of the person's terms ({@code from} and {@code to}
 * inclusive, an empty {@code to} open), so "Donald Trump" is USA on 2018-06-12 and no state on
 * 2022-06-12. Names match as in the actor dictionaries ({@link NameKey}: case, accents and
 * punctuation ignored). Immutable and thread-safe.
 */
public final class OfficeHolders {
  /** The table's resource path in the jar. */
  public static final String RESOURCE = "/org/dyadscope/collect/office_holders.tsv";
  private static final List<String> HEADER = List.of("code", "name", "variants", "office", "from", "to", "source");

  /** One term of office. */
  record Term(String code, String office, LocalDate from, LocalDate to) {
    boolean covers(LocalDate d) {
      return !d.isBefore(from) && (to == null || !d.isAfter(to));
    }
  }

  private final Map<String, List<Term>> byName;
  private final int terms;

  private OfficeHolders(Map<String, List<Term>> byName, int terms) {
    this.byName = byName;
    this.terms = terms;
  }

  /** The table shipped in the jar, checked against {@code countries}. */
  public static OfficeHolders builtIn(Countries countries) {
    try (InputStream in = OfficeHolders.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar; rebuild it");
      }
      return load(in, RESOURCE, countries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a table in the format of {@link #RESOURCE} ({@code #} comment lines, a header row, tab-separated).
   *
   * @param label the file name errors name
   * @throws IllegalArgumentException at {@code label:line} for a wrong header or column count, a code
   *     that is no country, a date that is not YYYY-MM-DD, a term ending before it starts, or a
   *     source that is not an https URL
   */
  static OfficeHolders load(InputStream in, String label, Countries countries) throws IOException {
    Map<String, List<Term>> byName = new HashMap<>();
    int terms = 0;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    boolean header = true;
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String at = label + ":" + no + ": ";
      if (header) {
        if (!List.of(f).equals(HEADER)) {
          throw new IllegalArgumentException(at + "header must be " + String.join("\\t", HEADER));
        }
        header = false;
        continue;
      }
      if (f.length != HEADER.size()) {
        throw new IllegalArgumentException(at + f.length + " columns, expected " + HEADER.size());
      }
      if (!countries.isCountryCode(f[0])) {
        throw new IllegalArgumentException(at + "'" + f[0] + "' is no country code");
      }
      if (!f[6].startsWith("https://")) {
        throw new IllegalArgumentException(at + "source '" + f[6] + "' is not an https URL; cite a public list");
      }
      Term t;
      try {
        t = new Term(f[0], f[3], LocalDate.parse(f[4]), f[5].isEmpty() ? null : LocalDate.parse(f[5]));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(at + "from/to must be YYYY-MM-DD dates: " + e.getMessage(), e);
      }
      if (t.to() != null && t.to().isBefore(t.from())) {
        throw new IllegalArgumentException(at + "term ends (" + t.to() + ") before it starts (" + t.from() + ")");
      }
      terms++;
      List<String> names = new ArrayList<>(List.of(f[1]));
      if (!f[2].isBlank()) {
        names.addAll(List.of(f[2].split(";")));
      }
      for (String n : names) {
        String k = NameKey.of(n);
        List<Term> ts = byName.computeIfAbsent(k, x -> new ArrayList<>());
        if (!ts.contains(t)) {
          ts.add(t);
        }
      }
    }
    Map<String, List<Term>> frozen = new HashMap<>();
    byName.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new OfficeHolders(Map.copyOf(frozen), terms);
  }

  /** True when the table has a person of this name (in any term). */
  public boolean contains(String name) {
    return name != null && byName.containsKey(NameKey.of(name));
  }

  /**
   * The state {@code name} served on {@code date}.
   *
   * @return the ISO-3 code of the terms covering the date, or null when none does or terms of two
   *     states do
   */
  public String countryOn(String name, LocalDate date) {
    if (name == null || date == null) {
      return null;
    }
    String country = null;
    for (Term t : byName.getOrDefault(NameKey.of(name), List.of())) {
      if (t.covers(date)) {
        if (country != null && !country.equals(t.code())) {
          return null;
        }
        country = t.code();
      }
    }
    return country;
  }

  /** Number of terms (rows) in the table. */
  public int terms() {
    return terms;
  }
}
