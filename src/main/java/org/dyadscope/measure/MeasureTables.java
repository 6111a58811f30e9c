package org.dyadscope.measure;

import static org.dyadscope.store.ResultTables.row;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.cases.CaseFile;
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
    List<Frequency> freqs = c.frequencies().stream().map(Frequency::of).toList();
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
    out.add(ResultTables.view(store, "provenance.csv", "provenance", PROVENANCE_COLUMNS, null, "source, file"));
    return out;
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
