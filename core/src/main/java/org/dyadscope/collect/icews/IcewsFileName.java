package org.dyadscope.collect.icews;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the names of ICEWS event files as published on Harvard Dataverse
 * (doi:10.7910/DVN/28075), case-insensitively, with their {@code .tab}, {@code .zip} or
 * {@code .tab.zip} ending:
 *
 * <ul>
 *   <li>yearly: {@code events.2018.20200427084805.tab} (year, then a 14-digit release stamp) or
 *       {@code events.2018.sample.tab};
 *   <li>monthly: {@code events.2018-06.20200427084805.tab} or {@code 201806-icews-events.tab};
 *   <li>daily and weekly updates: {@code 20181004-icews-events.zip}, optionally with a
 *       {@code -part1} suffix when Dataverse holds two files of one date. The name carries the
 *       release date only: from late 2018 ICEWS released daily, later weekly, so whether a file
 *       covers one day or one week is read from its rows' Event Date, never from the name.
 * </ul>
 *
 * A name's date is the period the file is labelled with, never the date of its events.
 */
public final class IcewsFileName {
  /** How often files of this name were released. */
  public enum Kind { YEARLY, MONTHLY, DAILY_OR_WEEKLY }

  /**
   * A recognised name.
   *
   * @param kind release cadence
   * @param first first day of the labelled period (the release date for daily/weekly files)
   * @param last last day of the labelled period (the release date for daily/weekly files)
   */
  public record Parsed(Kind kind, LocalDate first, LocalDate last) {}

  private static final String END = "(?:-part\\d+)?\\.(?:tab|tab\\.zip|zip|txt|tsv)$";
  private static final Pattern YEARLY = Pattern.compile("^events\\.(\\d{4})\\.(?:\\d{14}|sample)" + END);
  private static final Pattern MONTHLY_DOTTED =
      Pattern.compile("^events\\.(\\d{4})-(\\d{2})\\.(?:\\d{14}|sample)" + END);
  private static final Pattern MONTHLY = Pattern.compile("^(\\d{4})(\\d{2})-icews-events" + END);
  private static final Pattern DATED = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})-icews-events" + END);

  private IcewsFileName() {}

  /** The parsed name (any folder part is ignored), or null when it is not an ICEWS event file name. */
  public static Parsed parse(String name) {
    String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
        .toLowerCase(Locale.ROOT);
    try {
      Matcher m = YEARLY.matcher(n);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        return new Parsed(Kind.YEARLY, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
      m = MONTHLY_DOTTED.matcher(n);
      if (!m.matches()) {
        m = MONTHLY.matcher(n);
      }
      if (m.matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new Parsed(Kind.MONTHLY, ym.atDay(1), ym.atEndOfMonth());
      }
      m = DATED.matcher(n);
      if (m.matches()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        return new Parsed(Kind.DAILY_OR_WEEKLY, d, d);
      }
    } catch (DateTimeException e) {
      return null; // digits in the right places but no such date: not a name ICEWS publishes
    }
    return null;
  }
}
