package org.dyadscope.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@link DataTable}s as RFC 4180 CSV: UTF-8, header row, comma, LF line ends (awk and cut users get no stray \r), quotes only
 * where needed, '.' decimals, empty cell for a missing value (read as NA / NaN / NULL by R, pandas
 * and DuckDB).
 */
final class CsvOutput {
  private CsvOutput() {}

  static void write(DataTable t, Path out) throws IOException {
    Path file = out.resolve(t.path());
    Files.createDirectories(file.getParent());
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader(t.header().toArray(String[]::new)).get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, format)) {
      for (List<Object> row : t.rows()) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object v : row) {
          cells.add(Num.data(v));
        }
        p.printRecord(cells);
      }
    }
  }
}
