package org.dyadscope.assess;

/**
 * How a theme's indicator moves with the third-party dyad's series (for the flagship case, the
 * RUS↔USA conflict series).
 *
 * @param indicator id of the theme's indicator correlated
 * @param r Pearson r over the years both series cover, lag 0; NaN when fewer than 3 pairs or constant
 * @param p two-sided permutation p-value of r at lag 0 (see {@link PermutationTest}); NaN with r,
 *     and NaN when n &lt; {@link #MIN_TESTED_PAIRS} (r is still given)
 * @param n pairs at lag 0
 * @param exact whether p enumerates every ordering
 * @param bestLag the lag in [−maxLag, maxLag] with the largest |r| among lags with at least
 *     {@link LeadLag#MIN_PAIRS} pairs; positive = the indicator follows the third party by that
 *     many years, negative = it leads; 0 when no lag has enough pairs
 * @param bestLagR r at the best lag (NaN when none); exploratory, not tested (choosing the
 *     best of several lags would bias a p-value)
 * @param bestLagN pairs at the best lag
 */
public record ThirdPartyLink(String indicator, double r, double p, int n, boolean exact, int bestLag, double bestLagR,
    int bestLagN) {
  /**
   * Fewest paired years for which r gets a p-value. Yearly political series trend and are
   * autocorrelated, so the permutation test's premise that years are exchangeable is weak, and on
   * few points one year moves r across most of [−1, 1]: with 4 pairs the exact test has 24
   * orderings and no p below 1/12, with 5 a single outlier decides r. From 8 pairs the exact test
   * has 40,320 orderings and |r| must pass about 0.7 for p &lt; 0.05. Below the floor r is
   * printed as a description and p is left empty.
   */
  public static final int MIN_TESTED_PAIRS = 8;

  /** Whether r could be computed. */
  public boolean defined() {
    return !Double.isNaN(r);
  }

  /** Whether r has a p-value: r defined over at least {@link #MIN_TESTED_PAIRS} pairs. */
  public boolean tested() {
    return defined() && n >= MIN_TESTED_PAIRS;
  }

  /** Why r has no p-value, e.g. "4 paired years, fewer than 8"; empty when it has one or r is undefined. */
  public String untestedReason() {
    return !defined() || tested() ? "" : n + " paired years, fewer than " + MIN_TESTED_PAIRS + " for a p-value";
  }
}
