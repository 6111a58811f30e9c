package org.dyadscope.assess;

import java.util.List;

/**
 * The assessment of one theme.
 *
 * @param theme the theme as stated in the case
 * @param verdict challenge, opportunity, mixed or insufficient data
 * @param agreement the verdict against the study's claim
 * @param strength |Σ c·s| / Σ c over indicators with data (c coverage, s score), in [0, 1]; NaN without data
 * @param balance (P − N) / (P + N) with P = Σ c·max(s, 0), N = Σ c·max(−s, 0), in [−1, 1]; NaN
 *     when no indicator points to a side
 * @param trend the trend label
 * @param trendDelta last minus first segment score among segments with data; NaN when fewer than two
 * @param segmentScores per segment of the period, in order, the mean score of the readings dated
 *     in it (NaN when none)
 * @param confidence mean coverage over all the theme's indicators, in [0, 1]
 * @param link the correlation with the third-party series; null when the theme has no series
 *     indicator or the third party has no data
 * @param evidenceIds the evidence items the theme reads, in theme order
 * @param indicators what each indicator read
 * @param dataVerdict the verdict of the data indicators alone, the case's cited facts left out
 *     (insufficient data when the theme reads cited facts only)
 * @param dataAgreement {@code dataVerdict} against the study's claim
 */
public record ThemeResult(ThemeSpec theme, Verdict verdict, Agreement agreement, double strength, double balance,
    Trend trend, double trendDelta, List<Double> segmentScores, double confidence, ThirdPartyLink link,
    List<String> evidenceIds, List<IndicatorResult> indicators, Verdict dataVerdict, Agreement dataAgreement) {
  public ThemeResult {
    segmentScores = List.copyOf(segmentScores);
    evidenceIds = List.copyOf(evidenceIds);
    indicators = List.copyOf(indicators);
  }

  /**
   * What the agreement rests on: {@code data} when the data indicators alone give the same
   * agreement with the study, {@code cited facts} when the case's cited facts change it.
   */
  public String agreementRestsOn() {
    return decidedByCitedFacts() ? "cited facts" : "data";
  }

  /** Whether the case's cited facts change the agreement the data alone give. */
  public boolean decidedByCitedFacts() {
    return dataAgreement != agreement;
  }

  /** Indicators with a reading that read the data (series, links, query evidence). */
  public long dataReadings() {
    return indicators.stream().filter(r -> r.hasData() && !r.citedFact()).count();
  }

  /** Indicators with a reading that read the case's cited facts. */
  public long citedReadings() {
    return indicators.stream().filter(r -> r.hasData() && r.citedFact()).count();
  }
}
