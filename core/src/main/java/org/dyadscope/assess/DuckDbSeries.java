package org.dyadscope.assess;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeMap;
import org.dyadscope.store.SelectOnly;

/**
 * Runs indicator queries over the case store. A query returns two columns, year (an integer or
 * text 'YYYY') and value (a number); a NULL value is a year without data and is left out, never
 * read as 0. A repeated year, a third column or a non-numeric cell is an error naming the indicator.
 */
public final class DuckDbSeries implements SeriesSource {
  private final Connection connection;

  /** @param connection an open connection to the store; each query must be one SELECT ({@link SelectOnly}); not closed here */
  public DuckDbSeries(Connection connection) {
    this.connection = connection;
  }

  @Override
  public YearSeries load(String id, String sql) throws AssessmentException {
    TreeMap<Integer, Double> values = new TreeMap<>();
    try {
      String problem = SelectOnly.problem(connection, sql);
      if (problem != null) {
        throw new AssessmentException("indicator " + id + ": the query is " + problem
            + "; an indicator may only read the store: write one SELECT (SQL: " + oneLine(sql) + ")");
      }
    } catch (SQLException e) {
      throw new AssessmentException("indicator " + id + ": cannot check the query: " + e.getMessage(), e);
    }
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      if (rs.getMetaData().getColumnCount() != 2) {
        throw new AssessmentException("indicator " + id + ": the query returns " + rs.getMetaData().getColumnCount()
            + " columns; select two: year, value (SQL: " + oneLine(sql) + ")");
      }
      while (rs.next()) {
        Integer year = year(id, rs.getObject(1), sql);
        Object v = rs.getObject(2);
        if (v == null) {
          continue;
        }
        if (!(v instanceof Number n)) {
          throw new AssessmentException("indicator " + id + ": value '" + v + "' of " + year
              + " is not a number (SQL: " + oneLine(sql) + ")");
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
          continue;
        }
        if (values.put(year, d) != null) {
          throw new AssessmentException("indicator " + id + ": year " + year + " appears twice; group the query "
              + "by year (SQL: " + oneLine(sql) + ")");
        }
      }
    } catch (SQLException e) {
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new AssessmentException("indicator " + id + ": the query failed: " + msg + " (SQL: " + oneLine(sql)
          + "); fix it in themes.yaml (tables: events, ideal_points, arms_transfers, documents)", e);
    }
    return new YearSeries(id, values);
  }

  private static Integer year(String id, Object o, String sql) throws AssessmentException {
    if (o instanceof Number n) {
      return n.intValue();
    }
    if (o != null) {
      String s = o.toString().trim();
      if (s.matches("\\d{4}")) {
        return Integer.parseInt(s);
      }
    }
    throw new AssessmentException("indicator " + id + ": the first column must be a year (e.g. 2016 or '2016'), got '"
        + o + "' (SQL: " + oneLine(sql) + ")");
  }

  private static String oneLine(String sql) {
    String s = sql.replaceAll("\\s+", " ").trim();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
