package org.dyadscope.collect.gdelt;

/**
 * Parses plain decimals such as GDELT's AvgTone {@code -2.41691842900302} straight from bytes,
 * giving exactly {@link Double#parseDouble}'s result.
 *
 * <p>Exactness: when the digits, read as an integer m, satisfy m &lt;= 2^53 and there are k &lt;=
 * 22 digits after the point, both m and 10^k are exact doubles and one IEEE division m / 10^k is
 * correctly rounded (Clinger 1990, "How to read floating point numbers accurately", fast path).
 * Anything else (more digits, exponents, NaN, hex) is left to the caller's {@code parseDouble}.
 */
final class Decimals {
  /** Returned when the fast path does not apply. */
  static final double FALLBACK = Double.NaN;

  private static final long MAX_EXACT = 1L << 53;
  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private Decimals() {}

  /** The value of {@code len} bytes at {@code at}, or {@link #FALLBACK} (NaN) when not a plain decimal the fast path covers. */
  static double parse(byte[] b, int at, int len) {
    int i = at;
    int end = at + len;
    boolean negative = false;
    if (i < end && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long m = 0;
    int digits = 0;
    boolean sawDigit = false;
    int fraction = -1; // digits after the point, -1 before the point is seen
    for (; i < end; i++) {
      int c = b[i];
      if (c == '.' && fraction < 0) {
        fraction = 0;
        continue;
      }
      c -= '0';
      if (c < 0 || c > 9 || digits == 18) {
        return FALLBACK;
      }
      sawDigit = true;
      if (m != 0 || c != 0) {
        digits++; // leading zeros do not count against the 18 digits a long holds
      }
      m = m * 10 + c;
      if (fraction >= 0) {
        fraction++;
      }
    }
    if (!sawDigit || m > MAX_EXACT || fraction > 22) {
      return FALLBACK;
    }
    double v = fraction > 0 ? m / POW10[fraction] : m;
    return negative ? -v : v;
  }
}
