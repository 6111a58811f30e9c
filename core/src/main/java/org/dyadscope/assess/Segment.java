package org.dyadscope.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.cases.Period;

/**
 * A part of the case period between breakpoints: [from, to], both inclusive.
 *
 * @param from first day
 * @param to last day
 * @param opening the label of the breakpoint that opens it, or {@code period start}
 */
public record Segment(LocalDate from, LocalDate to, String opening) {
  /** Label for tables, e.g. {@code 2015-09-30..2018-05-07 (after Russian intervention in Syria)}. */
  public String label() {
    return from + ".." + to + (opening.equals(PERIOD_START) ? "" : " (after " + opening + ")");
  }

  static final String PERIOD_START = "period start";

  /** Whether the day lies in the segment. */
  public boolean contains(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  /**
   * The segments of a period cut at the breakpoints inside it (sorted by date; breakpoints outside
   * the period or on its first day are ignored).
   */
  public static List<Segment> of(Period period, List<Breakpoint> breakpoints) {
    List<Breakpoint> sorted = new ArrayList<>(breakpoints);
    sorted.sort((a, b) -> a.date().compareTo(b.date()));
    List<Segment> out = new ArrayList<>();
    LocalDate from = period.firstDay();
    String opening = PERIOD_START;
    for (Breakpoint b : sorted) {
      if (!b.date().isAfter(from) || b.date().isAfter(period.lastDay())) {
        continue;
      }
      out.add(new Segment(from, b.date().minusDays(1), opening));
      from = b.date();
      opening = b.label();
    }
    out.add(new Segment(from, period.lastDay(), opening));
    return out;
  }

  /**
   * The day a yearly value stands for: 2 July, the middle day of the year, so a year belongs to
   * the segment holding most of it (2015 to before the JCPOA of 14 July, 2018 to after the US
   * withdrawal of 8 May, 2022 to after the invasion of 24 February).
   */
  public static LocalDate yearMiddle(int year) {
    return LocalDate.of(year, 7, 2);
  }
}
