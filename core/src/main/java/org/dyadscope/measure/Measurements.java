package org.dyadscope.measure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.store.Store;

/**
 * Everything the report shows, computed from a store for one case. Plain values; no I/O.
 *
 * @param sources event sources measured, in order (see {@link #compute})
 * @param sourceSummaries per event source: events, first/last month, gap runs
 * @param series per frequency: series rows, source × case dyad × period (gaps included as null rows);
 *     only events dated in months the source covers are counted, at every frequency
 * @param coverage per frequency: coverage rows, source × period
 * @param unga UNGA ideal-point distances per unordered case pair and session
 * @param arms SIPRI deliveries per case dyad and year (empty when no SIPRI rows are loaded)
 * @param triads triad comparison rows
 * @param files provenance of every loaded file
 * @param quarantine quarantined lines grouped by source and reason, most frequent first
 * @param bases rows and files behind each series
 * @param dedup the de-duplication policy of the series' {@code eventsDedup} counts
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
    List<SeriesBasis> bases,
    DedupPolicy dedup) {

  /**
   * Computes all measures of a case over its period.
   *
   * <p>Event sources are the case's {@code gdelt}, {@code icews-tab} and {@code tkg} sources in
   * case order, then any other source present in {@code events}. Both frequencies (month, year) are
   * computed; the triad table uses the yearly coverage. De-duplicated counts use the one-a-day
   * policy ({@link DedupPolicy#DAILY}).
   *
   * @throws SQLException when the store cannot be queried (e.g. not a dyadscope store)
   */
  public static Measurements compute(CaseFile caseFile, Store store) throws SQLException {
    return compute(caseFile, store, DedupPolicy.DAILY);
  }

  /**
   * As {@link #compute(CaseFile, Store)}, with the de-duplication policy of the series'
   * {@code eventsDedup} counts (the raw counts are always computed too).
   */
  public static Measurements compute(CaseFile caseFile, Store store, DedupPolicy dedup)
      throws SQLException {
    Connection conn = store.connection();
    List<String> sources = EventSources.of(caseFile, conn);
    EventSeries events = new EventSeries(caseFile, conn, sources, dedup);
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
        Audit.bases(caseFile, conn, series.get(Frequency.YEAR)),
        dedup);
  }

  /**
   * Raw and de-duplicated dyad events over the whole case period, per event source and case dyad
   * (sums of the yearly series; sources or dyads without any event are left out).
   */
  public List<DedupTotal> dedupTotals() {
    Map<List<Object>, long[]> sums = new LinkedHashMap<>();
    for (SeriesPoint p : series(Frequency.YEAR)) {
      if (p.events() == null || p.events() == 0) {
        continue;
      }
      long[] s = sums.computeIfAbsent(List.of(p.source(), p.dyad()), k -> new long[4]);
      s[0] += p.events();
      s[1] += p.eventsDedup() == null ? p.events() : p.eventsDedup();
      s[2] += p.eventsNoGoldstein() == null ? 0 : p.eventsNoGoldstein();
      s[3] += p.eventsCitation() == null ? 0 : p.eventsCitation();
    }
    List<DedupTotal> out = new ArrayList<>();
    sums.forEach((k, s) -> out.add(new DedupTotal((String) k.get(0), (Dyad) k.get(1),
        s[0], s[1], s[2], s[3])));
    return out;
  }

  /**
   * Dyad events of the case dyads dated in months their source does not cover (back-dated
   * reports), which no series counts: the sum of {@link SeriesBasis#rowsUncovered} over the event
   * series.
   */
  public long dyadEventsUncovered() {
    return bases.stream().filter(b -> b.series().kind() == SeriesId.Kind.EVENTS).mapToLong(SeriesBasis::rowsUncovered).sum();
  }

  /**
   * Events of all event sources (any dyad) dated in the months each covers: the sum of
   * {@link SourceSummary#events}, the rows every series rests on.
   */
  public long sourceEvents() {
    return sourceSummaries.stream().mapToLong(SourceSummary::events).sum();
  }

  /** Event sources with data in at least one month of the period, in {@link #sources} order. */
  public List<String> sourcesWithData() {
    return sourceSummaries.stream().filter(s -> s.monthsCovered() > 0).map(SourceSummary::source).toList();
  }

  /** Provenance summed over every loaded file. */
  public FileTotals fileTotals() {
    return FileTotals.of(files);
  }

  /** Provenance summed over the files of {@code source} (all zero, 0 files, when none was loaded). */
  public FileTotals fileTotals(String source) {
    return FileTotals.of(files.stream().filter(f -> f.source().equals(source)).toList());
  }

  /** Events of {@code dyad} in {@code source}'s series of frequency {@code f} over the case period. */
  public long dyadEvents(Frequency f, String source, Dyad dyad) {
    return dyadEvents(f, source, List.of(dyad));
  }

  /** Events of any of {@code dyads} in {@code source}'s series of frequency {@code f} over the case period. */
  public long dyadEvents(Frequency f, String source, List<Dyad> dyads) {
    return series(f).stream().filter(p -> p.source().equals(source) && dyads.contains(p.dyad()) && p.events() != null)
        .mapToLong(SeriesPoint::events).sum();
  }

  /** Series rows of one frequency (empty when not computed). */
  public List<SeriesPoint> series(Frequency f) {
    return series.getOrDefault(f, List.of());
  }

  /** Coverage rows of one frequency. */
  public List<CoveragePoint> coverage(Frequency f) {
    return coverage.getOrDefault(f, List.of());
  }

  /** SIPRI deliveries per dyad over the case period, and the dominant flow if any ({@link ArmsTotals#of}). */
  public ArmsTotals armsTotals() {
    return ArmsTotals.of(arms);
  }

  /** Store rows behind one series id over all its sources: the sum of {@link SeriesBasis#rows}. */
  public long basisRows(SeriesId series) {
    return basesOf(series).stream().mapToLong(SeriesBasis::rows).sum();
  }

  /** Bases of one series id, e.g. {@code events RUS->IRN}. */
  public List<SeriesBasis> basesOf(SeriesId series) {
    return bases.stream().filter(b -> b.series().equals(series)).toList();
  }
}
