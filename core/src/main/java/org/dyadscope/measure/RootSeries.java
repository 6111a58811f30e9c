package org.dyadscope.measure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Frequency;

/**
 * The event series of the case's dyads counting only events of some CAMEO root codes, computed from
 * {@code events} by the same SQL and rules as the measure stage's {@code event_series} (only events
 * dated in a month the source covers; share over all of the source's events in the period), so
 * that with every root chosen the points equal the stored ones. For views that filter by root
 * ({@code dyadscope serve}); the stage itself stores all roots only.
 */
public final class RootSeries {
  private RootSeries() {}

  /**
   * Series points of {@code sources} × the case's dyads × the case's periods at frequency {@code f};
   * a period a source does not cover is a point with every value null ({@link SeriesPoint}).
   *
   * @param roots two-digit CAMEO root codes ('01'..'20'), at least one; callers check them
   * @param dedup the policy the store's series were counted with ({@code event_series.dedup_policy})
   */
  public static List<SeriesPoint> compute(CaseFile caseFile, Connection conn, List<String> sources,
      DedupPolicy dedup, Frequency f, List<String> roots) throws SQLException {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("give at least one CAMEO root code");
    }
    return new EventSeries(caseFile, conn, sources, dedup, roots).series(f);
  }
}
