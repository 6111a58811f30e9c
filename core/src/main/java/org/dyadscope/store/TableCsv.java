package org.dyadscope.store;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link TableView} as RFC 4180 CSV: UTF-8, header row, comma, LF line ends (awk and cut
 * users get no stray \r), quotes only where needed, '.' decimals, empty cell for a missing value
 * (read as NA / NaN / NULL by R, pandas and DuckDB). The one writer of every data file a run writes.
 */
public final class TableCsv {
  private TableCsv() {}

  /**
   * A data-file cell: empty for null (and for non-finite doubles, which no reader parses alike),
   * integers as is, doubles as the shortest decimal that reads back to the same double, never in
   * exponent notation ({@code 0.0001}, not {@code 1.0E-4}).
   */
  public static String shortest(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      if (!Double.isFinite(d)) {
        return "";
      }
      return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }

  /** Cells as {@link #shortest}, but doubles as {@code format} writes them (e.g. to fixed significant digits). */
  public static Function<Object, String> doubles(DoubleFunction<String> format) {
    return v -> v instanceof Double d ? format.apply(d) : shortest(v);
  }

  /** Writes {@code t} to {@code out}/{@link TableView#path}, cells as {@link #shortest}. */
  public static Path write(TableView t, Path out) throws IOException {
    return write(t, out, TableCsv::shortest);
  }

  /**
   * Writes {@code t} to {@code out}/{@link TableView#path} (folders created), replacing it.
   *
   * @param cell how a cell is written, e.g. doubles at a fixed number of significant digits
   * @return the file written
   */
  public static Path write(TableView t, Path out, Function<Object, String> cell) throws IOException {
    Path file = out.resolve(t.path());
    try (CSVPrinter p = open(file, t.header().toArray(String[]::new))) {
      for (List<Object> row : t.rows()) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object v : row) {
          cells.add(cell.apply(v));
        }
        p.printRecord(cells);
      }
    }
    return file;
  }

  /**
   * Runs {@code sql} on {@code c} and writes its rows, in the query's order, to {@code file}
   * (folders created), streamed rather than held: header from the query's column labels, a null is
   * an empty field, other cells as DuckDB gives them as text (a DATE is {@code YYYY-MM-DD}), but a
   * column with a format in {@code formats} (Java {@link String#format}, {@link Locale#ROOT}, e.g.
   * {@code %.3f}) is read as a double and written with it.
   *
   * @param formats column label to format, for DOUBLE columns that need a fixed number of decimals
   * @return the rows written
   * @throws SQLException when the query fails
   * @throws IOException when the file cannot be written
   */
  public static long write(Connection c, String sql, Path file, Map<String, String> formats)
      throws SQLException, IOException {
    long rows = 0;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      String[] header = new String[md.getColumnCount()];
      String[] format = new String[header.length];
      for (int i = 0; i < header.length; i++) {
        header[i] = md.getColumnLabel(i + 1);
        format[i] = formats.get(header[i]);
      }
      try (CSVPrinter p = open(file, header)) {
        while (rs.next()) {
          for (int i = 0; i < header.length; i++) {
            Object v = rs.getObject(i + 1);
            // "" rather than null: an empty first field is then written "" as the coder always wrote it
            p.print(v == null ? "" : format[i] != null
                ? String.format(Locale.ROOT, format[i], rs.getDouble(i + 1)) : rs.getString(i + 1));
          }
          p.println();
          rows++;
        }
      }
    }
    return rows;
  }

  /** A printer to {@code file} (folders created, the file replaced) in the data files' CSV format. */
  private static CSVPrinter open(Path file, String[] header) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    try {
      return new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader(header).get());
    } catch (IOException e) {
      w.close();
      throw e;
    }
  }
}
