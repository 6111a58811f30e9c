package org.dyadscope.measure;

import org.dyadscope.cases.Dyad;

/**
 * A dyad's events over the whole case period in one source, raw and de-duplicated.
 *
 * @param source dataset name
 * @param dyad directed dyad
 * @param events raw event rows
 * @param eventsDedup events under the run's {@link DedupPolicy}
 * @param noGoldstein events without a Goldstein score (left out of means)
 * @param citation events whose SOURCEURL is a citation without a domain
 */
public record DedupTotal(String source, Dyad dyad, long events, long eventsDedup, long noGoldstein,
    long citation) {
  /** The share of the raw events the policy keeps, in whole percent (rounded half up); null without events. */
  public Long keptPercent() {
    return events == 0 ? null : Math.round(100.0 * eventsDedup / events);
  }
}
