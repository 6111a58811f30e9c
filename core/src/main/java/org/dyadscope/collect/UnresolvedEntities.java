package org.dyadscope.collect;

import java.io.IOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.store.ResultTables;
import org.dyadscope.store.Store;

/**
 * The entities of the name-resolving sources (format {@code tkg}) that no rule resolved to a country,
 * most frequent first, with how much each could change each case dyad's count: table
 * {@code unresolved_entities}, filled by the collect stage over the events of the case period.
 *
 * <p>For an entity X and dyad A→B, {@code could_add} counts the rows in which X is unresolved
 * and would make the row an A→B event were X resolved to A (X the subject, the object's country B)
 * or to B (X the object, the subject's country A); {@code max_change} = {@code could_add} /
 * {@code dyad_events}, an upper bound, since X resolves to at most one of them.
 *
 * <p>Entities with no country by definition (international organisations, regions and groups as the
 * PETRARCH-2 dictionaries code them, ICEWS's unnamed actors: {@link NonState}) carry their code in
 * {@code non_state_code} and are ranked apart, so that the top entities that may belong to a state,
 * those an {@code entity_overrides} entry could fix, are not pushed out by the European Union.
 */
public final class UnresolvedEntities {
  /** Entities kept per source. */
  public static final int TOP = 10;
  static final List<String> COLUMNS = List.of("source", "entity", "non_state_code", "rows_unresolved", "entity_rank",
      "dyad", "dyad_events", "could_add", "max_change");

  /** Says why an entity has no country by definition (e.g. IGOWSTNAT for NATO), or null when it may belong to a state. */
  @FunctionalInterface
  public interface NonState {
    /** @throws IOException when the dictionaries behind the answer cannot be read */
    String code(String entity) throws IOException;
  }

  /**
   * An entity without a country by definition, summed over the sources.
   *
   * @param code its {@link NonState} code
   * @param rows rows naming it unresolved, over all sources
   */
  public record NonStateEntity(String entity, String code, long rows) {}

  /**
   * One entity and the dyad its resolution could change most.
   *
   * @param rows rows of the source naming the entity unresolved (subject or object)
   * @param dyadEvents the dyad's events in the source over the case period
   * @param maxChange {@code couldAdd / dyadEvents}, null when the dyad has no event
   */
  public record Entity(String source, String entity, long rows, String dyad, long dyadEvents, long couldAdd,
      Double maxChange) {
    /** "Donald Trump: 6,310 rows of icews18; USA->CHN could change by up to 40%". */
    public String describe() {
      String change = maxChange == null ? dyad + " has no event; it could gain " + String.format(Locale.ROOT, "%,d", couldAdd)
          : dyad + " could change by up to " + Math.round(100 * maxChange) + "%";
      return String.format(Locale.ROOT, "%s: %,d rows of %s; %s", entity, rows, source, change);
    }
  }

  private UnresolvedEntities() {}

