package org.dyadscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Writes and reads the tables a stage produces (defined in {@code schema.sql}): a stage replaces
 * its tables whole, binding each value to its column by name, and the output files are views read
 * back from them ({@link #view}).
 */
public final class ResultTables {
  private ResultTables() {}

  /**
   * Replaces every row of {@code table} with {@code rows}, in one transaction; each row's column
   * {@code seq} gets its place in {@code rows} (0, 1, ...), the order of the data files read back.
   *
   * @param columns the columns the rows' cells fill, by name (not {@code seq}); the table's other
   *     columns get their default
   * @param rows cells in {@code columns} order: String, Long, Integer, Double or null; a NaN double is
   *     stored as null (undefined)
   * @throws SQLException when the table or a column does not exist (a schema.sql mismatch) or a value
   *     does not fit its column; the table is then left as it was
   */
  public static void replace(Store store, String table, List<String> columns, List<List<Object>> rows)
      throws SQLException {
    Connection conn = store.connection();
    String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ", seq) VALUES ("
        + String.join(", ", Collections.nCopies(columns.size() + 1, "?")) + ")";
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try (Statement st = conn.createStatement(); PreparedStatement ps = conn.prepareStatement(sql)) {
      st.execute("DELETE FROM " + table);
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException(table + ": a row of " + row.size() + " cells for "
              + columns.size() + " columns " + columns);
        }
        for (int i = 0; i < row.size(); i++) {
          Object v = row.get(i);
          ps.setObject(i + 1, v instanceof Double d && d.isNaN() ? null : v);
        }
        ps.setInt(row.size() + 1, r);
        ps.addBatch();
      }
      ps.executeBatch();
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw new SQLException(table + ": could not store the stage's rows (" + e.getMessage()
          + "); check the table's columns in schema.sql", e);
    } finally {
      conn.setAutoCommit(auto);
    }
  }

  /**
   * The rows of {@code table} as the data file {@code path} shows them.
   *
   * @param columns the file's columns, in file order
   * @param where a SQL condition over the table's columns, or null for every row
   * @param orderBy the SQL order of the file's rows, e.g. {@code seq}
   * @throws SQLException when the store has no such table or column (the stage that produces it has not run)
   */
  public static TableView view(Store store, String path, String table, List<String> columns, String where,
      String orderBy) throws SQLException {
    return new TableView(path, columns, rows(store, table, columns, where, orderBy));
  }

  /**
   * The cells of {@code columns} of {@code table}'s rows, as DuckDB returns them (String, Long,
   * Integer, Double or null).
   *
   * @param where a SQL condition over the table's columns, or null for every row
   * @param orderBy the SQL order of the rows, e.g. {@code seq}
   * @throws SQLException when the store has no such table or column (the stage that produces it has not run)
   */
  public static List<List<Object>> rows(Store store, String table, List<String> columns, String where,
      String orderBy) throws SQLException {
    String sql = "SELECT " + String.join(", ", columns) + " FROM " + table
        + (where == null ? "" : " WHERE " + where) + " ORDER BY " + orderBy;
    List<List<Object>> rows = new ArrayList<>();
    try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = rs.getObject(i + 1);
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(row))); // Arrays.asList keeps nulls
      }
    } catch (SQLException e) {
      throw new SQLException("cannot read table " + table + " (" + e.getMessage()
          + "); run the stage that produces it first", e);
    }
    return rows;
  }

  /** A row of cells for {@link #replace}; unlike {@code List.of} it keeps nulls (undefined values). */
  public static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
