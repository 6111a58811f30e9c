package org.dyadscope.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Country names to ISO-3166 alpha-3 codes, for sources that name countries in words (ICEWS "Russian
 * Federation", SIPRI "United States", TKG entities).
 *
 * <p>Names come from the JDK's ISO-3166 table (English display names) plus the project's alias
 * file {@code country_aliases.tsv} (dataset spellings and historical CAMEO codes such as SUN).
 * Matching ignores case, accents, punctuation and a leading "the". Unknown names give null: a
 * name is never guessed.
 */
public final class Countries {
  private final Map<String, String> byName = new HashMap<>();
  private final Set<String> codes = new HashSet<>();

  private Countries() {}

  /** The built-in table (JDK ISO-3166 plus the shipped alias file): a copy of its own, to add names to. */
  public static Countries standard() {
    Countries c = new Countries();
    c.byName.putAll(Standard.TABLE.byName);
    c.codes.addAll(Standard.TABLE.codes);
    return c;
  }

  /** The built-in table, read once a process (an ingest asks for it three times: actors, readers, case). */
  private static final class Standard {
    static final Countries TABLE = read();

    private static Countries read() {
      Countries c = new Countries();
      for (String iso2 : Locale.getISOCountries()) {
        Locale l = new Locale("", iso2);
        try {
          String iso3 = l.getISO3Country();
          c.add(l.getDisplayCountry(Locale.ENGLISH), iso3);
          c.codes.add(iso3);
        } catch (MissingResourceException e) {
          // a few ISO-2 codes have no alpha-3 in the JDK; the alias file covers those we need
        }
      }
      try (InputStream in = Countries.class.getResourceAsStream("country_aliases.tsv");
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t");
          c.add(f[0], f[1]);
          c.codes.add(f[1]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("country_aliases.tsv missing from the jar", e);
      }
      return c;
    }
  }

  /** Adds or overrides a name (e.g. a case's name variants). */
  public void add(String name, String iso3) {
    byName.put(key(name), iso3);
  }

  /** ISO-3 code for a country name, or null when the name is not a known country. */
  public String iso3(String name) {
    return name == null ? null : byName.get(key(name));
  }

  /** True when {@code code} is a known 3-letter country code (ISO-3 or historical CAMEO). */
  public boolean isCountryCode(String code) {
    return code != null && codes.contains(code);
  }

  /** Every known 3-letter country code (ISO-3 and historical CAMEO), for suggestions. */
  public Set<String> codes() {
    return Set.copyOf(codes);
  }

  /**
   * The name compared: accents dropped (NFD, combining marks removed), lower case, every run of
   * characters other than a-z, 0-9 and the apostrophe (’ counts as ') one space, trimmed, a leading
   * "the " dropped. (The built-in table is keyed once a process: a hand loop instead of the regular
   * expressions saved 10-25 ms of that, once, and was not kept.)
   */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z0-9']+", " ").trim();
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
