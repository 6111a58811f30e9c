package org.dyadscope.extract;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyadscope.store.Store;

/** The event tables of a store as sorted text rows, to compare two stores table by table. */
final class StoreDump {
  /** Each event table with the order that makes its rows comparable (row order in a table is not part of the store). */
  static final Map<String, String> TABLES = Map.of(
      "events", "SELECT * FROM events ORDER BY source, event_id, file, line",
      "source_totals", "SELECT * FROM source_totals ORDER BY ALL",
      "quarantine", "SELECT * FROM quarantine ORDER BY file, line",
      "provenance", "SELECT * FROM provenance ORDER BY file",
      "event_conflicts", "SELECT * FROM event_conflicts ORDER BY ALL",
      "left_out_event_ids", "SELECT family, file, sha256(ids::VARCHAR) FROM left_out_event_ids ORDER BY ALL");

  private StoreDump() {}

  /** The rows of {@code sql} over the store, one string per row, columns joined by '|'. */
  static List<String> rows(Path store, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Store s = Store.openReadOnly(store);
        Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          b.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
