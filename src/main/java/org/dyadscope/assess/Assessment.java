package org.dyadscope.assess;

import java.util.List;

/**
 * The result of {@link Assessor#assess}.
 *
 * @param segments the period's segments between breakpoints
 * @param firstYear first year of the case period
 * @param lastYear last year of the case period
 * @param thirdPartyDescription what the third-party series is
 * @param thirdParty the third-party series within the period
 * @param themes one result per theme, in case order
 */
public record Assessment(List<Segment> segments, int firstYear, int lastYear, String thirdPartyDescription,
    YearSeries thirdParty, List<ThemeResult> themes) {
  public Assessment {
    segments = List.copyOf(segments);
    themes = List.copyOf(themes);
  }
}
