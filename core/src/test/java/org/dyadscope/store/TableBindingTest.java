package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyadscope.store.StoreQueries.column;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileLoad appends row fields to table columns by name, whatever order the store declares them in. */
class TableBindingTest {
  private static final List<String> TABLES =
      List.of("events", "ideal_points", "arms_transfers", "documents", "quarantine");

  @Test
  void tablesDeclaredInReverseColumnOrderLoadTheSameValues(@TempDir Path dir) throws Exception {
    Path usual = dir.resolve("usual.duckdb");
    Path reversed = dir.resolve("reversed.duckdb");
    try (Store s = Store.open(usual)) {
      declareReversed(s, reversed);
      loadOneOfEach(s);
    }
    try (Store s = Store.open(reversed)) { // schema.sql's CREATE TABLE IF NOT EXISTS keeps the reversed tables
      assertThat(column(s, "SELECT column_name FROM duckdb_columns() WHERE table_name = 'events'"
          + " ORDER BY column_index LIMIT 1")).containsExactly("action_country");
      loadOneOfEach(s);
      assertThat(column(s, "SELECT concat_ws('|', event_id, event_date, date_added, actor1_country,"
          + " actor2_country, event_code, quad_class, goldstein, avg_tone, schema_flag, line, action_country)"
          + " FROM events")).containsExactly("7|2019-10-24|2019-10-24 14:30:00|IRN|RUS|051|1|3.4|-2.5|gdelt61|2|SYR");
      assertThat(column(s, "SELECT concat_ws('|', iso3, ccode, session, year, ideal_point, n_votes, line)"
          + " FROM ideal_points")).containsExactly("RUS|365|70|2015|1.25|80|3");
      assertThat(column(s, "SELECT concat_ws('|', supplier, recipient, order_year, order_year_estimate,"
          + " delivery_year, tiv_delivered, uncertain, line) FROM arms_transfers"))
          .containsExactly("RUS|IRN|2007|true|2016|211.0|true|4");
      assertThat(column(s, "SELECT concat_ws('|', doc_id, speaker, year, doc_date, chars, licence,"
          + " length(text_key)) FROM documents")).containsExactly("ungd:RUS_70_2015|RUS|2015|2015-09-28|16|CC0 1.0|64");
      assertThat(column(s, "SELECT concat_ws('|', file, line, reason, raw) FROM quarantine"))
          .containsExactly("f.csv|5|60 fields, expected 57, 58 or 61|x\ty");
      try (Store u = Store.openReadOnly(usual)) {
        for (String t : TABLES) {
          String all = "SELECT " + String.join(" || '|' || ", columns(u, t).stream()
              .map(c -> "coalesce(CAST(" + c + " AS VARCHAR), '∅')").toList()) + " FROM " + t;
          assertThat(column(s, all)).as(t).isEqualTo(column(u, all)).hasSize(1);
        }
      }
    }
  }

  @Test
  void aColumnTheBindingDoesNotNameIsLeftNullAndABoundColumnTheTableLacksIsRefused(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("t.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE quarantine (note VARCHAR, raw VARCHAR, reason VARCHAR NOT NULL,"
          + " line BIGINT NOT NULL, file VARCHAR NOT NULL)");
    }
    try (Store s = Store.open(file)) {
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
        load.quarantine(9, "bad date", "raw line");
        load.commit(1);
      }
      assertThat(column(s, "SELECT concat_ws('|', coalesce(note, 'NULL'), raw, reason, line, file) FROM quarantine"))
          .containsExactly("NULL|raw line|bad date|9|f.csv");
      TableBinding<RowBindings.QuarantineRow> misspelt = new TableBinding<RowBindings.QuarantineRow>("quarantine")
          .bind("reasons", (a, q) -> a.append(q.reason()));
      TableBinding<RowBindings.QuarantineRow> partial = new TableBinding<RowBindings.QuarantineRow>("quarantine")
          .bind("file", (a, q) -> a.append(q.file()));
      try (DuckDBAppender a = ((DuckDBConnection) s.connection()).createAppender(
          DuckDBConnection.DEFAULT_SCHEMA, "quarantine")) {
        assertThatThrownBy(() -> misspelt.open(s, a))
            .isInstanceOf(StoreException.class)
            .hasMessageStartingWith("table quarantine has no column reasons (columns: note, raw, reason, line, file);");
        assertThatThrownBy(() -> partial.open(s, a))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("column reason is NOT NULL but no field fills it");
      }
    }
  }

  /** Creates, in a new store at {@code target}, the row tables of {@code s} with their columns reversed. */
  private static void declareReversed(Store s, Path target) throws Exception {
    List<String> ddl = new ArrayList<>();
    for (String t : TABLES) {
      List<String> cols = new ArrayList<>();
      try (Statement st = s.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT column_name, data_type, is_nullable FROM duckdb_columns()"
              + " WHERE table_name = '" + t + "' ORDER BY column_index DESC")) {
        while (rs.next()) {
          cols.add(rs.getString(1) + " " + rs.getString(2) + (rs.getBoolean(3) ? "" : " NOT NULL"));
        }
      }
      ddl.add("CREATE TABLE " + t + " (" + String.join(", ", cols) + ")");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + target); Statement st = c.createStatement()) {
      for (String d : ddl) {
        st.execute(d);
      }
    }
  }

  private static List<String> columns(Store s, String table) throws Exception {
    return column(s, "SELECT column_name FROM duckdb_columns() WHERE table_name = '" + table + "' ORDER BY column_index");
  }

  private static void loadOneOfEach(Store s) throws Exception {
    try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
      load.event(new EventRow("gdelt2", "7", LocalDate.of(2019, 10, 24), LocalDateTime.of(2019, 10, 24, 14, 30),
          "IRN", "IRAN", "IRN", "RUSGOV", "RUSSIA", "RUS", "051", "051", "05", 1, 3.4, 2, -2.5,
          "https://example.org/a", "gdelt61", "f.csv", 2, "SYR"));
      load.idealPoint(new IdealPointRow("RUS", 365, 70, 2015, 1.25, 80, "f.csv", 3));
      load.armsTransfer(new ArmsTransferRow("S1", "RUS", "IRN", "Russia", "Iran", "S-300PMU-2", "SAM system",
          "air defence systems", 2007, true, 4, false, 2016, false, "Delivered", 52.75, 211.0, true, "f.csv", 4));
      load.document(new DocumentRow("ungd:RUS_70_2015", "ungd", "RUS", 70, 2015, LocalDate.of(2015, 9, 28),
          "t", null, "We face threats.", 0, "f.csv", 6, "CC0 1.0"));
      load.quarantine(5, "60 fields, expected 57, 58 or 61", "x\ty");
      load.commit(5);
    }
  }
}
