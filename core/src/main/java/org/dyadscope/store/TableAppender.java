package org.dyadscope.store;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;

/**
 * A DuckDB appender whose row records are written column by column in the table's catalog order,
 * as {@link TableBinding#open} arranged the fields. One per table and file load.
 *
 * @param <R> the row record
 */
final class TableAppender<R> implements AutoCloseable {
  private final DuckDBAppender appender;
  private final TableBinding.Field<R>[] inOrder;

  TableAppender(DuckDBAppender appender, TableBinding.Field<R>[] inOrder) {
    this.appender = appender;
    this.inOrder = inOrder;
  }

  /** Appends {@code row} as one table row. */
  void append(R row) throws SQLException {
    appender.beginRow();
    for (TableBinding.Field<R> f : inOrder) {
      f.append(appender, row);
    }
    appender.endRow();
  }

  /** Writes the rows appended so far into the open transaction (they become visible to queries in it). */
  void flush() throws SQLException {
    appender.flush();
  }

  @Override
  public void close() throws SQLException {
    if (!appender.isClosed()) {
      appender.close();
    }
  }
}
