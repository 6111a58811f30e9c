package org.dyadscope.collect.tkg;

/** Splitting one TKG text line; tab-separated, no quoting (hand split: several times faster than a CSV parser). */
final class TkgLine {
  private TkgLine() {}

  /** The line without a trailing carriage return (CRLF copies). */
  static String stripCr(String line) {
    return !line.isEmpty() && line.charAt(line.length() - 1) == '\r' ? line.substring(0, line.length() - 1) : line;
  }

  /**
   * Splits on tabs into at most {@code max + 1} fields, so a caller sees that there are too many.
   *
   * @return the fields; {@code length > max} means the line has more than {@code max}
   */
  static String[] split(String line, int max) {
    String[] out = new String[max + 1];
    int n = 0;
    int start = 0;
    while (n < max) {
      int tab = line.indexOf('\t', start);
      if (tab < 0) {
        out[n++] = line.substring(start);
        return trim(out, n);
      }
      out[n++] = line.substring(start, tab);
      start = tab + 1;
    }
    out[n++] = line.substring(start);
    return out;
  }

  private static String[] trim(String[] a, int n) {
    if (n == a.length) {
      return a;
    }
    String[] b = new String[n];
    System.arraycopy(a, 0, b, 0, n);
    return b;
  }
}
