package org.dyadscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dyadscope.store.Store;

/**
 * The store whose {@code embeddings} table caches sentence embeddings for {@code train} and
 * {@code evaluate}. When another process holds its lock (a {@code dyadscope serve} of the same run,
 * say), the command says so and embeds into a temporary store deleted at exit, instead of failing.
 */
final class CacheStore {
  private CacheStore() {}

  /**
   * Opens {@code file} for writing, else, when DuckDB cannot lock it, a fresh store in a temporary
   * folder (deleted when the JVM exits), naming both on standard error.
   *
   * @param command the command's name for the note, e.g. {@code dyadscope evaluate}
   * @param given whether the user named {@code file} ({@code --store}) rather than the default
   * @throws SQLException when the file cannot be opened for another reason than its lock
   */
  static Store open(Path file, String command, boolean given) throws SQLException {
    try {
      return Store.open(file);
    } catch (SQLException e) {
      if (e.getMessage() == null || !e.getMessage().contains("Could not set lock")) {
        throw e;
      }
      Path dir;
      try {
        dir = Files.createTempDirectory("dyadscope-cache-");
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      System.err.println(command + ": " + file + " is in use by another process (a dyadscope serve of this run?);"
          + " its embedding cache is not used this time, every sentence is embedded anew (stop that process"
          + (given ? "" : ", or pass --store FILE") + ", to cache)");
      return Store.open(dir.resolve("cache.duckdb"));
    }
  }

  /** Deletes {@code dir} and what it holds, as far as it can (at exit: nothing is left to report to). */
  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a file still open elsewhere: the temporary folder stays, as any tool's would
    }
  }
}
