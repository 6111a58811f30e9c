package org.dyadscope.assess;

import java.util.SplittableRandom;

/**
 * Two-sided permutation test of Pearson's r between paired values: how often does re-pairing
 * {@code y} with {@code x} at random give |r| at least as large as observed?
 *
 * <p>With n pairs and n! ≤ {@link #maxExact} all n! orderings of {@code y} are enumerated (Heap's
 * algorithm) and p = #{π : |r(x, y∘π)| ≥ |r_obs|} / n! exactly (the identity is one of them). Beyond
 * that, {@link #samples} random orderings are drawn with a {@link SplittableRandom} seeded with
 * {@link #seed} and p = (1 + b) / (1 + B), the estimator that never returns 0 (Phipson &amp; Smyth,
 * "Permutation p-values should never be zero", Stat. Appl. Genet. Mol. Biol. 9(1), 2010). The same
 * seed gives the same p. Ties within 1e-12 of |r_obs| count as extreme.
 *
 * @param seed seed of the random orderings
 * @param samples orderings drawn when enumeration is too large (B)
 * @param maxExact the largest n! still enumerated (default 40,320 = 8!)
 */
public record PermutationTest(long seed, int samples, long maxExact) {
  private static final double TIE = 1e-12;

  /** Result of one test.
   *
   * @param r the observed correlation; NaN when undefined (then p is NaN)
   * @param p the two-sided p-value in (0, 1]
   * @param n pairs
   * @param permutations orderings evaluated (n! when exact, else B)
   * @param exact whether every ordering was enumerated
   */
  public record Result(double r, double p, int n, long permutations, boolean exact) {}

  public PermutationTest {
    if (samples < 1 || maxExact < 1) {
      throw new IllegalArgumentException("a permutation test needs at least one sample and maxExact >= 1");
    }
  }

  /** Seed 1, 9,999 samples, exact up to 8 pairs. */
  public static PermutationTest defaults() {
    return new PermutationTest(1L, 9_999, 40_320L);
  }

  /**
   * Tests r(x, y).
   *
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public Result test(double[] x, double[] y) {
    double r = Correlation.pearson(x, y);
    int n = x.length;
    if (Double.isNaN(r)) {
      return new Result(r, Double.NaN, n, 0, false);
    }
    double observed = Math.abs(r) - TIE;
    long factorial = factorial(n);
    if (factorial > 0 && factorial <= maxExact) {
      long extreme = enumerate(x, y.clone(), observed);
      return new Result(r, (double) extreme / factorial, n, factorial, true);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] shuffled = y.clone();
    long extreme = 0;
    for (int s = 0; s < samples; s++) {
      for (int i = n - 1; i > 0; i--) { // Fisher-Yates
        int j = random.nextInt(i + 1);
        double t = shuffled[i];
        shuffled[i] = shuffled[j];
        shuffled[j] = t;
      }
      if (Math.abs(Correlation.pearson(x, shuffled)) >= observed) {
        extreme++;
      }
    }
    return new Result(r, (1.0 + extreme) / (1.0 + samples), n, samples, false);
  }

  /** Counts orderings of {@code y} with |r| ≥ observed, by Heap's algorithm (iterative). */
  private static long enumerate(double[] x, double[] y, double observed) {
    int n = y.length;
    int[] c = new int[n];
    long extreme = Math.abs(Correlation.pearson(x, y)) >= observed ? 1 : 0;
    int i = 0;
    while (i < n) {
      if (c[i] < i) {
        int j = i % 2 == 0 ? 0 : c[i];
        double t = y[j];
        y[j] = y[i];
        y[i] = t;
        if (Math.abs(Correlation.pearson(x, y)) >= observed) {
          extreme++;
        }
        c[i]++;
        i = 0;
      } else {
        c[i] = 0;
        i++;
      }
    }
    return extreme;
  }

  /** n!, or −1 when it overflows a long. */
  static long factorial(int n) {
    long f = 1;
    for (int k = 2; k <= n; k++) {
      if (f > Long.MAX_VALUE / k) {
        return -1;
      }
      f *= k;
    }
    return f;
  }
}
