package org.dyadscope.assess;

import java.util.List;

/**
 * One issue-area of the assessment, e.g. one finding of the study.
 *
 * @param id short id, e.g. {@code C1}
 * @param finding the study's finding in its words
 * @param studyClaim whether the study calls it a challenge or an opportunity
 * @param note what the data can and cannot say about it (shown in the report)
 * @param indicators its indicators, at least one
 */
public record ThemeSpec(String id, String finding, Side studyClaim, String note, List<Indicator> indicators) {
  public ThemeSpec {
    indicators = List.copyOf(indicators);
    note = note == null ? "" : note;
  }

  /**
   * The indicator the theme's third-party link reports: its first {@link Indicator.Link}, else the
   * series marked {@code link}, else the first series; null if the theme has no series.
   */
  public Indicator linkIndicator() {
    Indicator first = null;
    Indicator marked = null;
    for (Indicator i : indicators) {
      if (i instanceof Indicator.Link) {
        return i;
      }
      if (i instanceof Indicator.Series s) {
        marked = marked == null && s.link() ? s : marked;
        first = first == null ? s : first;
      }
    }
    return marked != null ? marked : first;
  }
}
