package org.dyadscope.measure;

import org.dyadscope.cases.Frequency;

/**
 * How well one event source covers one period.
 *
 * @param source dataset name
 * @param frequency the period's frequency
 * @param period {@code YYYY-MM} or {@code YYYY}
 * @param covered fraction 0..1 of the period's days (inside the case period) on which the source has
 *     at least one event of any dyad; 0 marks a gap
 * @param activeDays days with at least one event
 * @param days days of the period inside the case period
 * @param sourceEvents all events of the source dated in the period's covered months (the
 *     denominator of {@code share}); 0 in a gap
 * @param uncoveredEvents events of the source dated in the period's months without coverage
 *     (back-dated reports: a GDELT file of 2019-10 holding events of 2018-12), left out of every
 *     series
 */
public record CoveragePoint(
    String source, Frequency frequency, String period, double covered, long activeDays, long days,
    long sourceEvents, long uncoveredEvents) {
  /** True when the source has no event at all in the period. */
  public boolean gap() {
    return activeDays == 0;
  }
}
