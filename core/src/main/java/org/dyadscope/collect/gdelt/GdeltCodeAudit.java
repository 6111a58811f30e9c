package org.dyadscope.collect.gdelt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.store.CodeReport;

/**
 * Reads the codes of one GDELT file that need a table, and counts what the tables lack (issue 3,
 * traps 6 and 7): ActionGeo_CountryCode (FIPS 10-4) to ISO-3 through {@link FipsCountries}, and
 * Actor1Code / Actor2Code split into 3-letter tokens by {@link ActorCode}.
 *
 * <p>The reader is hot and codes repeat (a 2,111-row file has a few hundred distinct actor codes),
 * so each distinct actor code is split once and only its unknown tokens are kept. One instance per
 * file read; not thread-safe.
 */
final class GdeltCodeAudit {
  private static final String[] NONE = new String[0];

  private final ActorCode actors;
  private final FipsCountries fips;
  private final Map<String, String[]> unknownByCode = new HashMap<>();
  private final Map<String, long[]> unknownTokens = new HashMap<>();
  private final Map<String, long[]> unmappedFips = new HashMap<>();
  private long rowsUnknown;
  private long rowsUnmapped;

  GdeltCodeAudit(ActorCode actors, FipsCountries fips) {
    this.actors = actors;
    this.fips = fips;
  }

  /** ISO-3 of an ActionGeo_CountryCode; null for null, and for a code with no ISO-3 (not counted here). */
  String actionCountry(String fipsCode) {
    return fipsCode == null ? null : fips.iso3(fipsCode);
  }

  /**
   * Counts one parsed row: its actor codes' unknown tokens and, when a non-blank ActionGeo code
   * mapped to no ISO-3 code, that code. Call only for rows that reach the sink as events.
   */
  void count(String actor1Code, String actor2Code, String actionFips, String actionCountry) {
    String[] u1 = unknown(actor1Code);
    String[] u2 = unknown(actor2Code);
    if (u1.length > 0 || u2.length > 0) {
      rowsUnknown++;
      add(unknownTokens, u1);
      add(unknownTokens, u2);
    }
    if (actionFips != null && actionCountry == null) {
      rowsUnmapped++;
      unmappedFips.computeIfAbsent(actionFips, k -> new long[1])[0]++;
    }
  }

  private String[] unknown(String code) {
    if (code == null) {
      return NONE;
    }
    String[] u = unknownByCode.get(code);
    if (u == null) {
      List<String> tokens = actors.split(code).unknown();
      u = tokens.isEmpty() ? NONE : tokens.toArray(NONE);
      unknownByCode.put(code, u);
    }
    return u;
  }

  private static void add(Map<String, long[]> counts, String[] tokens) {
    for (String t : tokens) {
      counts.computeIfAbsent(t, k -> new long[1])[0]++;
    }
  }

  /** What was counted so far. */
  CodeReport report() {
    return new CodeReport(rowsUnknown, totals(unknownTokens), rowsUnmapped, totals(unmappedFips));
  }

  private static Map<String, Long> totals(Map<String, long[]> counts) {
    Map<String, Long> out = new HashMap<>();
    counts.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }
}
