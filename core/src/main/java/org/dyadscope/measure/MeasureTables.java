package org.dyadscope.measure;

import static org.dyadscope.store.ResultTables.row;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.store.ResultTables;
import org.dyadscope.store.Store;
import org.dyadscope.store.TableView;

/**
 * The measure stage's tables in the store ({@code schema.sql}): {@code event_series} and
 * {@code coverage} (tidy, with a {@code frequency} column), {@code unga_distance}, {@code arms_tiv}
 * and {@code triads}; and the data files read back from them ({@link #views}).
 */
public final class MeasureTables {
  /** Columns of {@code series/events_*.csv}, in file order. */
  static final List<String> SERIES_COLUMNS = List.of("source", "dyad", "period", "events", "share",
      "goldstein_mean", "goldstein_sum", "quad1", "quad2", "quad3", "quad4", "tone_mean",
      // added later, at the end so readers by position keep working
      "events_dedup", "dedup_policy", "events_no_goldstein", "events_citation");
  /** Columns of {@code series/coverage_*.csv}. */
  static final List<String> COVERAGE_COLUMNS = List.of("source", "period", "covered", "active_days", "days",
      "events", "events_uncovered");
  static final List<String> UNGA_COLUMNS = List.of("pair", "session", "year", "distance");
  static final List<String> ARMS_COLUMNS = List.of("supplier", "recipient", "year", "tiv_delivered", "deals");
  static final List<String> TRIAD_COLUMNS = List.of("triad", "source", "year", "dyad", "events", "goldstein_mean");
  /** Columns of {@code provenance.csv}: the six first, the accounting of dropped rows after them. */
  static final List<String> PROVENANCE_COLUMNS = List.of("file", "sha256", "format", "rows_read", "rows_loaded",
      "rows_quarantined", "rows_duplicate", "rows_filtered", "rows_unknown_actor_tokens", "duplicate_of");

  private MeasureTables() {}

  /**
   * The measure stage: computes the case's measures on {@code store} ({@link Measurements#compute})
   * and replaces the measure tables with them.
   *
   * @return the measures, as stored
   * @throws SQLException when the store cannot be queried or written
   */
  public static Measurements measure(CaseFile c, Store store, DedupPolicy dedup) throws SQLException {
    Measurements m = Measurements.compute(c, store, dedup);
    write(store, m);
    return m;
  }

  /**
   * Replaces the measure tables with {@code m}. A series point in a gap (the source reported
   * nothing that period) is not stored: the coverage table names the gap.
   *
   * @throws SQLException when the store cannot be written
   */
  public static void write(Store store, Measurements m) throws SQLException {
    List<List<Object>> series = new ArrayList<>();
    List<List<Object>> coverage = new ArrayList<>();
    for (Frequency f : Frequency.values()) {
      for (SeriesPoint p : m.series(f)) {
        if (p.events() != null) {
          series.add(row(f.id(), p.source(), p.dyad().toString(), p.period(), p.events(), p.share(),
              p.goldsteinMean(), p.goldsteinSum(), p.quad1(), p.quad2(), p.quad3(), p.quad4(), p.toneMean(),
              p.eventsDedup(), m.dedup().id(), p.eventsNoGoldstein(), p.eventsCitation()));
        }
      }
      for (CoveragePoint p : m.coverage(f)) {
        coverage.add(row(f.id(), p.source(), p.period(), p.covered(), p.activeDays(), p.days(),
            p.sourceEvents(), p.uncoveredEvents()));
      }
    }
    ResultTables.replace(store, "event_series", withFrequency(SERIES_COLUMNS), series);
    ResultTables.replace(store, "coverage", withFrequency(COVERAGE_COLUMNS), coverage);
    List<List<Object>> unga = new ArrayList<>();
    m.unga().forEach(u -> unga.add(row(u.pair(), u.session(), u.year(), u.distance())));
    ResultTables.replace(store, "unga_distance", UNGA_COLUMNS, unga);
    List<List<Object>> arms = new ArrayList<>();
    m.arms().forEach(a -> arms.add(row(a.supplier(), a.recipient(), a.year(), a.tivDelivered(),
        a.deals())));
    ResultTables.replace(store, "arms_tiv", ARMS_COLUMNS, arms);
    List<List<Object>> triads = new ArrayList<>();
    for (TriadRow t : m.triads()) {
      for (TriadRow.Cell c : t.cells()) {
        triads.add(row(String.join("-", t.triad()), t.source(), t.year(), c.dyad().toString(),
            c.events(), c.goldsteinMean()));
      }
    }
    ResultTables.replace(store, "triads", TRIAD_COLUMNS, triads);
  }

