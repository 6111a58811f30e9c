package org.dyadscope.report;

import java.util.List;

/**
 * One data file's content: written as CSV and, row for row, into {@code report.json} under
 * {@link #key()}, so the two always agree.
 *
 * @param path path under the output folder, e.g. {@code series/events_monthly.csv}
 * @param header column names
 * @param rows cells: String, Long, Integer, Double or null (written empty)
 */
record DataTable(String path, List<String> header, List<List<Object>> rows) {
  /** The JSON key: the file name without folder and extension, e.g. {@code events_monthly}. */
  String key() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.substring(0, name.lastIndexOf('.'));
  }
}
