package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLoadTest {
  private static EventRow event(String id, long line) {
    return new EventRow("gdelt2", id, LocalDate.of(2019, 10, 24), null, "IRN", "IRAN", "IRN", "RUSGOV",
        "RUSSIA", "RUS", "051", "051", "05", 1, 3.4, 1, -2.5, null, "gdelt61", "f.csv", line);
  }

  private static long count(Store s, String sql) throws Exception {
    try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void reloadingAFileReplacesItsRows(@TempDir Path dir) throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      for (int run = 0; run < 2; run++) {
        try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt2", "abc")) {
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
  void countsThatDoNotAddUpWriteNothing(@TempDir Path dir) throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt2", "abc")) {
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
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt2", "abc")) {
        load.event(event("1", 1));
        load.commit(1);
      }
      try (FileLoad load = s.beginFile("f.csv", "gdelt", "gdelt2", "abc")) {
        load.event(event("9", 1));
        // reader failed: no commit
      }
      assertThat(count(s, "SELECT count(*) FROM events WHERE event_id = '1'")).isEqualTo(1);
      assertThat(count(s, "SELECT count(*) FROM events")).isEqualTo(1);
    }
  }
}
