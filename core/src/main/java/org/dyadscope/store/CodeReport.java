package org.dyadscope.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Codes a reader stored but could not fully read in one file, counted over the rows it parsed
 * (stored or left out by an actor filter; quarantined rows are not counted). A reader hands it to
 * {@link LoadSink#codeReport} once, after the file's last row.
 *
 * <p>GDELT (issue 3, traps 6 and 7): a CAMEO actor code whose 3-letter tokens are not all known
 * (country, region, a type of {@code CAMEO.type.txt} or a code of the PETRARCH-2 dictionaries, see
 * {@code collect.gdelt.ActorCode}), and
 * an {@code ActionGeo_CountryCode} the FIPS 10-4 crosswalk maps to no ISO-3 code (stored as null,
 * never raw).
 *
 * @param rowsUnknownActorTokens rows with at least one unknown token in Actor1Code or Actor2Code
 * @param unknownActorTokens each unknown token with its number of occurrences
 * @param rowsUnmappedActionGeo rows whose non-blank ActionGeo_CountryCode maps to no ISO-3 code
 * @param unmappedActionGeo each such code with its number of rows
 */
public record CodeReport(
    long rowsUnknownActorTokens, Map<String, Long> unknownActorTokens,
    long rowsUnmappedActionGeo, Map<String, Long> unmappedActionGeo) {
  /** Codes named in a {@link #summary} line, the most frequent first. */
  public static final int NAMED = 5;
  /** Nothing to report (readers that do not check codes). */
  public static final CodeReport NONE = new CodeReport(0, Map.of(), 0, Map.of());

  public CodeReport {
    unknownActorTokens = Map.copyOf(unknownActorTokens);
    unmappedActionGeo = Map.copyOf(unmappedActionGeo);
  }

  /**
   * One log line for {@code file}, e.g. {@code "f.CSV: 3 rows with unknown actor code tokens
   * (XQZ 2, QQQ 1)"}, naming the {@value #NAMED} most frequent codes with their counts; null when
   * there is nothing to report.
   */
  public String summary(String file) {
    if (rowsUnknownActorTokens == 0 && rowsUnmappedActionGeo == 0) {
      return null;
    }
    StringBuilder b = new StringBuilder(file).append(':');
    if (rowsUnknownActorTokens > 0) {
      b.append(' ').append(rowsUnknownActorTokens).append(rowsUnknownActorTokens == 1 ? " row" : " rows")
          .append(" with unknown actor code tokens (").append(top(unknownActorTokens)).append(')');
    }
    if (rowsUnmappedActionGeo > 0) {
      b.append(rowsUnknownActorTokens > 0 ? ";" : "").append(' ').append(rowsUnmappedActionGeo)
          .append(rowsUnmappedActionGeo == 1 ? " row" : " rows")
          .append(" with an ActionGeo_CountryCode the FIPS crosswalk maps to no country, stored as null (")
          .append(top(unmappedActionGeo)).append(')');
    }
    return b.toString();
  }

  private static String top(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .toList();
    String named = sorted.stream().limit(NAMED).map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    return sorted.size() > NAMED ? named + ", " + (sorted.size() - NAMED) + " more" : named;
  }
}
