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

  /** The series the third-party link uses: the one marked {@code link}, else the first; null if none. */
  public Indicator.Series linkSeries() {
    Indicator.Series first = null;
    for (Indicator i : indicators) {
      if (i instanceof Indicator.Series s) {
        if (s.link()) {
          return s;
        }
        first = first == null ? s : first;
      }
    }
    return first;
  }
}
