package org.dyadscope.collect.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The FIPS 10-4 to ISO-3 crosswalk for GDELT geography.
 *
 * <p>GDELT's {@code Actor1Geo_CountryCode}, {@code Actor2Geo_CountryCode} and
 * {@code ActionGeo_CountryCode} are 2-letter FIPS 10-4 codes, while the actor fields
 * ({@code Actor1CountryCode}, ...) are 3-letter ISO-3 / CAMEO codes (GDELT 1.0 codebook, "Actor
 * geography"). The two code spaces collide in ways that look right and are wrong: FIPS {@code GM} is
 * Germany (ISO-2 GM is Gambia), {@code RS} is Russia (ISO-2 RS is Serbia), {@code CH} is China
 * (ISO-2 CH is Switzerland), {@code IR} is Iran. Never join a geo code to an actor code directly:
 * map it through {@link #iso3} first. The table is the shipped {@code fips_iso3.tsv}.
 */
public final class FipsCountries {
  private static final FipsCountries STANDARD = load();

  private final Map<String, String> iso3ByFips;
  /**
   * The ISO-3 codes of the two-letter FIPS codes at index {@code (first - 'A') * 26 + (second -
   * 'A')}, null where none: a GDELT file asks once a row, and the array is read without hashing.
   */
  private final String[] iso3ByLetters = new String[26 * 26];

  private FipsCountries(Map<String, String> iso3ByFips) {
    this.iso3ByFips = iso3ByFips;
    iso3ByFips.forEach((fips, iso3) -> {
      int i = letters(fips);
      if (i >= 0) {
        iso3ByLetters[i] = iso3.isEmpty() ? null : iso3;
      }
    });
  }

  /** The array index of a code of two capital letters A-Z, else -1. */
  private static int letters(String code) {
    if (code.length() != 2) {
      return -1;
    }
    int a = code.charAt(0) - 'A';
    int b = code.charAt(1) - 'A';
    return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
  }

  /** The shipped crosswalk. */
  public static FipsCountries standard() {
    return STANDARD;
  }

  private static FipsCountries load() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = FipsCountries.class.getResourceAsStream("fips_iso3.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        m.put(f[0], f[1]); // "" = a FIPS entity without a country code of its own
      }
    } catch (IOException e) {
      throw new UncheckedIOException("fips_iso3.tsv missing from the jar", e);
    }
    return new FipsCountries(Collections.unmodifiableMap(m));
  }

  /**
   * ISO-3 code of a FIPS 10-4 country code ({@code "RS"} gives {@code "RUS"}), or null when the
   * code is unknown, empty, or an entity with no country code of its own (e.g. {@code "PG"},
   * Spratly Islands).
   */
  public String iso3(String fips) {
    if (fips == null) {
      return null;
    }
    int i = letters(fips);
    if (i >= 0) {
      return iso3ByLetters[i];
    }
    String v = iso3ByFips.get(fips);
    return v == null || v.isEmpty() ? null : v;
  }

  /** True when {@code fips} is in the FIPS 10-4 table (with or without an ISO-3 equivalent). */
  public boolean isFipsCode(String fips) {
    return fips != null && iso3ByFips.containsKey(fips);
  }

  /** The whole table, FIPS code to ISO-3 ("" where none). */
  public Map<String, String> table() {
    return iso3ByFips;
  }
}
