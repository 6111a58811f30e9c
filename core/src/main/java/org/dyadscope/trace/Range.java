package org.dyadscope.trace;

/**
 * A closed interval {@code [low, high]} of finite numbers, used for likelihood ranges (within
 * [0, 1]) and prior multipliers (positive).
 *
 * @param low lower end, inclusive
 * @param high upper end, inclusive, not below {@code low}
 */
public record Range(double low, double high) {
  public Range {
    if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
      throw new IllegalArgumentException("a range needs finite ends with low <= high, got [" + low + ", " + high + "]");
    }
  }

  /** A range that must lie within [0, 1]. */
  public static Range probability(double low, double high) {
    Range r = new Range(low, high);
    if (low < 0 || high > 1) {
      throw new IllegalArgumentException("a probability range must lie within [0, 1], got " + r);
    }
    return r;
  }

  public boolean contains(double x) {
    return x >= low && x <= high;
  }

  @Override
  public String toString() {
    return "[" + low + ", " + high + "]";
  }
}
