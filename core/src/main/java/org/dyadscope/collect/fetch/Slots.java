package org.dyadscope.collect.fetch;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The GDELT event files a date range needs, by name: the expected slots, whether or not the master
 * list has them (a slot it lacks is a gap, reported, never skipped).
 *
 * <p>GDELT 1.0 (events): yearly backfiles {@code 1979.zip}..{@code 2005.zip}, monthly backfiles
 * {@code 200601.zip}..{@code 201303.zip}, then one daily file {@code 20130401.export.CSV.zip} a day
 * (GDELT 1.0 documentation, "Historical backfiles"). GDELT 2.0: one export file every 15 minutes,
 * {@code 20150218230000.export.CSV.zip} being the first (GDELT 2.0 announcement, 2015-02-19).
 * A file's name is the period it was published for, never its events' dates: a yearly backfile
 * covers the events of that year, a 2.0 file the events reported in that quarter hour.
 */
public final class Slots {
  /** First day with a GDELT 1.0 daily file. */
  public static final LocalDate V1_DAILY_START = LocalDate.of(2013, 4, 1);
  /** First GDELT 2.0 quarter hour. */
  public static final LocalDateTime V2_START = LocalDateTime.of(2015, 2, 18, 23, 0);
  /** First year of GDELT 1.0. */
  public static final int V1_FIRST_YEAR = 1979;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** One expected file: its name and the first and last day it covers. */
  public record Slot(String name, LocalDate first, LocalDate last) {}

  private Slots() {}

  /**
   * GDELT 1.0 files covering {@code from}..{@code to} (inclusive): whole years to 2005, months
   * 2006-01..2013-03, days from 2013-04-01.
   *
   * @throws IllegalArgumentException when the range is empty or starts before 1979
   */
  public static List<Slot> v1(LocalDate from, LocalDate to) {
    check(from, to);
    if (from.getYear() < V1_FIRST_YEAR) {
      throw new IllegalArgumentException("GDELT 1.0 starts in " + V1_FIRST_YEAR + "; --from " + from + " is before it");
    }
    List<Slot> out = new ArrayList<>();
    for (int y = from.getYear(); y <= Math.min(to.getYear(), 2005); y++) {
      out.add(new Slot(y + ".zip", LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }
    YearMonth m = YearMonth.from(from).isBefore(YearMonth.of(2006, 1)) ? YearMonth.of(2006, 1) : YearMonth.from(from);
    YearMonth lastMonth = YearMonth.from(to).isAfter(YearMonth.of(2013, 3)) ? YearMonth.of(2013, 3) : YearMonth.from(to);
    for (; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
      out.add(new Slot(String.format("%04d%02d.zip", m.getYear(), m.getMonthValue()), m.atDay(1), m.atEndOfMonth()));
    }
    for (LocalDate d = from.isBefore(V1_DAILY_START) ? V1_DAILY_START : from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(new Slot(d.format(DAY) + ".export.CSV.zip", d, d));
    }
    return out;
  }

  /**
   * GDELT 2.0 export files covering {@code from}..{@code to}: every quarter hour ({@code daily} =
   * false) or the 00:00 file of each day only ({@code daily} = true, a sample: say so when using it).
   * Quarter hours before GDELT 2.0 began are not slots.
   *
   * @throws IllegalArgumentException when the range is empty or ends before GDELT 2.0 began
   */
  public static List<Slot> v2(LocalDate from, LocalDate to, boolean daily) {
    check(from, to);
    if (to.atTime(23, 45).isBefore(V2_START)) {
      throw new IllegalArgumentException("GDELT 2.0 starts on " + V2_START.toLocalDate()
          + "; for " + from + ".." + to + " use --version 1");
    }
    List<Slot> out = new ArrayList<>();
    LocalDateTime end = to.atTime(23, 45);
    for (LocalDateTime t = from.atStartOfDay(); !t.isAfter(end); t = t.plusMinutes(daily ? 1440 : 15)) {
      if (!t.isBefore(V2_START)) {
        out.add(new Slot(t.format(STAMP) + ".export.CSV.zip", t.toLocalDate(), t.toLocalDate()));
      }
    }
    return out;
  }

  private static void check(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }
}
