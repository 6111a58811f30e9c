package org.dyadscope.measure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;

/** What the measures rest on: loaded files, quarantined lines, and rows and files per series. */
final class Audit {
  /** Example lines kept per quarantine reason. */
  static final int EXAMPLES = 3;
  /** Raw example lines are cut to this many characters. */
  static final int EXAMPLE_CHARS = 240;
  /** Quarantine reasons kept (the most frequent); readers that put values in reasons can make many. */
  static final int MAX_REASONS = 100;
  /** File names listed per series basis. */
  static final int MAX_FILES = 10;

  private Audit() {}

  /** Every row of the provenance table, by source then file. */
  static List<FileProvenance> provenance(Connection conn) throws SQLException {
    List<FileProvenance> out = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM provenance ORDER BY source, file")) {
      while (rs.next()) {
        out.add(new FileProvenance(rs.getString("file"), rs.getString("sha256"), rs.getString("format"),
            rs.getString("source"), rs.getLong("rows_read"), rs.getLong("rows_loaded"),
            rs.getLong("rows_quarantined"), rs.getLong("rows_unresolved"), rs.getLong("rows_duplicate"),
            rs.getLong("rows_filtered"), rs.getObject("rows_unknown_actor_tokens", Long.class),
            rs.getString("duplicate_of")));
      }
    }
    return out;
  }

  /** The {@link #MAX_REASONS} most frequent (source, reason) groups, most lines first. */
  static List<QuarantineReason> quarantine(Connection conn) throws SQLException {
    String sql = "WITH q AS (SELECT q.file, q.line, q.reason, q.raw, coalesce(p.source, '?') AS source"
        + "  FROM quarantine q LEFT JOIN provenance p ON p.file = q.file),"
        + " g AS (SELECT source, reason, count(*) AS n, count(DISTINCT file) AS nf FROM q GROUP BY ALL"
        + "  ORDER BY n DESC, source, reason LIMIT " + MAX_REASONS + "),"
        + " ex AS (SELECT source, reason, file, line, raw,"
        + "  row_number() OVER (PARTITION BY source, reason ORDER BY file, line) AS rn FROM q"
        + "  QUALIFY rn <= " + EXAMPLES + ")"
        + " SELECT g.source, g.reason, g.n, g.nf, ex.file, ex.line, ex.raw FROM g"
        + " JOIN ex ON ex.source = g.source AND ex.reason = g.reason"
        + " ORDER BY g.n DESC, g.source, g.reason, ex.rn";
    Map<List<String>, List<QuarantineReason.Example>> examples = new LinkedHashMap<>();
    Map<List<String>, long[]> counts = new LinkedHashMap<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        List<String> key = List.of(rs.getString("source"), rs.getString("reason"));
        counts.putIfAbsent(key, new long[] {rs.getLong("n"), rs.getLong("nf")});
        String raw = rs.getString("raw");
        if (raw != null && raw.length() > EXAMPLE_CHARS) {
          raw = raw.substring(0, EXAMPLE_CHARS) + "…";
        }
        examples.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new QuarantineReason.Example(rs.getString("file"), rs.getLong("line"), raw));
      }
    }
    List<QuarantineReason> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new QuarantineReason(k.get(0), k.get(1), n[0], n[1], examples.get(k))));
    return out;
  }

  /**
   * Rows and files behind each event, UNGA and SIPRI series of the case. An event series' rows are
   * the sums of its yearly {@code series} cells (so a caption says what the table and CSV say); its
   * files and its uncounted rows (dated in months without coverage) come from the store.
   */
  static List<SeriesBasis> bases(CaseFile c, Connection conn, List<SeriesPoint> yearly) throws SQLException {
    List<SeriesBasis> out = new ArrayList<>();
    List<Dyad> dyads = c.dyads();
    if (!dyads.isEmpty()) {
      Map<List<Object>, Long> counted = new HashMap<>();
      for (SeriesPoint p : yearly) {
        if (p.events() != null) {
          counted.merge(List.of(p.source(), p.dyad()), p.events(), Long::sum);
        }
      }
      String filter = " FILTER (WHERE cm.month IS NOT NULL)";
      query(conn, "WITH " + Sql.coveredMonths(c.period()) + ", dyads AS (SELECT * FROM " + Sql.dyads("d", dyads) + ")"
          + " SELECT d.ord, x.source, count(*) FILTER (WHERE cm.month IS NULL) AS nu, " + files(filter)
          + " FROM events x JOIN dyads d ON x.actor1_country = d.a1 AND x.actor2_country = d.a2"
          + Sql.countedJoin("x") + " WHERE " + Sql.inPeriod("x.event_date", c.period())
          + " GROUP BY d.ord, x.source ORDER BY d.ord, x.source",
          rs -> SeriesId.events(dyads.get(rs.getInt("ord"))),
          rs -> counted.getOrDefault(List.of(rs.getString("source"), dyads.get(rs.getInt("ord"))), 0L), out);
      String files = files("");
      int y0 = c.period().start().getYear();
      int y1 = c.period().end().getYear();
      query(conn, "WITH dyads AS (SELECT * FROM " + Sql.dyads("d", dyads) + ")"
          + " SELECT d.ord, coalesce(p.source, '?') AS source, count(*) AS n, 0 AS nu, " + files
          + " FROM arms_transfers x JOIN dyads d ON x.supplier = d.a1 AND x.recipient = d.a2"
          + " LEFT JOIN provenance p ON p.file = x.file"
          + " WHERE x.delivery_year BETWEEN " + y0 + " AND " + y1
          + " AND (coalesce(x.tiv_delivered, 0) > 0 OR coalesce(x.delivered_number, 0) > 0)"
          + " GROUP BY ALL ORDER BY d.ord, source",
          rs -> SeriesId.arms(dyads.get(rs.getInt("ord"))), rs -> rs.getLong("n"), out);
      List<List<String>> pairs = Unga.pairs(c);
      query(conn, "WITH pairs AS (SELECT * FROM " + Sql.values("pr", pairs, v -> v, "a", "b") + "),"
          + " ip AS (SELECT * FROM ideal_points WHERE year BETWEEN " + y0 + " AND " + y1 + "),"
          + " s AS (SELECT DISTINCT iso3, session FROM ip),"
          + " both_s AS (SELECT pr.a, pr.b, pr.ord, sa.session FROM pairs pr"
          + "  JOIN s sa ON sa.iso3 = pr.a JOIN s sb ON sb.iso3 = pr.b AND sb.session = sa.session)"
          + " SELECT bs.ord, coalesce(p.source, '?') AS source, count(*) AS n, 0 AS nu, " + files
          + " FROM both_s bs JOIN ip x ON x.session = bs.session AND x.iso3 IN (bs.a, bs.b)"
          + " LEFT JOIN provenance p ON p.file = x.file"
          + " GROUP BY ALL ORDER BY bs.ord, source",
          rs -> SeriesId.unga(String.join("-", pairs.get(rs.getInt("ord")))), rs -> rs.getLong("n"), out);
    }
    return out;
  }

  /** Columns {@code nf} (distinct files) and {@code fl} (the first files, sorted) of rows {@code x}. */
  private static String files(String filter) {
    return "count(DISTINCT x.file)" + filter + " AS nf,"
        + " (list(DISTINCT x.file ORDER BY x.file)" + filter + ")[1:" + MAX_FILES + "] AS fl";
  }

  /** One value read from the current row of a result. */
  private interface Cell<T> {
    T get(ResultSet rs) throws SQLException;
  }

  private static void query(Connection conn, String sql, Cell<SeriesId> name, Cell<Long> rows,
      List<SeriesBasis> out)
      throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        List<String> fl = new ArrayList<>();
        Array a = rs.getArray("fl");
        // null when every row of the series lies in months without coverage (no file is counted)
        for (Object o : a == null ? new Object[0] : (Object[]) a.getArray()) {
          fl.add(String.valueOf(o));
        }
        out.add(new SeriesBasis(name.get(rs), rs.getString("source"), rows.get(rs), rs.getLong("nu"),
            rs.getLong("nf"), fl));
      }
    }
  }
}
