package org.dyadscope.measure;

import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;

/**
 * One cell of an event series: one source, one directed dyad, one period.
 *
 * <p>In a gap (the source has no event at all that period, {@link CoveragePoint#gap()}) every value
 * is null: nothing is known. In a covered period with no dyad events, {@code events} and
 * {@code share} are 0 and the means and shares are null; {@code goldsteinSum} is 0 when the source
 * carries Goldstein values at all.
 *
 * @param source dataset name
 * @param dyad directed dyad (actor1 country → actor2 country)
 * @param frequency the period's frequency
 * @param period {@code YYYY-MM} or {@code YYYY}
 * @param events number of dyad events
 * @param share dyad events / all events of the source that period (0..1): the normalised volume,
 *     since GDELT/ICEWS total volume changes over time
 * @param goldsteinMean mean Goldstein score (−10..+10) of dyad events with a score
 * @param goldsteinSum sum of the Goldstein scores
 * @param quad1 share 0..1 of the dyad events with a QuadClass that are verbal cooperation
 * @param quad2 material cooperation share
 * @param quad3 verbal conflict share
 * @param quad4 material conflict share
 * @param toneMean mean GDELT AvgTone; null where the source has no tone
 * @param eventsDedup dyad events counted under the run's {@link DedupPolicy} (equal to
 *     {@code events} under {@code none}); null in a gap
 * @param eventsNoGoldstein dyad events without a Goldstein score (left out of the means); null in a gap
 * @param eventsCitation dyad events whose SOURCEURL is a citation without a domain (e.g. "BBC
 *     Monitoring"); null in a gap
 */
public record SeriesPoint(
    String source,
    Dyad dyad,
    Frequency frequency,
    String period,
    Long events,
    Double share,
    Double goldsteinMean,
    Double goldsteinSum,
    Double quad1,
    Double quad2,
    Double quad3,
    Double quad4,
    Double toneMean,
    Long eventsDedup,
    Long eventsNoGoldstein,
    Long eventsCitation) {

  /** A point without de-duplicated and audit counts (all three null). */
  public SeriesPoint(String source, Dyad dyad, Frequency frequency, String period, Long events,
      Double share, Double goldsteinMean, Double goldsteinSum, Double quad1, Double quad2,
      Double quad3, Double quad4, Double toneMean) {
    this(source, dyad, frequency, period, events, share, goldsteinMean, goldsteinSum, quad1, quad2,
        quad3, quad4, toneMean, null, null, null);
  }
}
