package org.dyadscope.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting: exact plain decimals for data files, rounded text for people. */
final class Num {
  private Num() {}

  /**
   * A data-file cell: empty for null (and for non-finite doubles, which no reader parses alike),
   * integers as is, doubles as the shortest decimal that reads back to the same double, never in
   * exponent notation ({@code 0.0001}, not {@code 1.0E-4}).
   */
  static String data(Object v) {
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

  /** A count with thousands separators: {@code 12,345}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A value rounded for display, {@code —} for null. */
  static String fixed(Double v, int decimals) {
    return v == null ? "—" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** A signed value for Goldstein means: {@code +1.25}, {@code -0.40}. */
  static String signed(Double v) {
    return v == null ? "—" : String.format(Locale.ROOT, "%+.2f", v);
  }

  /** "1 event" / "3 events". */
  static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }
}
