package org.dyadscope.assess;

/**
 * Pearson's product-moment correlation of paired values, computed in two passes (means first)
 * for numerical stability.
 */
public final class Correlation {
  private Correlation() {}

  /**
   * r of {@code x} and {@code y}, in [−1, 1].
   *
   * @return NaN when fewer than 3 pairs or when either side is constant (r is undefined)
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("paired series differ in length: " + x.length + " and " + y.length);
    }
    int n = x.length;
    if (n < 3) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  }
}
