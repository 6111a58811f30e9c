package org.dyadscope.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the rows of a query over the store as a CSV file: the view of a table the run's CSV files
 * are. RFC 4180, header from the query's column labels, {@code \n} line ends; a null is an empty
 * field; a DATE is {@code YYYY-MM-DD}; a DOUBLE column is written with its format from {@code
 * formats} (Java {@link String#format}, {@link Locale#ROOT}, e.g. {@code %.3f}), else as DuckDB
 * gives it.
 */
public final class QueryCsv {
  private QueryCsv() {}

  /**
   * Runs {@code sql} on {@code c} and writes its rows, in the query's order, to {@code file}
   * (its folder created when missing).
   *
   * @param formats column label to format, for DOUBLE columns that need a fixed number of decimals
   * @return the rows written
   * @throws SQLException when the query fails
   * @throws IOException when the file cannot be written
   */
  public static long write(Connection c, String sql, Path file, Map<String, String> formats)
      throws SQLException, IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    long rows = 0;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      String[] header = new String[md.getColumnCount()];
      for (int i = 0; i < header.length; i++) {
        header[i] = md.getColumnLabel(i + 1);
      }
      try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
          CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get())) {
        while (rs.next()) {
          for (int i = 0; i < header.length; i++) {
            String format = formats.get(header[i]);
            Object v = rs.getObject(i + 1);
            // "" rather than null: an empty first field is then written "" as the coder always wrote it
            p.print(v == null ? "" : format != null ? String.format(Locale.ROOT, format, rs.getDouble(i + 1))
                : rs.getString(i + 1));
          }
          p.println();
          rows++;
        }
      }
    }
    return rows;
  }
}
