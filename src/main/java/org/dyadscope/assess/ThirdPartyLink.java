package org.dyadscope.assess;

/**
 * How a theme's indicator moves with the third-party dyad's series (for the flagship case, the
 * RUS↔USA conflict series).
 *
 * @param indicator id of the theme's indicator correlated
 * @param r Pearson r over the years both series cover, lag 0; NaN when fewer than 3 pairs or constant
 * @param p two-sided permutation p-value of r at lag 0 (see {@link PermutationTest}); NaN with r
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
  /** Whether r could be computed. */
  public boolean defined() {
    return !Double.isNaN(r);
  }
}
