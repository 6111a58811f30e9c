package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Store#preload}: writes nothing, and its close waits for it, through an interrupt. */
class StorePreloadTest {
  @Test
  void preloadWritesNothingAndAStoreOpensBesideIt(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("s.duckdb");
    try (Store.Preload p = Store.preload(); Store s = Store.open(db);
        Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.startsWith("s.duckdb"));
    }
  }

  @Test
  void closeWaitsForTheThreadAndKeepsAnInterrupt() throws Exception {
    Store.Preload p = Store.preload();
    Thread.currentThread().interrupt();
    p.close();
    assertThat(Thread.interrupted()).isTrue(); // the flag was kept (and is cleared here)
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("dyadscope-preload"));
  }
}
