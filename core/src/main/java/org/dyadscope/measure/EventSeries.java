package org.dyadscope.measure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;

/**
 * Coverage and per-dyad event series over the case period, aggregated in DuckDB.
 *
 * <p>Every (source, period) of the case period gets a coverage row and every (source, dyad, period)
 * a series row, so gaps and zero-event periods are explicit instead of missing rows (the CSV files
 * leave the gap rows out; coverage names them). Only events dated in covered months are counted
 * ({@link Sql#coveredMonths}).
 */
final class EventSeries {
  private final CaseFile caseFile;
  private final Connection conn;
  private final List<String> sources;
  private final DedupPolicy dedup;
  /** CAMEO root codes ('01'..'20') whose events the series count; empty: every event. */
  private final List<String> roots;

  EventSeries(CaseFile caseFile, Connection conn, List<String> sources, DedupPolicy dedup) {
    this(caseFile, conn, sources, dedup, List.of());
  }

  EventSeries(CaseFile caseFile, Connection conn, List<String> sources, DedupPolicy dedup, List<String> roots) {
    this.caseFile = caseFile;
    this.conn = conn;
    this.sources = sources;
    this.dedup = dedup;
    this.roots = roots;
  }

  /**
   * Shared CTEs: periods, sources, the covered months ({@link Sql#coveredMonths}) and each source's
   * activity per period. Totals (the share denominators) stay on the event date, like the series,
   * and count only events in covered months; {@code uncovered} counts the rest.
   */
  private String activityCtes(Frequency f) {
    String fmt = Sql.str(f.strftime());
    return "WITH periods AS " + Sql.periods(caseFile.period(), f) + ",\n"
        + " srcs AS (SELECT * FROM " + Sql.values("s", sources, List::of, "source") + "),\n "
        + Sql.coveredMonths(caseFile.period()) + ",\n"
        + " totals AS (SELECT d.source, strftime(d.event_date, " + fmt + ") AS period,"
        + "  sum(n) FILTER (WHERE cm.month IS NOT NULL) AS total,"
        + "  sum(n) FILTER (WHERE cm.month IS NULL) AS uncovered FROM daily d" + Sql.countedJoin("d")
        + "  WHERE " + Sql.inPeriod("d.event_date", caseFile.period()) + " GROUP BY ALL),\n"
        + " activity AS (SELECT source, strftime(cover_date, " + fmt + ") AS period,"
        + "  count(DISTINCT cover_date) AS active_days FROM daily"
        + "  WHERE " + Sql.inPeriod("cover_date", caseFile.period()) + " GROUP BY ALL),\n"
        + " cov AS (SELECT s.source, s.ord AS sord, p.period, p.days,"
        + " coalesce(a.active_days, 0) AS active_days, coalesce(t.total, 0) AS total,"
        + " coalesce(t.uncovered, 0) AS uncovered"
        + " FROM srcs s CROSS JOIN periods p"
        + " LEFT JOIN activity a ON a.source = s.source AND a.period = p.period"
        + " LEFT JOIN totals t ON t.source = s.source AND t.period = p.period)\n";
  }

