package org.dyadscope.measure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;

/** UNGA ideal-point distances for the unordered pairs of the case's dyads. */
final class Unga {
  private Unga() {}

  /** The case's dyads as unordered pairs {@code [a, b]}, a &lt; b, first-seen order. */
  static List<List<String>> pairs(CaseFile c) {
    Set<List<String>> out = new LinkedHashSet<>();
    for (Dyad d : c.dyads()) {
      String a = d.source();
      String b = d.target();
      out.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
    }
    return new ArrayList<>(out);
  }

  /**
   * Distances per pair and session with a year inside the case period; sessions where either state
   * has no estimate are left out. Should a state have several rows in one session (e.g. two COW codes
   * mapped to one ISO-3), their mean is used.
   */
  static List<UngaDistance> distances(CaseFile c, Connection conn) throws SQLException {
    List<List<String>> pairs = pairs(c);
    if (pairs.isEmpty()) {
      return List.of();
    }
    String sql = "WITH pairs AS (SELECT * FROM " + Sql.values("p", pairs, x -> x, "a", "b") + "),"
        + " ip AS (SELECT iso3, session, min(year) AS year, avg(ideal_point) AS x FROM ideal_points"
        + "  WHERE year BETWEEN " + c.period().start().getYear() + " AND " + c.period().end().getYear()
        + "  GROUP BY iso3, session)"
        + " SELECT p.a, p.b, ia.session, ia.year, round(abs(ia.x - ib.x), 10) AS distance FROM pairs p"
        + " JOIN ip ia ON ia.iso3 = p.a JOIN ip ib ON ib.iso3 = p.b AND ib.session = ia.session"
        + " ORDER BY p.ord, ia.session";
    List<UngaDistance> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String a = rs.getString("a");
        String b = rs.getString("b");
        out.add(new UngaDistance(a + "-" + b, a, b, rs.getInt("session"), rs.getInt("year"),
            rs.getDouble("distance")));
      }
    }
    return out;
  }
}
