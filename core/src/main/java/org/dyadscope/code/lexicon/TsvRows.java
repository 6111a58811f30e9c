package org.dyadscope.code.lexicon;

import java.util.function.Predicate;

/**
 * The line discipline shared by the lexicon's data files: UTF-8, a byte-order mark on the first
 * line ignored, blank lines and lines starting with {@code #} skipped, the first other line the
 * header, every later line a tab-separated row.
 */
final class TsvRows {
  /** Receives one data row. */
  interface Row {
    /**
     * @param f the row's tab-separated fields (trailing empty fields kept)
     * @param where {@code <file>:<line>}, for error messages
     */
    void accept(String[] f, String where);
  }

  private TsvRows() {}

  /**
   * Hands each data row of {@code text} to {@code row}.
   *
   * @param name file name for error messages
   * @param isHeader true for the expected header line's fields
   * @param header the expected header, tab-separated, as the error message shows it
   * @throws LexiconException at {@code name:line} when the first non-comment line is not the header
   */
  static void read(String text, String name, Predicate<String[]> isHeader, String header, Row row) {
    int no = 0;
    boolean seenHeader = false;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      no++;
      if (no == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (!seenHeader) {
        if (!isHeader.test(f)) {
          throw new LexiconException(name + ":" + no + ": expected the header '"
              + header.replace("\t", "<TAB>") + "', found '" + line + "'");
        }
        seenHeader = true;
        continue;
      }
      row.accept(f, name + ":" + no);
    }
  }
}
