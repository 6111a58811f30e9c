package org.dyadscope.cases;

import java.time.LocalDate;
import java.time.YearMonth;

/** The case's period, whole months, inclusive at both ends, e.g. 2012-01..2022-12. */
public record Period(YearMonth start, YearMonth end) {
  public Period {
    if (start == null || end == null || end.isBefore(start)) {
      throw new IllegalArgumentException("period end " + end + " is before start " + start);
    }
  }

  public LocalDate firstDay() {
    return start.atDay(1);
  }

  public LocalDate lastDay() {
    return end.atEndOfMonth();
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(firstDay()) && !d.isAfter(lastDay());
  }
}
