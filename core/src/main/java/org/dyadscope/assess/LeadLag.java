package org.dyadscope.assess;

/** Correlates an indicator with a third-party series at lag 0 (tested) and at nearby lags (explored). */
public final class LeadLag {
  /** Fewest pairs for a lag's r to be considered. */
  public static final int MIN_PAIRS = 4;

  private LeadLag() {}

  /**
   * The link of {@code indicator} to {@code thirdParty}.
   *
   * @param maxLag lags −maxLag..maxLag years are explored
   * @param test the permutation test applied at lag 0, when there are at least
   *     {@link ThirdPartyLink#MIN_TESTED_PAIRS} pairs (otherwise r only, p NaN)
   */
  public static ThirdPartyLink link(YearSeries indicator, YearSeries thirdParty, int maxLag, PermutationTest test) {
    double[][] zero = indicator.pairedWith(thirdParty, 0);
    int n = zero[0].length;
    PermutationTest.Result res = n >= ThirdPartyLink.MIN_TESTED_PAIRS ? test.test(zero[0], zero[1])
        : new PermutationTest.Result(Correlation.pearson(zero[0], zero[1]), Double.NaN, n, 0, false);
    int bestLag = 0;
    double bestR = Double.NaN;
    int bestN = 0;
    for (int lag = -maxLag; lag <= maxLag; lag++) {
      double[][] pairs = indicator.pairedWith(thirdParty, lag);
      if (pairs[0].length < MIN_PAIRS) {
        continue;
      }
      double r = Correlation.pearson(pairs[0], pairs[1]);
      // ties go to the lag nearest 0, then to the negative side (scan order)
      if (!Double.isNaN(r) && (Double.isNaN(bestR) || Math.abs(r) > Math.abs(bestR) + 1e-12
          || (Math.abs(Math.abs(r) - Math.abs(bestR)) <= 1e-12 && Math.abs(lag) < Math.abs(bestLag)))) {
        bestLag = lag;
        bestR = r;
        bestN = pairs[0].length;
      }
    }
    return new ThirdPartyLink(indicator.id(), res.r(), res.p(), res.n(), res.exact(), bestLag, bestR, bestN);
  }
}
