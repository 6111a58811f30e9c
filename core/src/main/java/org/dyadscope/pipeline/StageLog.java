package org.dyadscope.pipeline;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyadscope.store.Store;

/**
 * Which stages have filled their tables in a store ({@code stages_done}). Every table of the schema
 * exists from a store's first opening, so "the table exists" says nothing; "the stage that fills it
 * finished here" does. A store that {@code dyadscope ingest} filled has collect's tables without a
 * run of collect: its loaded files ({@code provenance} rows) stand for it.
 */
final class StageLog {
  private StageLog() {}

  /** Records that {@code stage} finished on {@code store} now. */
  static void record(Store store, String stage) throws SQLException {
    String version = StageLog.class.getPackage().getImplementationVersion();
    try (PreparedStatement q = store.connection().prepareStatement(
        "INSERT OR REPLACE INTO stages_done VALUES (?, now()::TIMESTAMP, ?)")) {
      q.setString(1, stage);
      q.setString(2, version == null ? "dev" : version);
      q.executeUpdate();
    }
  }

  /**
   * The tables of {@code stages} whose producing stage finished on {@code store}: the tables a run
   * over this store may rely on.
   */
  static Set<String> filled(Store store, List<Stage> stages) throws SQLException {
    Set<String> done = new HashSet<>();
    Set<String> tables = tables(store);
    try (Statement st = store.connection().createStatement()) {
      if (tables.contains("stages_done")) {
        try (ResultSet rs = st.executeQuery("SELECT stage FROM stages_done")) {
          while (rs.next()) {
            done.add(rs.getString(1));
          }
        }
      }
      if (tables.contains("provenance")) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) > 0 FROM provenance")) {
          rs.next();
          if (rs.getBoolean(1)) {
            done.add(stages.get(0).name()); // files loaded by ingest: collect's tables are filled
          }
        }
      }
    }
    Set<String> filled = new HashSet<>();
    for (Stage s : stages) {
      if (done.contains(s.name())) {
        filled.addAll(s.produces());
      }
    }
    filled.retainAll(tables);
    return filled;
  }

  private static Set<String> tables(Store store) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
