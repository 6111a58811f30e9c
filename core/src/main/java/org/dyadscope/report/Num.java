package org.dyadscope.report;

import java.util.Locale;
import org.dyadscope.store.TableCsv;

/** Number formatting: exact plain decimals for data files, rounded text for people. */
final class Num {
  private Num() {}

  /** A data-file cell, as the CSV files write it ({@link TableCsv#shortest}). */
  static String data(Object v) {
    return TableCsv.shortest(v);
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
