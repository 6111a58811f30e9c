package org.dyadscope.store;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    Files.createDirectories(file.toAbsolutePath().getParent());
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
        .setHeader(t.header().toArray(String[]::new)).get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, format)) {
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
}
