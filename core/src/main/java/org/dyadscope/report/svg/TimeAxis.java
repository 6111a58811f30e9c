package org.dyadscope.report.svg;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A time axis in chart units: month {@code i} of the range spans [i, i+1) (monthly axis) or year
 * {@code y} spans [y, y+1) (yearly axis); values are drawn at the middle of their period.
 */
public final class TimeAxis {
  /** A labelled tick. */
  record Tick(double x, String label) {}

  private final boolean monthly;
  private final YearMonth start;
  private final YearMonth end;

  private TimeAxis(boolean monthly, YearMonth start, YearMonth end) {
    this.monthly = monthly;
    this.start = start;
    this.end = end;
  }

  /** A monthly axis from {@code start} to {@code end} inclusive, ticks at each January. */
  public static TimeAxis months(YearMonth start, YearMonth end) {
    return new TimeAxis(true, start, end);
  }

  /** A yearly axis from {@code y0} to {@code y1} inclusive. */
  public static TimeAxis years(int y0, int y1) {
    return new TimeAxis(false, YearMonth.of(y0, 1), YearMonth.of(y1, 12));
  }

  double min() {
    return monthly ? 0 : start.getYear();
  }

  double max() {
    return monthly ? monthIndex(end) + 1 : end.getYear() + 1;
  }

  private long monthIndex(YearMonth ym) {
    return (ym.getYear() - start.getYear()) * 12L + ym.getMonthValue() - start.getMonthValue();
  }

  /** The middle of a period labelled {@code YYYY-MM} (monthly axis) or {@code YYYY} (yearly). */
  public double x(String period) {
    if (period.length() == 4) {
      int y = Integer.parseInt(period);
      return monthly ? monthIndex(YearMonth.of(y, 7)) : y + 0.5;
    }
    YearMonth ym = YearMonth.parse(period);
    return monthly ? monthIndex(ym) + 0.5 : ym.getYear() + (ym.getMonthValue() - 0.5) / 12.0;
  }

  /** The position of one day. */
  public double x(LocalDate d) {
    YearMonth ym = YearMonth.from(d);
    double inMonth = (d.getDayOfMonth() - 1) / (double) ym.lengthOfMonth();
    return monthly ? monthIndex(ym) + inMonth
        : d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }

  /** True when the day lies on the axis. */
  boolean contains(LocalDate d) {
    return !d.isBefore(start.atDay(1)) && !d.isAfter(end.atEndOfMonth());
  }

  /**
   * Year ticks; every second or fifth year on long axes so labels do not collide. A monthly axis of
   * three years or less gets quarterly ticks labelled {@code YYYY-MM}.
   */
  List<Tick> ticks() {
    if (monthly && max() <= 36) {
      List<Tick> out = new ArrayList<>();
      for (YearMonth ym = start; !ym.isAfter(end); ym = ym.plusMonths(1)) {
        if ((ym.getMonthValue() - 1) % 3 == 0) {
          out.add(new Tick(monthIndex(ym), ym.toString()));
        }
      }
      return out.isEmpty() ? List.of(new Tick(0, start.toString())) : out;
    }
    int years = end.getYear() - start.getYear() + 1;
    int every = years <= 16 ? 1 : years <= 40 ? 2 : 5;
    List<Tick> out = new ArrayList<>();
    for (int y = start.getYear(); y <= end.getYear(); y++) {
      if ((y - start.getYear()) % every != 0) {
        continue;
      }
      double x = monthly ? monthIndex(YearMonth.of(y, 1)) : y;
      if (x >= min()) {
        out.add(new Tick(x, Integer.toString(y)));
      }
    }
    return out;
  }

  /** Where a tick label sits: on the tick for months (start of year), mid-year for a yearly axis. */
  double labelOffset() {
    return monthly ? 0 : 0.5;
  }
}
