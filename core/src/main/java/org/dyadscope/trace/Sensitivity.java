package org.dyadscope.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Re-runs a trace over a box of inputs: every likelihood over its range (a test type's default
 * range, a stated range, or the explicit value ± spread) and every prior multiplied by a factor in
 * {@link SensitivitySettings#priorFactor} and renormalised. The entries (which items entered, which
 * member stood for a group, what was observed) are those of the point trace.
 *
 * <p>The final posterior of H_h is w_h / Σ_j w_j with w_j = c_j·prior_j·Π_e f_{e,j}, where every
 * factor f (P(E|H), or 1 − P(E|H) for an absent E) is a separate coordinate. It increases in each
 * of H_h's own coordinates and decreases in each rival's, so over the box its maximum lies at the
 * corner with H_h's factors high and all others low, and its minimum at the opposite corner: the
 * intervals come from these 2n corners and are exact. Likewise H_g overtakes the leader H_l
 * somewhere in the box iff it does at H_g's maximising corner (w_g/w_l depends only on the
 * coordinates of g and l), so {@link SensitivityResult#overtakers} is exact too.
 *
 * <p>Besides, to say how much of the box disagrees, the corners themselves are evaluated: all
 * 2^k of them when the k = n × (entries + 1) coordinates number at most
 * {@link SensitivitySettings#maxExhaustiveParameters}, otherwise a sample of
 * {@link SensitivitySettings#samples} corners drawn with {@link SensitivitySettings#seed}.
 */
public final class Sensitivity {
  private static final double TIE = 1e-12;

  private final double[][] low;
  private final double[][] high;
  private final int n;
  private final int width;

  private Sensitivity(Trace trace, SensitivitySettings s) {
    n = trace.hypotheses().size();
    width = trace.entries().size() + 1;
    low = new double[n][width];
    high = new double[n][width];
    for (int h = 0; h < n; h++) {
      double prior = trace.priors().get(h);
      low[h][0] = prior * s.priorFactor().low();
      high[h][0] = prior * s.priorFactor().high();
      for (int e = 1; e < width; e++) {
        Entry entry = trace.entries().get(e - 1);
        Range r = s.rangeOf(entry.likelihoods().get(h));
        low[h][e] = entry.present() ? r.low() : 1 - r.high();
        high[h][e] = entry.present() ? r.high() : 1 - r.low();
      }
    }
  }

  /** Analyses a trace over the box of {@code settings}. */
  public static SensitivityResult analyse(Trace trace, SensitivitySettings settings) {
    return new Sensitivity(trace, settings).run(trace, settings);
  }

  private SensitivityResult run(Trace trace, SensitivitySettings s) {
    double[] point = trace.posteriors().stream().mapToDouble(Double::doubleValue).toArray();
    int leader = Bayes.argmax(point);
    double[] min = point.clone();
    double[] max = point.clone();
    List<String> overtakers = new ArrayList<>();
    for (int h = 0; h < n; h++) {
      final int target = h;
      double[] up = posterior((g, e) -> g == target);
      double[] down = posterior((g, e) -> g != target);
      if (up != null) {
        max[h] = Math.max(max[h], up[h]);
        if (h != leader && up[h] > up[leader] + TIE) {
          overtakers.add(trace.hypotheses().get(h).id());
        }
      }
      if (down != null) {
        min[h] = Math.min(min[h], down[h]);
      }
    }
    int k = n * width;
    boolean exhaustive = k <= s.maxExhaustiveParameters();
    long corners = exhaustive ? 1L << k : s.samples();
    SplittableRandom random = new SplittableRandom(s.seed());
    long other = 0;
    long undefined = 0;
    boolean[] bits = new boolean[k];
    for (long c = 0; c < corners; c++) {
      for (int b = 0; b < k; b++) {
        bits[b] = exhaustive ? ((c >>> b) & 1L) == 1L : random.nextBoolean();
      }
      double[] p = posterior((g, e) -> bits[g * width + e]);
      if (p == null) {
        undefined++;
        continue;
      }
      if (p[Bayes.argmax(p)] > p[leader] + TIE) {
        other++;
      }
      for (int h = 0; h < n; h++) {
        min[h] = Math.min(min[h], p[h]);
        max[h] = Math.max(max[h], p[h]);
      }
    }
    List<PosteriorInterval> intervals = new ArrayList<>();
    for (int h = 0; h < n; h++) {
      intervals.add(new PosteriorInterval(trace.hypotheses().get(h).id(), point[h], min[h], max[h]));
    }
    return new SensitivityResult(s, trace.hypotheses().get(leader).id(), intervals, overtakers, k, exhaustive,
        corners, other, undefined);
  }

  /** Which end of a coordinate a corner takes: true for the high factor. */
  @FunctionalInterface
  private interface Corner {
    boolean high(int hypothesis, int coordinate);
  }

  /** The posterior at a corner, in log space against underflow; null if every weight is 0. */
  private double[] posterior(Corner corner) {
    double[] logW = new double[n];
    double top = Double.NEGATIVE_INFINITY;
    for (int h = 0; h < n; h++) {
      double sum = 0;
      for (int e = 0; e < width; e++) {
        sum += Math.log(corner.high(h, e) ? high[h][e] : low[h][e]);
      }
      logW[h] = sum;
      top = Math.max(top, sum);
    }
    if (top == Double.NEGATIVE_INFINITY) {
      return null;
    }
    double total = 0;
    for (int h = 0; h < n; h++) {
      logW[h] = Math.exp(logW[h] - top);
      total += logW[h];
    }
    for (int h = 0; h < n; h++) {
      logW[h] /= total;
    }
    return logW;
  }
}
