package org.dyadscope.report;

import java.util.List;
import java.util.StringJoiner;
import org.dyadscope.measure.Measurements;
import org.dyadscope.measure.SeriesBasis;
import org.dyadscope.measure.SourceSummary;

/** Caption text: what a figure rests on (sources, rows, files) and where data is missing. */
final class Captions {
  /** Gap runs named per source before "and N more". */
  private static final int MAX_GAPS = 4;

  private Captions() {}

  /** {@code 2020-02} or {@code 2020-02–2020-05}. */
  static String range(String from, String to) {
    return from.equals(to) ? from : from + "–" + to;
  }

  /**
   * Where one source has data over the case period, e.g. "gd: data in 2 of 3 months (2020-01–2020-03;
   * gap 2020-02)".
   */
  static String coverage(SourceSummary s) {
    String uncovered = s.eventsUncovered() == 0 ? "" : " (" + uncovered(s.eventsUncovered(), "event") + ")";
    if (s.monthsCovered() == 0) {
      return s.source() + ": no data in the period" + uncovered;
    }
    if (s.monthsCovered() == s.months()) {
      return s.source() + ": data in every month" + uncovered;
    }
    StringBuilder b = new StringBuilder(s.source()).append(": data in ").append(s.monthsCovered())
        .append(" of ").append(s.months()).append(" months (").append(range(s.firstPeriod(), s.lastPeriod()));
    List<String> inner = s.innerGaps().stream().map(g -> range(g.from(), g.to())).toList();
    if (!inner.isEmpty()) {
      b.append("; ").append(inner.size() == 1 ? "gap " : "gaps ")
          .append(String.join(", ", inner.subList(0, Math.min(MAX_GAPS, inner.size()))));
      if (inner.size() > MAX_GAPS) {
        b.append(" and ").append(inner.size() - MAX_GAPS).append(" more");
      }
    }
    return b.append(')').append(uncovered).toString();
  }

  /**
   * "7 back-dated events in months without coverage are not in any series": rows dated in months
   * the source did not report on (a GDELT file of 2019-10 holding events of 2018-12), which no
   * series, table or CSV counts.
   */
  static String uncovered(long n, String unit) {
    return Num.plural(n, "back-dated " + unit, "back-dated " + unit + "s") + " in months without coverage "
        + (n == 1 ? "is" : "are") + " not in any series";
  }

  /** Coverage of all event sources, "; "-separated. */
  static String coverage(Measurements m) {
    StringJoiner j = new StringJoiner("; ");
    m.sourceSummaries().forEach(s -> j.add(coverage(s)));
    return j.toString();
  }

  /**
   * The rows behind one series, e.g. "gd: 3 events from 2 files (gd/a.csv, gd/b.csv)", with the
   * rows left out of it ("; 2 back-dated events in months without coverage are not in any series");
   * null when the series rests on no row.
   */
  static String basis(List<SeriesBasis> bases, String unit) {
    if (bases.isEmpty()) {
      return null;
    }
    StringJoiner j = new StringJoiner("; ");
    for (SeriesBasis b : bases) {
      String files = b.fileCount() <= 2 ? " (" + String.join(", ", b.files()) + ")" : "";
      String used = b.rows() == 0 ? "no " + unit + " in covered months"
          : Num.plural(b.rows(), unit, unit + "s") + " from " + Num.plural(b.fileCount(), "file", "files") + files;
      j.add(b.source() + ": " + used + (b.rowsUncovered() == 0 ? "" : ", " + uncovered(b.rowsUncovered(), unit)));
    }
    return j.toString();
  }
}
