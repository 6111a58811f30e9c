package org.dyadscope.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.cases.Period;

/** Small helpers that build SQL fragments from case values (quoted, never concatenated raw). */
final class Sql {
  private Sql() {}

  /** A SQL string literal, single quotes doubled. */
  static String str(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  static String date(LocalDate d) {
    return "DATE " + str(d.toString());
  }

  /** {@code event_date BETWEEN first AND last} for the case period. */
  static String inPeriod(String column, Period p) {
    return column + " BETWEEN " + date(p.firstDay()) + " AND " + date(p.lastDay());
  }

  /**
   * A VALUES table of the given rows with an {@code ord} column giving list order, e.g.
   * {@code (VALUES ('RUS','IRN',0), ...) AS name(a1, a2, ord)}.
   */
  static <T> String values(String name, List<T> rows, Function<T, List<String>> cells, String... columns) {
    StringJoiner all = new StringJoiner(", ", "(VALUES ", ")");
    for (int i = 0; i < rows.size(); i++) {
      StringJoiner row = new StringJoiner(", ", "(", ")");
      for (String c : cells.apply(rows.get(i))) {
        row.add(str(c));
      }
      row.add(Integer.toString(i));
      all.add(row.toString());
    }
    return all + " AS " + name + "(" + String.join(", ", columns) + ", ord)";
  }

  /** The case's dyads as {@code name(a1, a2, ord)}. */
  static String dyads(String name, List<Dyad> dyads) {
    return values(name, dyads, d -> List.of(d.source(), d.target()), "a1", "a2");
  }

  /**
   * Every day of the case period labelled with its period: {@code (period VARCHAR, days BIGINT)}
   * — the denominator of coverage. Years cut by the case period count only their days inside it.
   */
  static String periods(Period p, Frequency f) {
    return "(SELECT strftime(CAST(d AS DATE), " + str(f.strftime()) + ") AS period, count(*) AS days"
        + " FROM generate_series(" + date(p.firstDay()) + ", " + date(p.lastDay())
        + ", INTERVAL 1 DAY) AS t(d) GROUP BY 1)";
  }

  /**
   * CTEs {@code daily} and {@code covered}: each source's events per day, by event date and by the
   * day the source reported them, and the months ({@code YYYY-MM}) of the case period in which the
   * source reported anything. Daily totals come from {@code source_totals} (counted by the loader
   * before any actor filter) when the store has them for that source, else from {@code events}
   * (stores loaded without totals, hand-made test stores). Coverage counts reporting days (GDELT
   * DATEADDED; the event date where a source has no reporting date): a GDELT file of 2019-10-24 also
   * holds events dated months earlier, and those months are not covered by it.
   *
   * <p>An event counts in the series only when its month is covered (see {@link #countedJoin}), at
   * every frequency, so yearly series are the sums of the monthly ones and every caption, table and
   * CSV rests on the same rows; events dated in months without coverage are counted apart.
   */
  static String coveredMonths(Period p) {
    return "daily AS (SELECT source, event_date, coalesce(report_date, event_date) AS cover_date,"
        + "  sum(events) AS n FROM source_totals GROUP BY ALL"
        + "  UNION ALL SELECT source, event_date, coalesce(CAST(date_added AS DATE), event_date), count(*)"
        + "  FROM events WHERE source NOT IN (SELECT DISTINCT source FROM source_totals) GROUP BY ALL),\n"
        + " covered AS (SELECT DISTINCT source, strftime(cover_date, '%Y-%m') AS month FROM daily"
        + "  WHERE " + inPeriod("cover_date", p) + ")";
  }

  /**
   * {@code LEFT JOIN covered} for rows {@code alias} with {@code source} and {@code event_date}:
   * {@code cm.month IS NOT NULL} holds for the rows the series count. Needs {@link #coveredMonths}.
   */
  static String countedJoin(String alias) {
    return " LEFT JOIN covered cm ON cm.source = " + alias + ".source AND cm.month = strftime("
        + alias + ".event_date, '%Y-%m')";
  }

  static Double dbl(java.sql.ResultSet rs, String col) throws java.sql.SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? null : v;
  }
}