  /**
   * The data files of a run, in write order, read from the measure tables and {@code provenance}:
   * {@code series/events_<monthly|yearly>.csv} per case frequency, {@code series/unga_distance.csv},
   * {@code series/arms_tiv.csv}, {@code series/coverage_<monthly|yearly>.csv} per case frequency,
   * {@code provenance.csv} (files by source, then name).
   *
   * @throws SQLException when a table is missing (the measure stage has not run on this store)
   */
  public static List<TableView> views(Store store, CaseFile c) throws SQLException {
    List<TableView> out = new ArrayList<>();
    List<Frequency> freqs = c.frequencies();
    for (Frequency f : freqs) {
      out.add(ResultTables.view(store, "series/events_" + suffix(f) + ".csv", "event_series", SERIES_COLUMNS,
          "frequency = '" + f.id() + "'", "seq"));
    }
    out.add(ResultTables.view(store, "series/unga_distance.csv", "unga_distance", UNGA_COLUMNS, null, "seq"));
    out.add(ResultTables.view(store, "series/arms_tiv.csv", "arms_tiv", ARMS_COLUMNS, null, "seq"));
    for (Frequency f : freqs) {
      out.add(ResultTables.view(store, "series/coverage_" + suffix(f) + ".csv", "coverage", COVERAGE_COLUMNS,
          "frequency = '" + f.id() + "'", "seq"));
    }
    out.addAll(CountryGraphSeries.views(store));
    out.add(ResultTables.view(store, "provenance.csv", "provenance", PROVENANCE_COLUMNS, null, "source, file"));
    return out;
  }

