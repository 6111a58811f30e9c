package org.dyadscope.report.svg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * "Nice" axis ticks (steps of 1, 2, 2.5 or 5 × 10^k) covering a value range, after Heckbert,
 * "Nice numbers for graph labels", Graphics Gems (1990).
 *
 * @param min first tick (≤ the data minimum)
 * @param max last tick (≥ the data maximum)
 * @param step distance between ticks
 */
record Ticks(double min, double max, double step) {
  /**
   * Ticks covering the non-null {@code values} (null = a gap, left out), with 0 inside the range when
   * {@code includeZero}; [0, 1] when there is no value at all.
   */
  static Ticks fitting(Stream<Double> values, boolean includeZero, int count) {
    double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    values.filter(Objects::nonNull).forEach(v -> {
      range[0] = Math.min(range[0], v);
      range[1] = Math.max(range[1], v);
    });
    double lo = range[0] == Double.POSITIVE_INFINITY ? 0 : range[0];
    double hi = range[0] == Double.POSITIVE_INFINITY ? 1 : range[1];
    return includeZero ? of(Math.min(lo, 0), Math.max(hi, 0), count) : of(lo, hi, count);
  }

  /** Ticks for [lo, hi] aiming at about {@code count} intervals; a flat range is widened. */
  static Ticks of(double lo, double hi, int count) {
    if (!(hi > lo)) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.5;
      lo -= pad;
      hi += pad;
    }
    double step = nice((hi - lo) / count);
    return new Ticks(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
  }

  private static double nice(double raw) {
    double exp = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / exp;
    double n = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return n * exp;
  }

  List<Double> values() {
    List<Double> out = new ArrayList<>();
    int n = (int) Math.round((max - min) / step);
    for (int i = 0; i <= n; i++) {
      out.add(min + i * step);
    }
    return out;
  }

  /** A tick label with as many decimals as the step needs. */
  String label(double v) {
    int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    String s = new BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }
}
