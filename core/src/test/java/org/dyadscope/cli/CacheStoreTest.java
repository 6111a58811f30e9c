package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheStoreTest {
  @TempDir Path dir;

  /** Holds a store open for writing in its own process (as a running serve holds a run's) until stdin closes. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      try (Store s = Store.open(Path.of(args[0]))) {
        System.out.println("open");
        System.out.flush();
        System.in.read();
      }
    }
  }

  @Test
  void aStoreLockedByAnotherProcessIsReplacedByATemporaryCacheNamingWhy() throws Exception {
    Path file = dir.resolve("case.duckdb");
    try (Store s = Store.open(file)) {
      // a free store is the cache itself
      try (Store same = CacheStore.open(file, "dyadscope evaluate", false); Statement st = same.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT current_database()")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("case");
      }
    }
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Holder.class.getName(), file.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("open");
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream saved = System.err;
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      try (Store other = CacheStore.open(file, "dyadscope evaluate", false); Statement st = other.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT current_database(), count(*) FROM embeddings")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("cache"); // a fresh store of its own, with the schema
        assertThat(rs.getLong(2)).isZero();
      } finally {
        System.setErr(saved);
      }
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("dyadscope evaluate: " + file
          + " is in use by another process (a dyadscope serve of this run?)", "pass --store FILE");
    } finally {
      holder.getOutputStream().close();
      boolean ended = holder.waitFor(30, TimeUnit.SECONDS);
      if (!ended) {
        holder.destroyForcibly().waitFor(); // never left holding the lock in the test's folder
      }
      assertThat(ended).isTrue();
    }
  }
}
