package org.dyadscope.measure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.store.Store;

/**
 * Everything the report shows, computed from a store for one case. Plain values; no I/O.
 *
 * @param sources event sources measured, in order (see {@link #compute})
 * @param sourceSummaries per event source: events, first/last month, gap runs
 * @param series per frequency: series rows, source × case dyad × period (gaps included as null rows)
 * @param coverage per frequency: coverage rows, source × period
 * @param unga UNGA ideal-point distances per unordered case pair and session
 * @param arms SIPRI deliveries per case dyad and year (empty when no SIPRI rows are loaded)
 * @param triads triad comparison rows
 * @param files provenance of every loaded file
 * @param quarantine quarantined lines grouped by source and reason, most frequent first
 * @param bases rows and files behind each series
 */
public record Measurements(
    List<String> sources,
    List<SourceSummary> sourceSummaries,
    Map<Frequency, List<SeriesPoint>> series,
    Map<Frequency, List<CoveragePoint>> coverage,
    List<UngaDistance> unga,
    List<ArmsFlow> arms,
    List<TriadRow> triads,
    List<FileProvenance> files,
    List<QuarantineReason> quarantine,
    List<SeriesBasis> bases) {

  /**
   * Computes all measures of a case over its period.
   *
   * <p>Event sources are the case's {@code gdelt}, {@code icews-tab} and {@code tkg} sources in
   * case order, then any other source present in {@code events}. Both frequencies (month, year) are
   * computed; the triad table uses the yearly coverage.
   *
   * @throws SQLException when the store cannot be queried (e.g. not a dyadscope store)
   */
  public static Measurements compute(CaseFile caseFile, Store store) throws SQLException {
    Connection conn = store.connection();
    List<String> sources = EventSources.of(caseFile, conn);
    EventSeries events = new EventSeries(caseFile, conn, sources);
    Map<Frequency, List<SeriesPoint>> series = new EnumMap<>(Frequency.class);
    Map<Frequency, List<CoveragePoint>> coverage = new EnumMap<>(Frequency.class);
    for (Frequency f : Frequency.values()) {
      coverage.put(f, events.coverage(f));
      series.put(f, events.series(f));
    }
    return new Measurements(
        List.copyOf(sources),
        SourceSummary.of(sources, coverage.get(Frequency.MONTH)),
        Collections.unmodifiableMap(series),
        Collections.unmodifiableMap(coverage),
        Unga.distances(caseFile, conn),
        Arms.flows(caseFile, conn),
        Triads.rows(caseFile, conn, coverage.get(Frequency.YEAR)),
        Audit.provenance(conn),
        Audit.quarantine(conn),
        Audit.bases(caseFile, conn));
  }

  /** Series rows of one frequency (empty when not computed). */
  public List<SeriesPoint> series(Frequency f) {
    return series.getOrDefault(f, List.of());
  }

  /** Coverage rows of one frequency. */
  public List<CoveragePoint> coverage(Frequency f) {
    return coverage.getOrDefault(f, List.of());
  }

  /** Bases of one series id, e.g. {@code events RUS->IRN}. */
  public List<SeriesBasis> basesOf(String series) {
    return bases.stream().filter(b -> b.series().equals(series)).toList();
  }
}
