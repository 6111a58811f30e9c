package org.dyadscope.assess;

/**
 * What one indicator read on the data.
 *
 * @param themeId the theme
 * @param indicator the indicator and its rule
 * @param coverage for a series, the share of the period's years with a value (for a link, with
 *     both values); for an evidence item, {@link Assessor#FACT_COVERAGE} when observed, 0 when unavailable
 * @param level for a series, the mean over the period's years (NaN without data); for a link, r;
 *     for an evidence item, 1 present, 0 absent, NaN unavailable
 * @param score the reading in [−1, 1]: negative challenge, positive opportunity; NaN without data
 * @param observed a short account for tables: {@code 7/11 years}, {@code present}, {@code unavailable}
 * @param citedFact whether it reads a fact the case cites (an evidence item stated with its
 *     source, not observed by a query over the store); false for series, links and query evidence
 */
public record IndicatorResult(String themeId, Indicator indicator, double coverage, double level, double score,
    String observed, boolean citedFact) {
  /** What it reads, for tables: {@code cited fact} or {@code data}. */
  public String reads() {
    return citedFact ? "cited fact" : "data";
  }

  /** Whether the indicator had any data. */
  public boolean hasData() {
    return coverage > 0 && !Double.isNaN(score);
  }

  /** The side the reading points to, or null when it points to neither (or has no data). */
  public Side side() {
    if (!hasData() || Math.abs(score) < Assessor.NEUTRAL_SCORE) {
      return null;
    }
    return score > 0 ? Side.OPPORTUNITY : Side.CHALLENGE;
  }
}
