package org.dyadscope.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;

/**
 * How the fields of one row record fill the columns of one store table, bound by column NAME:
 * {@code schema.sql} stays the one definition of each table's columns and their order, and a
 * binding names the columns it fills. {@link #open} reads the table's columns from DuckDB's catalog
 * ({@link Store#columns}) and orders the fields to match, so a column added anywhere in the table
 * (or a store whose table was declared in another column order) needs no change here; adding a
 * column touches {@code schema.sql} and the binding of the stage that fills it.
 *
 * <p>A table column the binding does not name gets its default (NULL unless {@code schema.sql}
 * declares a DEFAULT), unless it is NOT NULL without a default: then {@link #open} refuses, naming
 * the column, as it refuses a bound name the table lacks. Build a binding once, as a constant, by
 * chaining {@link #bind}; it is not changed after.
 *
 * @param <R> the row record, e.g. {@link IdealPointRow}
 */
final class TableBinding<R> {
  /** Appends one field of a row as the appender's next column value (null allowed where noted). */
  @FunctionalInterface
  interface Field<R> {
    void append(DuckDBAppender appender, R row) throws SQLException;
  }

  /** A column as DuckDB's catalog lists it. */
  record Column(String name, boolean nullable, boolean hasDefault) {}

  private final String table;
  private final Map<String, Field<R>> fields = new LinkedHashMap<>();

  TableBinding(String table) {
    this.table = table;
  }

  String table() {
    return table;
  }

  /** Binds {@code column} to {@code field}; returns this binding, for chaining. */
  TableBinding<R> bind(String column, Field<R> field) {
    if (fields.put(column, field) != null) {
      throw new IllegalArgumentException("table " + table + ": column " + column + " bound twice");
    }
    return this;
  }

  /**
   * An appender of the table in {@code store}'s connection (it joins the connection's open
   * transaction), its fields in the catalog's column order.
   *
   * @throws StoreException when a bound column is not in the table, or a NOT NULL column without a
   *     default is not bound (a binding out of step with {@code schema.sql})
   */
  TableAppender<R> open(Store store, DuckDBAppender appender) throws SQLException {
    List<Column> columns = store.columns(table);
    List<String> names = columns.stream().map(Column::name).toList();
    for (String bound : fields.keySet()) {
      if (!names.contains(bound)) {
        throw new StoreException("table " + table + " has no column " + bound + " (columns: "
            + String.join(", ", names) + "); add it to schema.sql or drop it from the binding", null);
      }
    }
    @SuppressWarnings("unchecked")
    Field<R>[] inOrder = new Field[columns.size()];
    for (int i = 0; i < inOrder.length; i++) {
      Column c = columns.get(i);
      Field<R> f = fields.get(c.name());
      if (f == null && !c.nullable() && !c.hasDefault()) {
        throw new StoreException("table " + table + ": column " + c.name() + " is NOT NULL but no field"
            + " fills it; bind it in the table's TableBinding", null);
      }
      inOrder[i] = f != null ? f : (a, r) -> a.appendDefault();
    }
    return new TableAppender<>(appender, inOrder);
  }

  /** Appends a date or NULL (the driver's {@code append(LocalDate)} takes no null). */
  static void date(DuckDBAppender a, LocalDate d) throws SQLException {
    if (d == null) {
      a.appendNull();
    } else {
      a.append(d);
    }
  }

  /** Appends a timestamp or NULL. */
  static void timestamp(DuckDBAppender a, LocalDateTime t) throws SQLException {
    if (t == null) {
      a.appendNull();
    } else {
      a.append(t);
    }
  }

  /** Appends a TINYINT or NULL. */
  static void tinyInt(DuckDBAppender a, Integer v) throws SQLException {
    if (v == null) {
      a.appendNull();
    } else {
      a.append(v.byteValue());
    }
  }
}