  /**
   * Replaces {@code unresolved_entities} with, per {@code tkg} source over the case period, the
   * {@link #TOP} most frequent unresolved entities that may belong to a state and the {@link #TOP}
   * most frequent without a country by definition, one row per entity and case dyad.
   *
   * @param nonState classifies each unresolved name (called once per distinct name)
   * @throws SQLException when the store cannot be queried or written
   * @throws IOException when {@code nonState} cannot read its dictionaries
   */
  public static void store(CaseFile c, Store store, NonState nonState) throws SQLException, IOException {
    List<Dyad> dyads = c.dyads();
    List<List<Object>> rows = new ArrayList<>();
    if (!dyads.isEmpty()) {
      String events = "SELECT source, file, line, actor1_name AS n1, actor1_country AS c1, actor2_name AS n2,"
          + " actor2_country AS c2 FROM events WHERE event_date BETWEEN ? AND ?"
          + " AND source IN (SELECT source FROM provenance WHERE format = 'tkg')";
      classify(c, store, events, nonState);
      String values = String.join(", ", Collections.nCopies(dyads.size(), "(?, ?, ?)"));
      String sql = "WITH dyads(a1, a2, ord) AS (VALUES " + values + "),"
          + " ev AS (" + events + "),"
          + " mentions AS (SELECT source, file, line, n1 AS entity, 1 AS side, c2 AS other FROM ev WHERE c1 IS NULL"
          + "  UNION ALL SELECT source, file, line, n2, 2, c1 FROM ev WHERE c2 IS NULL),"
          + " ranked AS (SELECT m.source, m.entity, ns.code, count(DISTINCT (m.file, m.line)) AS n,"
          + "  row_number() OVER (PARTITION BY m.source, ns.code IS NULL"
          + "   ORDER BY count(DISTINCT (m.file, m.line)) DESC, m.entity) AS rank"
          + "  FROM mentions m LEFT JOIN non_state ns ON ns.entity = m.entity GROUP BY m.source, m.entity, ns.code"
          + "  QUALIFY rank <= ?),"
          + " dyad_events AS (SELECT source, c1, c2, count(*) AS n FROM ev GROUP BY ALL),"
          + " could AS (SELECT m.source, m.entity, d.ord, count(DISTINCT (m.file, m.line)) AS n"
          + "  FROM mentions m JOIN ranked r ON r.source = m.source AND r.entity = m.entity"
          + "  JOIN dyads d ON (m.side = 1 AND m.other = d.a2) OR (m.side = 2 AND m.other = d.a1) GROUP BY ALL)"
          + " SELECT r.source, r.entity, r.code, r.n, r.rank, d.a1 || '->' || d.a2, coalesce(de.n, 0), coalesce(cd.n, 0)"
          + " FROM ranked r CROSS JOIN dyads d"
          + " LEFT JOIN dyad_events de ON de.source = r.source AND de.c1 = d.a1 AND de.c2 = d.a2"
          + " LEFT JOIN could cd ON cd.source = r.source AND cd.entity = r.entity AND cd.ord = d.ord"
          + " ORDER BY r.source, r.code IS NOT NULL, r.rank, d.ord";
      try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
        int p = 1;
        for (int i = 0; i < dyads.size(); i++) {
          ps.setString(p++, dyads.get(i).source());
          ps.setString(p++, dyads.get(i).target());
          ps.setInt(p++, i);
        }
        p = period(ps, p, c);
        ps.setInt(p, TOP);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long dyadEvents = rs.getLong(7);
            long could = rs.getLong(8);
            rows.add(ResultTables.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5),
                rs.getString(6), dyadEvents, could, dyadEvents == 0 ? null : (double) could / dyadEvents));
          }
        }
      } finally {
        try (Statement st = store.connection().createStatement()) {
          st.execute("DROP TABLE IF EXISTS non_state");
        }
      }
    }
    ResultTables.replace(store, "unresolved_entities", COLUMNS, rows);
  }

  /** Fills the temporary table non_state(entity, code) with the unresolved names that have no country by definition. */
  private static void classify(CaseFile c, Store store, String events, NonState nonState)
      throws SQLException, IOException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement("WITH ev AS (" + events + ")"
        + " SELECT n1 FROM ev WHERE c1 IS NULL AND n1 IS NOT NULL UNION SELECT n2 FROM ev WHERE c2 IS NULL AND n2 IS NOT NULL")) {
      period(ps, 1, c);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    try (Statement st = store.connection().createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE non_state (entity VARCHAR PRIMARY KEY, code VARCHAR NOT NULL)");
    }
    try (PreparedStatement ins = store.connection().prepareStatement("INSERT INTO non_state VALUES (?, ?)")) {
      for (String n : names) {
        String code = nonState.code(n);
        if (code != null) {
          ins.setString(1, n);
          ins.setString(2, code);
          ins.addBatch();
        }
      }
      ins.executeBatch();
    }
  }

  /** Binds the case period's first and last day at {@code p}, {@code p + 1}; returns the next index. */
  private static int period(PreparedStatement ps, int p, CaseFile c) throws SQLException {
    ps.setDate(p, Date.valueOf(c.period().start().atDay(1)));
    ps.setDate(p + 1, Date.valueOf(c.period().end().atEndOfMonth()));
    return p + 2;
  }

  /**
   * Per source and entity that may belong to a state (most frequent first), the case dyad its
   * resolution could change most
   * (the largest {@code max_change}; a dyad without events, whose change has no ratio, only when no
   * other dyad could change).
   *
   * @param limit entities kept over all sources, by rows
   * @throws SQLException when the table is missing (the collect stage has not run on this store)
   */
  public static List<Entity> read(Store store, int limit) throws SQLException {
    String sql = "SELECT source, entity, rows_unresolved, dyad, dyad_events, could_add, max_change FROM unresolved_entities"
        + " WHERE could_add > 0 AND non_state_code IS NULL"
        + " QUALIFY row_number() OVER (PARTITION BY source, entity ORDER BY max_change DESC NULLS LAST, seq) = 1"
        + " ORDER BY rows_unresolved DESC, source, entity LIMIT ?";
    List<Entity> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double change = rs.getDouble(7);
          out.add(new Entity(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
              rs.getLong(6), rs.wasNull() ? null : change));
        }
      }
    }
    return out;
  }

  /**
   * The entities without a country by definition, most frequent first, their rows summed over the sources.
   *
   * @param limit entities kept
   * @throws SQLException when the table is missing (the collect stage has not run on this store)
   */
  public static List<NonStateEntity> readNonState(Store store, int limit) throws SQLException {
    String sql = "SELECT entity, non_state_code, sum(rows_unresolved) AS n FROM (SELECT DISTINCT source, entity,"
        + " non_state_code, rows_unresolved FROM unresolved_entities WHERE non_state_code IS NOT NULL)"
        + " GROUP BY ALL ORDER BY n DESC, entity LIMIT ?";
    List<NonStateEntity> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new NonStateEntity(rs.getString(1), rs.getString(2), rs.getLong(3)));
        }
      }
    }
    return out;
  }
}
