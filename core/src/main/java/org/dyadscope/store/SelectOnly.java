package org.dyadscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Checks that a case file's query (a trace.yaml evidence query, a themes.yaml indicator) is one
 * SELECT statement before it runs. The stages after collect share one writable connection to the
 * store, so a query that could write (DROP, UPDATE, COPY ... TO a file) must never reach it.
 * DuckDB's own parser decides: {@code json_serialize_sql} serializes SELECT statements only.
 */
public final class SelectOnly {
  private SelectOnly() {}

  /**
   * @return null when {@code sql} is exactly one SELECT statement (WITH, VALUES and set operations
   *     included), else why not, in a phrase such as "not a SELECT statement"
   * @throws SQLException when the store cannot be asked
   */
  public static String problem(Connection connection, String sql) throws SQLException {
    try (PreparedStatement q = connection.prepareStatement("SELECT (j->>'error')::BOOLEAN,"
        + " coalesce(json_array_length(j->'statements'), 0), j->>'error_message'"
        + " FROM (SELECT json_serialize_sql(?::VARCHAR)::JSON AS j)")) {
      q.setString(1, sql);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        if (rs.getBoolean(1)) {
          String why = rs.getString(3);
          return why != null && why.startsWith("Only SELECT") ? "not a SELECT statement" : "not valid SQL (" + why + ")";
        }
        long statements = rs.getLong(2);
        return statements == 1 ? null : statements + " statements; give one SELECT";
      }
    }
  }
}
