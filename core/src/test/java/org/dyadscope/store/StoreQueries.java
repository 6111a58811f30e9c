package org.dyadscope.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQL checks the store tests share: one number, or one column, from a query. */
public final class StoreQueries {
  private StoreQueries() {}

  /** The first column of the first row of {@code sql}, as a long (a count). */
  public static long count(Store store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The first column of every row of {@code sql}, as strings (null kept), in result order. */
  public static List<String> column(Store store, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
