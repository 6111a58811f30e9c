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

  /** Themes whose agreement on the data indicators alone ({@link ThemeResult#dataAgreement}) is {@code a}. */
  public long dataAgreements(Agreement a) {
    return themes.stream().filter(t -> t.dataAgreement() == a).count();
  }

  /** Themes whose agreement with the case's cited facts added ({@link ThemeResult#agreement}) is {@code a}. */
  public long agreements(Agreement a) {
    return themes.stream().filter(t -> t.agreement() == a).count();
  }

  /** Themes whose verdict the case's cited facts decide ({@link ThemeResult#decidedByCitedFacts}), in case order. */
  public List<ThemeResult> decidedByCitedFacts() {
    return themes.stream().filter(ThemeResult::decidedByCitedFacts).toList();
  }
}
