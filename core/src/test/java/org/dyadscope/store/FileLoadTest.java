package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyadscope.store.StoreQueries.count;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLoadTest {
  private static EventRow event(String id, long line) {
    return new EventRow("gdelt2", id, LocalDate.of(2019, 10, 24), null, "IRN", "IRAN", "IRN", "RUSGOV",
        "RUSSIA", "RUS", "051", "051", "05", 1, 3.4, 1, -2.5, null, "gdelt61", "f.csv", line, null);
  }


  @Test
  void reloadingAFileReplacesItsRows(@TempDir Path dir) throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      for (int run = 0; run < 2; run++) {
        try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
          load.event(event("1", 1));
          load.event(event("2", 2));
          load.quarantine(3, "60 fields, expected 57, 58 or 61", "x\ty");
          load.commit(3);
        }
      }
      assertThat(count(s, "SELECT count(*) FROM events")).isEqualTo(2);
      assertThat(count(s, "SELECT count(*) FROM quarantine WHERE line = 3")).isEqualTo(1);
      assertThat(count(s, "SELECT rows_read FROM provenance WHERE file = 'f.csv'")).isEqualTo(3);
      assertThat(count(s, "SELECT count(*) FROM provenance")).isEqualTo(1);
      assertThat(count(s, "SELECT count(*) FROM events WHERE quad_class = 1 AND goldstein = 3.4")).isEqualTo(2);
    }
  }

  @Test
  void aStoreWrittenBeforeTheLicenceColumnGetsIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement st = c.createStatement()) {
      // the documents table as stores before the licence column had it
      st.execute("CREATE TABLE documents (doc_id VARCHAR NOT NULL, source VARCHAR NOT NULL, speaker VARCHAR,"
          + " session INTEGER, year INTEGER, doc_date DATE, title VARCHAR, url VARCHAR, text VARCHAR NOT NULL,"
          + " chars INTEGER NOT NULL, replacement_chars INTEGER NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL)");
    }
    try (Store s = Store.open(file)) {
      try (FileLoad load = s.beginFile("ungd/RUS_70_2015.txt", "ungd", null, "ungd", "abc")) {
        load.document(new DocumentRow("ungd:RUS_70_2015", "ungd", "RUS", 70, 2015, null, "t", null,
            "We face threats.", 0, "ungd/RUS_70_2015.txt", 1, "CC0 1.0"));
        load.commit(1);
      }
      assertThat(count(s, "SELECT count(*) FROM documents WHERE licence = 'CC0 1.0'")).isEqualTo(1);
    }
  }

  @Test
  void countsThatDoNotAddUpWriteNothing(@TempDir Path dir) throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
        load.event(event("1", 1));
        assertThatThrownBy(() -> load.commit(2)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("read 2 rows but loaded 1");
      }
      assertThat(count(s, "SELECT count(*) FROM events")).isZero();
      assertThat(count(s, "SELECT count(*) FROM provenance")).isZero();
    }
  }

  @Test
  void anAbandonedLoadLeavesEarlierRowsInPlace(@TempDir Path dir) throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
        load.event(event("1", 1));
        load.commit(1);
      }
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
        load.event(event("9", 1));
        // reader failed: no commit
      }
      assertThat(count(s, "SELECT count(*) FROM events WHERE event_id = '1'")).isEqualTo(1);
      assertThat(count(s, "SELECT count(*) FROM events")).isEqualTo(1);
    }
  }

  private static String memoryLimit(Store s) throws Exception {
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT current_setting('memory_limit')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void aShownMemoryLimitIsRestoredFromTheMiddleOfItsInterval() {
    assertThat(FileLoad.unrounded("18.8 GiB")).isEqualTo("18.85 GiB");
    assertThat(FileLoad.unrounded("953.6 MiB")).isEqualTo("953.65 MiB");
    assertThat(FileLoad.unrounded("16383.9 PiB")).isEqualTo("16383.9 PiB");
    assertThat(FileLoad.unrounded("512 bytes")).isEqualTo("512 bytes");
  }

  @Test
  void aLoadRunsUnderItsOwnMemoryLimitAndGivesTheStoreItsLimitBack(@TempDir Path dir) throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      try (Statement st = s.connection().createStatement()) {
        st.execute("SET memory_limit = '1GB'");
      }
      String before = memoryLimit(s);
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
        assertThat(memoryLimit(s)).isEqualTo("61.0 MiB"); // FileLoad.LOAD_MEMORY_LIMIT, 64 MB
        load.event(event("1", 1));
        load.commit(1);
      }
      assertThat(memoryLimit(s)).isEqualTo(before);
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
        load.event(event("2", 1));
        // abandoned
      }
      assertThat(memoryLimit(s)).isEqualTo(before);
      assertThat(count(s, "SELECT count(*) FROM events WHERE event_id = '1'")).isEqualTo(1);
      for (int i = 0; i < 5; i++) {
        try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
          load.event(event("1", 1));
          load.commit(1);
        }
      }
      assertThat(memoryLimit(s)).as("no drift, load after load").isEqualTo(before);
    }
  }

  @Test
  void eventsOfSeveralBatchesAreStoredFieldByFieldWithTheirNulls(@TempDir Path dir) throws Exception {
    int n = 2 * EventBatch.ROWS + 7; // two full Arrow batches and a part
    LocalDateTime added = LocalDateTime.of(2019, 10, 24, 14, 30, 15);
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
        for (int i = 1; i <= n; i++) {
          boolean odd = i % 2 == 1;
          load.event(new EventRow("gdelt2", "id" + i, LocalDate.of(2019, 10, 24), odd ? added : null, "IRN",
              "IRAN", "IRN", odd ? "RUSGOV" : null, "RUSSIA", "RUS", "051", "051", "05", odd ? 1 : null,
              odd ? 3.4 : null, odd ? 7 : null, odd ? -2.5 : null, odd ? "https://example.org/\u00e9" : null,
              "gdelt61", "f.csv", i, odd ? "RUS" : null));
          if (i == EventBatch.ROWS + 3) {
            // a full batch is being inserted on its own thread: the quarantine append waits for it
            load.quarantine(n + 1, "58 fields, expected 57, 58 or 61", "bad\tline");
          }
        }
        load.commit(n + 1);
      }
      assertThat(count(s, "SELECT count(*) FROM events")).isEqualTo(n);
      assertThat(count(s, "SELECT count(*) FROM quarantine WHERE line = " + (n + 1))).isEqualTo(1);
      assertThat(count(s, "SELECT sum(line) FROM events")).isEqualTo((long) n * (n + 1) / 2);
      assertThat(count(s, "SELECT count(*) FROM events WHERE line % 2 = 1 AND date_added = TIMESTAMP"
          + " '2019-10-24 14:30:15' AND actor2_code = 'RUSGOV' AND quad_class = 1 AND goldstein = 3.4"
          + " AND num_mentions = 7 AND avg_tone = -2.5 AND source_url = 'https://example.org/\u00e9'"
          + " AND action_country = 'RUS' AND event_id = 'id' || line AND event_date = DATE '2019-10-24'"))
          .isEqualTo(n / 2 + 1);
      assertThat(count(s, "SELECT count(*) FROM events WHERE line % 2 = 0 AND date_added IS NULL"
          + " AND actor2_code IS NULL AND quad_class IS NULL AND goldstein IS NULL AND num_mentions IS NULL"
          + " AND avg_tone IS NULL AND source_url IS NULL AND action_country IS NULL AND actor2_name = 'RUSSIA'"))
          .isEqualTo(n / 2);
    }
  }

  @Test
  void aFailedInsertOfTheLastFullBatchRollsBackTheQuarantinedLinesToo(@TempDir Path dir) throws Exception {
    // the last full batch is inserted on its own thread, so its failure (here a NOT NULL source)
    // first shows in commit: the quarantined line appended before it must not survive the rollback
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      int n = EventBatch.ROWS;
      FileLoad load = s.beginFile("f.tsv", "gdelt", "gdelt", "gdelt2", "abc");
      load.quarantine(1, "58 fields, expected 57, 58 or 61", "bad\tline");
      for (int i = 0; i < n; i++) {
        load.event(new EventRow(i == 5 ? null : "gdelt2", "e" + i, LocalDate.of(2020, 1, 1), null, "USA", null,
            "USA", "RUS", null, "RUS", null, null, null, null, null, null, null, null, null, "f.tsv", i + 2, null));
      }
      assertThatThrownBy(() -> load.commit(n + 1)).isInstanceOf(SQLException.class);
      load.close(); // nothing left to undo, and no error
      assertThat(count(s, "SELECT count(*) FROM quarantine")).isZero();
      assertThat(count(s, "SELECT count(*) FROM events")).isZero();
      assertThat(count(s, "SELECT count(*) FROM provenance")).isZero();
      assertThat(s.connection().getAutoCommit()).isTrue();
    }
  }

  @Test
  void aLoadRunsOnOneDuckDbThreadAndGivesTheStoreItsThreadsBack(@TempDir Path dir) throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      try (Statement st = s.connection().createStatement()) {
        st.execute("SET threads = 3");
      }
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
        assertThat(count(s, "SELECT current_setting('threads')")).isEqualTo(FileLoad.LOAD_THREADS);
        load.event(event("1", 1));
        load.commit(1);
      }
      assertThat(count(s, "SELECT current_setting('threads')")).isEqualTo(3);
      try (FileLoad load = s.beginFile("g.csv", "gdelt", "gdelt", "gdelt2", "abc")) {
        load.event(event("2", 1));
        // abandoned
      }
      assertThat(count(s, "SELECT current_setting('threads')")).isEqualTo(3);
    }
  }
}
