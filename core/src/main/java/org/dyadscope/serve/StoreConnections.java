package org.dyadscope.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBConnection;
import org.dyadscope.store.Store;

/**
 * A fixed pool of read-only connections to one store (DuckDB connections are not shared between
 * threads; {@link DuckDBConnection#duplicate} opens another on the same database). The store is
 * opened with {@code duckdb.read_only=true}, so no request can change it.
 */
public final class StoreConnections implements AutoCloseable {
  /** Tables a store must hold to be served: what the measure stage writes. */
  private static final List<String> REQUIRED = List.of("event_series", "coverage", "events", "codings");

  /** Work done on a borrowed connection. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  private final Store store;
  private final List<Connection> all = new ArrayList<>();
  private final BlockingQueue<Connection> free;

  private StoreConnections(Store store, int size) throws SQLException {
    this.store = store;
    this.free = new ArrayBlockingQueue<>(size);
    DuckDBConnection first = (DuckDBConnection) store.connection();
    all.add(first);
    for (int i = 1; i < size; i++) {
      all.add(first.duplicate());
    }
    free.addAll(all);
  }

  /**
   * Opens {@code file} read-only with {@code size} connections.
   *
   * @throws IllegalArgumentException naming the file and the fix when it is missing, not a DuckDB
   *     file, or not a store a {@code dyadscope run} measured (no {@code event_series} table)
   */
  public static StoreConnections open(Path file, int size) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such store; give a run's output folder or its case.duckdb"
          + " (make one with `dyadscope run CASE`)");
    }
    Store store;
    try {
      store = Store.openReadOnly(file);
    } catch (SQLException e) {
      throw new IllegalArgumentException(file + ": not a readable DuckDB store ("
          + firstLine(e) + "); rebuild it with `dyadscope run CASE`", e);
    }
    try {
      List<String> missing = new ArrayList<>(REQUIRED);
      missing.removeAll(Rows.strings(store.connection(),
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"));
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(file + ": not a measured dyadscope store (no table "
            + String.join(", ", missing) + "); run `dyadscope run CASE` to make one");
      }
      return new StoreConnections(store, size);
    } catch (SQLException e) {
      closeQuietly(store);
      throw new IllegalArgumentException(file + ": cannot read the store (" + firstLine(e) + ")", e);
    } catch (RuntimeException e) {
      closeQuietly(store);
      throw e;
    }
  }

  /** Runs {@code work} on a free connection, waiting for one when all are busy. */
  public <T> T with(Work<T> work) throws SQLException {
    Connection c;
    try {
      c = free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a store connection", e);
    }
    try {
      return work.apply(c);
    } finally {
      free.add(c);
    }
  }

  /** The store itself, for a reader that takes a {@link Store} (used before the server takes requests). */
  Store store() {
    return store;
  }

  @Override
  public void close() throws SQLException {
    for (int i = all.size() - 1; i > 0; i--) {
      all.get(i).close();
    }
    store.close();
  }

  private static void closeQuietly(Store s) {
    try {
      s.close();
    } catch (Exception ignored) {
      // already failing with a clearer message
    }
  }

  static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
