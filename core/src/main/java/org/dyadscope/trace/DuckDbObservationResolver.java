package org.dyadscope.trace;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyadscope.store.SelectOnly;

/**
 * Evaluates evidence queries over a case store (DuckDB; each query must be one SELECT, see
 * {@link SelectOnly}, since the stages share a writable connection): the
 * query must return one row with one numeric (or boolean) column; its value is judged with the
 * item's {@link Threshold}.
 *
 * <p>No row, or a NULL value, is {@link Observed#UNAVAILABLE}: the store does not cover what the
 * query asks, and missing coverage is never evidence. A SQL error, a second row, a second column
 * or a non-numeric value is a {@link TraceException} naming the evidence id, the problem and the
 * fix. Every value read is kept ({@link #values}) so the report can show what was observed.
 */
public final class DuckDbObservationResolver implements ObservationResolver {
  private final Connection connection;
  private final Map<String, Double> values = new LinkedHashMap<>();

  /** @param connection an open connection to the case store; not closed by the resolver */
  public DuckDbObservationResolver(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Observed resolve(EvidenceItem item, Observation.Query query) throws TraceException {
    Double value = evaluate(item.id(), query.sql());
    values.put(item.id(), value);
    return query.test().judge(value);
  }

  /**
   * Runs one evidence query and returns its single value, or {@code null} for no row or NULL.
   *
   * @throws TraceException naming the evidence id when the query fails or has the wrong shape
   */
  public Double evaluate(String evidenceId, String sql) throws TraceException {
    try {
      String problem = SelectOnly.problem(connection, sql);
      if (problem != null) {
        throw new TraceException("evidence " + evidenceId + ": the observation query is " + problem
            + "; an evidence query may only read the store: write one SELECT (SQL: " + oneLine(sql) + ")");
      }
    } catch (SQLException e) {
      throw new TraceException("evidence " + evidenceId + ": cannot check the observation query: " + e.getMessage(), e);
    }
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      if (rs.getMetaData().getColumnCount() != 1) {
        throw new TraceException("evidence " + evidenceId + ": the observation query returns "
            + rs.getMetaData().getColumnCount() + " columns; select exactly one number (SQL: " + oneLine(sql) + ")");
      }
      if (!rs.next()) {
        return null;
      }
      Object v = rs.getObject(1);
      if (rs.next()) {
        throw new TraceException("evidence " + evidenceId + ": the observation query returns more than one row; "
            + "aggregate it to one number, e.g. SELECT count(*) ... (SQL: " + oneLine(sql) + ")");
      }
      return number(evidenceId, v, sql);
    } catch (SQLException e) {
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new TraceException("evidence " + evidenceId + ": the observation query failed: " + msg
          + " (SQL: " + oneLine(sql) + "); fix the query in trace.yaml (tables: events, ideal_points, "
          + "arms_transfers, documents)", e);
    }
  }

  /** Values read so far, by evidence id, in resolution order; {@code null} where there was no data. */
  public Map<String, Double> values() {
    return Collections.unmodifiableMap(values);
  }

  private static Double number(String id, Object v, String sql) throws TraceException {
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    if (v instanceof Number n) {
      double d = n instanceof BigDecimal bd ? bd.doubleValue() : n.doubleValue();
      return Double.isNaN(d) ? null : d;
    }
    throw new TraceException("evidence " + id + ": the observation query returns " + v.getClass().getSimpleName()
        + " '" + v + "', not a number; select a count, a share or a mean (SQL: " + oneLine(sql) + ")");
  }

  private static String oneLine(String sql) {
    String s = sql.replaceAll("\\s+", " ").trim();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
