package org.dyadscope.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.dyadscope.cases.Dyad;
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

  static Double dbl(java.sql.ResultSet rs, String col) throws java.sql.SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? null : v;
  }
}
