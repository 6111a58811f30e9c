package org.dyadscope.measure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.cases.CaseFile;

/** SIPRI deliveries along the case's directed dyads, per delivery year of the case period. */
final class Arms {
  private Arms() {}

  /**
   * One row per case dyad and year of the case period, dyads in case order, years ascending. The
   * SIPRI register lists every delivery it knows, so a year without deliveries is 0, not unknown —
   * but only when the store holds any SIPRI rows at all; otherwise the list is empty.
   */
  static List<ArmsFlow> flows(CaseFile c, Connection conn) throws SQLException {
    if (c.dyads().isEmpty()) {
      return List.of();
    }
    int y0 = c.period().start().getYear();
    int y1 = c.period().end().getYear();
    String sql = "WITH dyads AS (SELECT * FROM " + Sql.dyads("d", c.dyads()) + "),"
        + " years AS (SELECT y FROM range(" + y0 + ", " + (y1 + 1) + ") AS t(y)),"
        + " agg AS (SELECT supplier, recipient, delivery_year AS y, sum(coalesce(tiv_delivered, 0)::DECIMAL(18, 3)) AS tiv,"
        + "  count(DISTINCT sipri_id) AS deals FROM arms_transfers"
        + "  WHERE delivery_year BETWEEN " + y0 + " AND " + y1
        + "  AND (coalesce(tiv_delivered, 0) > 0 OR coalesce(delivered_number, 0) > 0) GROUP BY ALL)"
        + " SELECT d.a1, d.a2, CAST(years.y AS INTEGER) AS y, coalesce(agg.tiv, 0) AS tiv,"
        + " coalesce(agg.deals, 0) AS deals"
        + " FROM dyads d CROSS JOIN years"
        + " LEFT JOIN agg ON agg.supplier = d.a1 AND agg.recipient = d.a2 AND agg.y = years.y"
        + " WHERE EXISTS (SELECT 1 FROM arms_transfers)"
        + " ORDER BY d.ord, years.y";
    List<ArmsFlow> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(new ArmsFlow(rs.getString("a1"), rs.getString("a2"), rs.getInt("y"),
            rs.getDouble("tiv"), rs.getLong("deals")));
      }
    }
    return out;
  }
}