  /**
   * The measures as the measure stage stored them: series, coverage, UNGA distances, arms flows and
   * triads read from their tables, and what is derived from them (source summaries, series bases)
   * or read from the loaded store (sources, provenance, quarantine) as {@link Measurements#compute}
   * does. Gap rows of the series (a source without any event that period, not stored) come back as
   * points with every value null, so the result equals the one {@link #measure} returned.
   *
   * @throws SQLException when a measure table is missing (the measure stage has not run on this store)
   */
  public static Measurements read(CaseFile c, Store store) throws SQLException {
    List<String> sources = EventSources.of(c, store.connection());
    Map<Frequency, List<SeriesPoint>> series = new EnumMap<>(Frequency.class);
    Map<Frequency, List<CoveragePoint>> coverage = new EnumMap<>(Frequency.class);
    String policy = null;
    for (Frequency f : Frequency.values()) {
      String where = "frequency = '" + f.id() + "'";
      List<CoveragePoint> cov = new ArrayList<>();
      for (List<Object> r : ResultTables.rows(store, "coverage", COVERAGE_COLUMNS, where, "seq")) {
        cov.add(new CoveragePoint((String) r.get(0), f, (String) r.get(1), (Double) r.get(2), lng(r.get(3)),
            lng(r.get(4)), lng(r.get(5)), lng(r.get(6))));
      }
      Map<List<String>, SeriesPoint> stored = new HashMap<>();
      for (List<Object> r : ResultTables.rows(store, "event_series", SERIES_COLUMNS, where, "seq")) {
        Dyad d = dyad((String) r.get(1));
        stored.put(List.of((String) r.get(0), d.toString(), (String) r.get(2)), new SeriesPoint((String) r.get(0), d,
            f, (String) r.get(2), lng(r.get(3)), (Double) r.get(4), (Double) r.get(5), (Double) r.get(6),
            (Double) r.get(7), (Double) r.get(8), (Double) r.get(9), (Double) r.get(10), (Double) r.get(11),
            lng(r.get(12)), lng(r.get(14)), lng(r.get(15))));
        policy = (String) r.get(13);
      }
      List<SeriesPoint> points = new ArrayList<>();
      for (String source : sources) {
        for (Dyad d : c.dyads()) {
          for (CoveragePoint p : cov) {
            if (p.source().equals(source)) {
              points.add(stored.getOrDefault(List.of(source, d.toString(), p.period()),
                  new SeriesPoint(source, d, f, p.period(), null, null, null, null, null, null, null, null, null)));
            }
          }
        }
      }
      series.put(f, List.copyOf(points));
      coverage.put(f, List.copyOf(cov));
    }
    List<UngaDistance> unga = new ArrayList<>();
    for (List<Object> r : ResultTables.rows(store, "unga_distance", UNGA_COLUMNS, null, "seq")) {
      String[] pair = ((String) r.get(0)).split("-", 2);
      unga.add(new UngaDistance((String) r.get(0), pair[0], pair[1], (Integer) r.get(1), (Integer) r.get(2),
          (Double) r.get(3)));
    }
    List<ArmsFlow> arms = new ArrayList<>();
    for (List<Object> r : ResultTables.rows(store, "arms_tiv", ARMS_COLUMNS, null, "seq")) {
      arms.add(new ArmsFlow((String) r.get(0), (String) r.get(1), (Integer) r.get(2), (Double) r.get(3),
          lng(r.get(4))));
    }
    Map<String, List<String>> triadsByName = new HashMap<>();
    c.triads().forEach(t -> triadsByName.put(String.join("-", t), t));
    Map<List<Object>, List<TriadRow.Cell>> cells = new LinkedHashMap<>();
    for (List<Object> r : ResultTables.rows(store, "triads", TRIAD_COLUMNS, null, "seq")) {
      cells.computeIfAbsent(List.of(r.get(0), r.get(1), r.get(2)), k -> new ArrayList<>())
          .add(new TriadRow.Cell(dyad((String) r.get(3)), lng(r.get(4)), (Double) r.get(5)));
    }
    List<TriadRow> triads = new ArrayList<>();
    cells.forEach((k, v) -> triads.add(new TriadRow(triadsByName.get((String) k.get(0)), (String) k.get(1),
        (Integer) k.get(2), v)));
    Connection conn = store.connection();
    return new Measurements(List.copyOf(sources), SourceSummary.of(sources, coverage.get(Frequency.MONTH)),
        Collections.unmodifiableMap(series), Collections.unmodifiableMap(coverage), List.copyOf(unga),
        List.copyOf(arms), List.copyOf(triads), Audit.provenance(conn), Audit.quarantine(conn),
        Audit.bases(c, conn, series.get(Frequency.YEAR)),
        // without any series row there is nothing de-duplicated, and the policy is shown nowhere
        policy == null ? DedupPolicy.DAILY : DedupPolicy.of(policy));
  }

  /** A dyad as stored, {@code RUS->IRN}. */
  private static Dyad dyad(String stored) {
    int arrow = stored.indexOf("->");
    return new Dyad(stored.substring(0, arrow), stored.substring(arrow + 2));
  }

  private static Long lng(Object v) {
    return v == null ? null : ((Number) v).longValue();
  }

  /** {@code monthly} or {@code yearly}: the file-name suffix of a frequency's series and coverage. */
  private static String suffix(Frequency f) {
    return f == Frequency.MONTH ? "monthly" : "yearly";
  }

  /** {@code frequency}, then {@code columns}. */
  private static List<String> withFrequency(List<String> columns) {
    List<String> all = new ArrayList<>(List.of("frequency"));
    all.addAll(columns);
    return all;
  }
}
