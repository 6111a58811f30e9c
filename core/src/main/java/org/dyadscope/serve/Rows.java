package org.dyadscope.serve;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameterized SELECTs over the store as rows of column label → value, in column order, with
 * values JSON and CSV can carry: dates as {@code YYYY-MM-DD} strings, DuckDB decimals and hugeints
 * as numbers, NULL as null. Every query text is a constant or built from whitelisted identifiers;
 * request values only ever reach it as {@code ?} parameters.
 */
final class Rows {
  private Rows() {}

  /** The rows of {@code sql} with {@code params} bound in order. */
  static List<Map<String, Object>> query(Connection c, String sql, List<?> params) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        st.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<Map<String, Object>> out = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= n; i++) {
            row.put(md.getColumnLabel(i), value(rs.getObject(i)));
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  static List<Map<String, Object>> query(Connection c, String sql, Object... params) throws SQLException {
    return query(c, sql, List.of(params));
  }

  /** The first column of every row, as strings. */
  static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> r : query(c, sql, params)) {
      Object v = r.values().iterator().next();
      out.add(v == null ? null : v.toString());
    }
    return out;
  }

  /** The single number {@code sql} returns (a count). */
  static long count(Connection c, String sql, List<?> params) throws SQLException {
    Object v = query(c, sql, params).get(0).values().iterator().next();
    return ((Number) v).longValue();
  }

  private static Object value(Object v) {
    if (v instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (v instanceof BigInteger b) {
      return b.longValue();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof TemporalAccessor t) {
      return t.toString();
    }
    return v;
  }

  /** {@code ?, ?, ?} for {@code n} parameters. */
  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
