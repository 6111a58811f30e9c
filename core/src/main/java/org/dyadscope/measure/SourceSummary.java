package org.dyadscope.measure;

import java.util.List;

/**
 * One event source over the whole case period.
 *
 * @param source dataset name
 * @param events events of the source (any dyad) dated in the months it covers: the events its series
 *     count
 * @param eventsUncovered events of the source dated in months without coverage (back-dated
 *     reports), in no series
 * @param firstPeriod first month with an event, {@code YYYY-MM}; null when none
 * @param lastPeriod last month with an event; null when none
 * @param monthsCovered months with at least one event
 * @param months months in the case period
 * @param gaps runs of gap months inside the case period
 */
public record SourceSummary(
    String source, long events, long eventsUncovered, String firstPeriod, String lastPeriod, int monthsCovered, int months,
    List<CoverageGap> gaps) {
  public SourceSummary {
    gaps = List.copyOf(gaps);
  }

  /**
   * The gap runs strictly between the first and the last month with data: holes in the source's
   * coverage, not the months before it starts or after it ends. Empty when the source has no data.
   */
  public List<CoverageGap> innerGaps() {
    if (firstPeriod == null) {
      return List.of();
    }
    return gaps.stream().filter(g -> g.from().compareTo(firstPeriod) > 0 && g.to().compareTo(lastPeriod) < 0).toList();
  }

  /** Summaries from monthly coverage rows (one per source and month, months ascending). */
  static List<SourceSummary> of(List<String> sources, List<CoveragePoint> monthly) {
    List<SourceSummary> out = new java.util.ArrayList<>();
    for (String s : sources) {
      List<CoveragePoint> rows = monthly.stream().filter(p -> p.source().equals(s)).toList();
      long events = 0;
      long uncovered = 0;
      String first = null;
      String last = null;
      int covered = 0;
      List<CoverageGap> gaps = new java.util.ArrayList<>();
      String runStart = null;
      String prev = null;
      int runLen = 0;
      for (CoveragePoint p : rows) {
        events += p.sourceEvents();
        uncovered += p.uncoveredEvents();
        if (p.gap()) {
          if (runStart == null) {
            runStart = p.period();
            runLen = 0;
          }
          runLen++;
        } else {
          covered++;
          first = first == null ? p.period() : first;
          last = p.period();
          if (runStart != null) {
            gaps.add(new CoverageGap(s, runStart, prev, runLen));
            runStart = null;
          }
        }
        prev = p.period();
      }
      if (runStart != null) {
        gaps.add(new CoverageGap(s, runStart, prev, runLen));
      }
      out.add(new SourceSummary(s, events, uncovered, first, last, covered, rows.size(), gaps));
    }
    return out;
  }
}
