package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a Parquet extract: an extract written here by DuckDB in the layout the Spark job writes
 * (the job itself is tested in module spark) loads into the store's tables; an incomplete extract
 * or another actor filter is refused with nothing loaded.
 */
class ExtractImportTest {
  @TempDir Path tmp;

  /** One GDELT file: 3 rows read, event 7 kept, event 8 left out, a quarantined line 3. */
  private Path extract(String actors) throws Exception {
    Path dir = tmp.resolve("extract");
    for (String t : ExtractImport.TABLES) {
      Files.createDirectories(dir.resolve(t));
      Files.createFile(dir.resolve(t).resolve(ExtractImport.SUCCESS));
    }
    Files.createDirectories(dir.resolve("events/source=gdelt2/year=2019"));
    Files.createDirectories(dir.resolve("source_totals/source=gdelt2/year=2019"));
    try (Store s = Store.open(tmp.resolve("writer.duckdb")); Statement st = s.connection().createStatement()) {
      st.execute("COPY (SELECT '7' AS event_id, DATE '2019-10-24' AS event_date, 'RUS' AS actor1_country,"
          + " 'IRN' AS actor2_country, 'gdelt61' AS schema_flag, 'gdelt/a.CSV' AS file, 1::BIGINT AS line)"
          + " TO '" + dir.resolve("events/source=gdelt2/year=2019/p.parquet") + "' (FORMAT parquet)");
      st.execute("COPY (SELECT 'gdelt/a.CSV' AS file, DATE '2019-10-24' AS event_date, 2::BIGINT AS events,"
          + " DATE '2019-10-24' AS report_date) TO '" + dir.resolve("source_totals/source=gdelt2/year=2019/p.parquet")
          + "' (FORMAT parquet)");
      st.execute("COPY (SELECT 'gdelt/a.CSV' AS file, 3::BIGINT AS line, '60 fields, expected 57, 58 or 61' AS reason,"
          + " 'x' AS raw) TO '" + dir.resolve("quarantine/p.parquet") + "' (FORMAT parquet)");
      st.execute("COPY (SELECT 'gdelt' AS family, 'gdelt/a.CSV' AS file, 2::BIGINT AS line, '8' AS event_id,"
          + " DATE '2019-10-24' AS event_date) TO '" + dir.resolve("left_out_event_ids/p.parquet") + "' (FORMAT parquet)");
      st.execute("COPY (SELECT 'gdelt/a.CSV' AS file, 'ab' AS sha256, 'gdelt' AS format, 'gdelt2' AS source,"
          + " 3::BIGINT AS rows_read, 1::BIGINT AS rows_loaded, 1::BIGINT AS rows_quarantined, 0::BIGINT AS rows_unresolved,"
          + " 0::BIGINT AS rows_duplicate, 1::BIGINT AS rows_filtered, 0::BIGINT AS rows_unknown_actor_tokens,"
          + " 'ab' AS content_sha256, NULL::VARCHAR AS duplicate_of, '" + actors + "' AS actors)"
          + " TO '" + dir.resolve("provenance/p.parquet") + "' (FORMAT parquet)");
    }
    return dir;
  }

  @Test
  void loadsEveryTableAndKnowsTheLeftOutIds() throws Exception {
    Path dir = extract("IRN,RUS");
    try (Store s = Store.open(tmp.resolve("case.duckdb"))) {
      ExtractImport.Loaded loaded = ExtractImport.load(s, dir, null);
      assertThat(loaded).isEqualTo(new ExtractImport.Loaded(Set.of("gdelt2"), Set.of("gdelt"), Set.of("IRN", "RUS"), 1, 1));
      assertThat(query(s, "SELECT source || ' ' || event_id || ' ' || file || ':' || line FROM events"))
          .isEqualTo("gdelt2 7 gdelt/a.CSV:1");
      assertThat(query(s, "SELECT source || ' ' || events FROM source_totals")).isEqualTo("gdelt2 2");
      assertThat(query(s, "SELECT line || ' ' || reason FROM quarantine")).isEqualTo("3 60 fields, expected 57, 58 or 61");
      // the left-out id and the kept one are both known: a later file repeating them is a duplicate
      EventIds ids = s.eventIds("gdelt");
      assertThat(ids.size()).isEqualTo(2);
      assertThat(ids.putIfAbsent("8", (int) java.time.LocalDate.of(2019, 10, 24).toEpochDay()))
          .isEqualTo((int) java.time.LocalDate.of(2019, 10, 24).toEpochDay());
    }
  }

  @Test
  void anotherActorFilterIsRefusedAndNothingLoads() throws Exception {
    Path dir = extract("IRN,RUS");
    try (Store s = Store.open(tmp.resolve("case.duckdb"))) {
      assertThatThrownBy(() -> ExtractImport.load(s, dir, Set.of("USA")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the extract keeps actors IRN,RUS, not USA");
      assertThat(query(s, "SELECT count(*) FROM events") + query(s, "SELECT count(*) FROM provenance")).isEqualTo("00");
    }
  }

  @Test
  void incompleteExtractIsRefused() throws Exception {
    Path dir = extract("IRN,RUS");
    Files.delete(dir.resolve("events").resolve(ExtractImport.SUCCESS));
    try (Store s = Store.open(tmp.resolve("case.duckdb"))) {
      assertThatThrownBy(() -> ExtractImport.load(s, dir, null))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(dir.resolve("events") + ": no complete extract table (no _SUCCESS)");
    }
  }

  private static String query(Store s, String sql) throws Exception {
    try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
