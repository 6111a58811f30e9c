package org.dyadscope.store;

import java.util.List;

/**
 * Rows of a store table as one data file shows them: the CSV file at {@link #path} and, row for
 * row, the array under {@link #key} in {@code report.json}, so the two always agree. Read with
 * {@link ResultTables#view}.
 *
 * @param path path under the output folder, e.g. {@code series/events_monthly.csv}
 * @param header column names, in file order (the table's column names)
 * @param rows cells as DuckDB returns them: String, Long, Integer, Double or null (an undefined value)
 */
public record TableView(String path, List<String> header, List<List<Object>> rows) {
  public TableView {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** The JSON key: the file name without folder and extension, e.g. {@code events_monthly}. */
  public String key() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.substring(0, name.lastIndexOf('.'));
  }
}
