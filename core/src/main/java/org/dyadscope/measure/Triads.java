package org.dyadscope.measure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;

/** Yearly mean Goldstein of the six directed dyads of each case triad, per source. */
final class Triads {
  private Triads() {}

  /**
   * Rows per triad (case order), source (coverage order) and year, kept only for years the source
   * covers at all ({@code yearly} coverage above 0), so "no events" and "no data" stay distinct.
   * Events count as in the series: only those dated in covered months ({@link Sql#coveredMonths}).
   */
  static List<TriadRow> rows(CaseFile c, Connection conn, List<CoveragePoint> yearly) throws SQLException {
    List<TriadRow> out = new ArrayList<>();
    for (List<String> triad : c.triads()) {
      List<Dyad> dyads = TriadRow.dyads(triad);
      String sql = "WITH " + Sql.coveredMonths(c.period()) + ", dyads AS (SELECT * FROM " + Sql.dyads("d", dyads) + ")"
          + " SELECT e.source, year(e.event_date) AS y, d.ord, count(*) AS n, avg(e.goldstein::DECIMAL(18, 2)) AS g"
          + " FROM events e JOIN dyads d ON e.actor1_country = d.a1 AND e.actor2_country = d.a2" + Sql.countedJoin("e")
          + " WHERE cm.month IS NOT NULL AND " + Sql.inPeriod("e.event_date", c.period()) + " GROUP BY ALL";
      Map<String, TriadRow.Cell> found = new HashMap<>();
      try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          Dyad d = dyads.get(rs.getInt("ord"));
          found.put(rs.getString("source") + "|" + rs.getInt("y") + "|" + d,
              new TriadRow.Cell(d, rs.getLong("n"), Sql.dbl(rs, "g")));
        }
      }
      for (CoveragePoint p : yearly) {
        if (p.gap()) {
          continue;
        }
        List<TriadRow.Cell> cells = new ArrayList<>();
        for (Dyad d : dyads) {
          cells.add(found.getOrDefault(p.source() + "|" + p.period() + "|" + d,
              new TriadRow.Cell(d, 0, null)));
        }
        out.add(new TriadRow(triad, p.source(), Integer.parseInt(p.period()), cells));
      }
    }
    return out;
  }
}