  /** Coverage of every source in every period of the case, sources in order, periods ascending. */
  List<CoveragePoint> coverage(Frequency f) throws SQLException {
    if (sources.isEmpty()) {
      return List.of();
    }
    String sql = activityCtes(f)
        + "SELECT source, period, days, active_days, total, uncovered FROM cov ORDER BY sord, period";
    List<CoveragePoint> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        long days = rs.getLong("days");
        long active = rs.getLong("active_days");
        out.add(new CoveragePoint(rs.getString("source"), f, rs.getString("period"),
            (double) active / days, active, days, rs.getLong("total"), rs.getLong("uncovered")));
      }
    }
    return out;
  }

  /** Series rows for every source × case dyad × period, in that nesting order. */
  List<SeriesPoint> series(Frequency f) throws SQLException {
    List<Dyad> dyads = caseFile.dyads();
    if (sources.isEmpty() || dyads.isEmpty()) {
      return List.of();
    }
    String fmt = Sql.str(f.strftime());
    String sql = activityCtes(f)
        + ", dyads AS (SELECT * FROM " + Sql.dyads("d", dyads) + "),\n"
        + " has_g AS (SELECT source, bool_or(goldstein IS NOT NULL) AS has_g FROM events GROUP BY source),\n"
        + " agg AS (SELECT e.source, d.ord AS dord, strftime(e.event_date, " + fmt + ") AS period,"
        // exact decimal sums: a parallel double sum depends on row order, and runs must be identical
        + "  count(*) AS n, avg(e.goldstein::DECIMAL(18, 2)) AS g_mean, sum(e.goldstein::DECIMAL(18, 2)) AS g_sum,"
        + "  count(e.quad_class) AS nq,"
        + "  count(*) FILTER (WHERE e.quad_class = 1) AS q1, count(*) FILTER (WHERE e.quad_class = 2) AS q2,"
        + "  count(*) FILTER (WHERE e.quad_class = 3) AS q3, count(*) FILTER (WHERE e.quad_class = 4) AS q4,"
        + "  avg(e.avg_tone::DECIMAL(38, 12)) AS tone, " + dedup.countSql() + " AS nd,"
        + "  count(*) FILTER (WHERE e.goldstein IS NULL) AS n_nog,"
        + "  count(*) FILTER (WHERE e.source_url IS NOT NULL AND NOT " + DedupPolicy.hasDomain("e") + ") AS n_cit"
        + "  FROM events e JOIN dyads d ON e.actor1_country = d.a1 AND e.actor2_country = d.a2"
        + Sql.countedJoin("e")
        + "  WHERE cm.month IS NOT NULL AND " + Sql.inPeriod("e.event_date", caseFile.period()) + rootFilter()
        + " GROUP BY ALL)\n"
        + "SELECT c.source, d.ord AS dord, c.period, c.active_days, coalesce(g.n, 0) AS n, c.total,"
        + " g.g_mean, CASE WHEN g.n IS NULL AND coalesce(h.has_g, false) THEN 0 ELSE g.g_sum END AS g_sum,"
        + " CASE WHEN g.nq > 0 THEN g.q1 / g.nq END AS q1, CASE WHEN g.nq > 0 THEN g.q2 / g.nq END AS q2,"
        + " CASE WHEN g.nq > 0 THEN g.q3 / g.nq END AS q3, CASE WHEN g.nq > 0 THEN g.q4 / g.nq END AS q4,"
        + " g.tone, coalesce(g.nd, 0) AS nd, coalesce(g.n_nog, 0) AS n_nog, coalesce(g.n_cit, 0) AS n_cit"
        + " FROM cov c CROSS JOIN dyads d"
        + " LEFT JOIN agg g ON g.source = c.source AND g.dord = d.ord AND g.period = c.period"
        + " LEFT JOIN has_g h ON h.source = c.source"
        + " ORDER BY c.sord, d.ord, c.period";
    List<SeriesPoint> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String source = rs.getString("source");
        Dyad dyad = dyads.get(rs.getInt("dord"));
        String period = rs.getString("period");
        if (rs.getLong("active_days") == 0) {
          out.add(new SeriesPoint(source, dyad, f, period, null, null, null, null, null, null, null,
              null, null, null, null, null));
          continue;
        }
        long n = rs.getLong("n");
        long total = rs.getLong("total");
        out.add(new SeriesPoint(source, dyad, f, period, n, total == 0 ? null : (double) n / total,
            Sql.dbl(rs, "g_mean"), Sql.dbl(rs, "g_sum"), Sql.dbl(rs, "q1"), Sql.dbl(rs, "q2"),
            Sql.dbl(rs, "q3"), Sql.dbl(rs, "q4"), Sql.dbl(rs, "tone"), rs.getLong("nd"),
            rs.getLong("n_nog"), rs.getLong("n_cit")));
      }
    }
    return out;
  }

  /** {@code AND e.event_root IN (...)} when the series count only some CAMEO roots; else nothing. */
  private String rootFilter() {
    return roots.isEmpty() ? "" : " AND e.event_root IN (" + String.join(", ", roots.stream().map(Sql::str).toList()) + ")";
  }
}
