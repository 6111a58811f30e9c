package org.dyadscope.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Frequency;
import org.dyadscope.measure.ArmsFlow;
import org.dyadscope.measure.CoveragePoint;
import org.dyadscope.measure.FileProvenance;
import org.dyadscope.measure.Measurements;
import org.dyadscope.measure.SeriesPoint;
import org.dyadscope.measure.UngaDistance;

/** The data files of a run, laid out from the measurements (no computation, only columns). */
final class DataTables {
  static final List<String> SERIES_HEADER = List.of("source", "dyad", "period", "events", "share",
      "goldstein_mean", "goldstein_sum", "quad1", "quad2", "quad3", "quad4", "tone_mean",
      // added later, at the end so readers by position keep working
      "events_dedup", "dedup_policy", "events_no_goldstein", "events_citation");

  private DataTables() {}

  static final List<String> COVERAGE_HEADER = List.of("source", "period", "covered", "active_days", "days",
      "events", "events_uncovered");

  /**
   * The tables in write order; series and coverage files only for the case's frequencies. A series
   * file has no row for a period its source does not cover (the coverage file of the same frequency
   * names it, with the same {@code period} labels to join on), so every count cell is an integer.
   */
  static List<DataTable> of(CaseFile c, Measurements m) {
    List<DataTable> out = new ArrayList<>();
    List<Frequency> freqs = c.frequencies();
    for (Frequency f : freqs) {
      out.add(new DataTable("series/events_" + suffix(f) + ".csv", SERIES_HEADER,
          m.series(f).stream().filter(p -> p.events() != null).map(p -> seriesRow(p, m.dedup().id())).toList()));
    }
    out.add(new DataTable("series/unga_distance.csv", List.of("pair", "session", "year", "distance"),
        m.unga().stream().map(DataTables::ungaRow).toList()));
    out.add(new DataTable("series/arms_tiv.csv",
        List.of("supplier", "recipient", "year", "tiv_delivered", "deals"),
        m.arms().stream().map(DataTables::armsRow).toList()));
    for (Frequency f : freqs) {
      out.add(new DataTable("series/coverage_" + suffix(f) + ".csv", COVERAGE_HEADER,
          m.coverage(f).stream().map(DataTables::coverageRow).toList()));
    }
    out.add(new DataTable("provenance.csv",
        // the six columns first; the accounting of dropped rows after them, then code checks
        List.of("file", "sha256", "format", "rows_read", "rows_loaded", "rows_quarantined", "rows_duplicate",
            "rows_filtered", "rows_unknown_actor_tokens", "duplicate_of"),
        m.files().stream().map(DataTables::fileRow).toList()));
    return out;
  }

  /** {@code monthly} or {@code yearly}: the file-name suffix of a frequency's series and coverage. */
  private static String suffix(Frequency f) {
    return f == Frequency.MONTH ? "monthly" : "yearly";
  }

  private static List<Object> coverageRow(CoveragePoint p) {
    return row(p.source(), p.period(), p.covered(), p.activeDays(), p.days(), p.sourceEvents(), p.uncoveredEvents());
  }

  private static List<Object> seriesRow(SeriesPoint p, String dedup) {
    return row(p.source(), p.dyad().toString(), p.period(), p.events(), p.share(), p.goldsteinMean(),
        p.goldsteinSum(), p.quad1(), p.quad2(), p.quad3(), p.quad4(), p.toneMean(), p.eventsDedup(),
        dedup, p.eventsNoGoldstein(), p.eventsCitation());
  }

  private static List<Object> ungaRow(UngaDistance u) {
    return row(u.pair(), u.session(), u.year(), u.distance());
  }

  private static List<Object> armsRow(ArmsFlow a) {
    return row(a.supplier(), a.recipient(), a.year(), a.tivDelivered(), a.deals());
  }

  private static List<Object> fileRow(FileProvenance f) {
    return row(f.file(), f.sha256(), f.format(), f.rowsRead(), f.rowsLoaded(), f.rowsQuarantined(),
        f.rowsDuplicate(), f.rowsFiltered(), f.rowsUnknownActorTokens(), f.duplicateOf());
  }

  // Arrays.asList keeps nulls, which List.of refuses.
  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
