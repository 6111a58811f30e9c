package org.dyadscope.collect.icews;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses ICEWS "Event Date" values of one file: {@code yyyy-MM-dd} as published on Dataverse, or
 * {@code m/d/yyyy} as written by a spreadsheet (US locale) that re-saved the file.
 *
 * <p>The first date that parses fixes the file's format; a later date in the other format is
 * rejected, so no file is ever read half in one format and half in the other (a mix means the file
 * was edited by hand and its day/month order cannot be trusted). {@code 12/1/2017} is 2017-12-01.
 * A slash date that shows the order is not month first ({@code 13/1/2017}) or has a 2-digit year
 * refuses the whole file ({@link AmbiguousDates}): guessing would silently swap days and months.
 * One instance per file read.
 */
final class IcewsDates {
  private enum Format { ISO, US }

  private Format format;
  private long fixedAtLine;

  /**
   * @param line the line the value is on (to say which line fixed the format)
   * @throws BadRow when the value is not a date in the file's format
   */
  LocalDate parse(String value, long line) throws BadRow, AmbiguousDates {
    Format f = value.indexOf('/') >= 0 ? Format.US : Format.ISO;
    if (f == Format.US) {
      refuseAmbiguous(value, line);
    }
    LocalDate d = f == Format.ISO ? iso(value) : us(value);
    if (d == null) {
      throw new BadRow("Event Date '" + value + "' is not a "
          + (f == Format.ISO ? "yyyy-MM-dd" : "m/d/yyyy") + " date");
    }
    if (format == null) {
      format = f;
      fixedAtLine = line;
    } else if (format != f) {
      throw new BadRow("Event Date '" + value + "' is " + name(f) + " but this file's dates are "
          + name(format) + " (from line " + fixedAtLine + "); a file must use one date format");
    }
    return d;
  }

  /**
   * Refuses the whole file when a slash date shows the file is not m/d/yyyy: a first part above 12
   * with a second part of 12 or less ({@code 13/1/2018}: day first) means every earlier date with
   * both parts up to 12 may have been read with day and month swapped; a 2-digit year
   * ({@code 12/1/17}) leaves the century unknown. Neither can be repaired row by row.
   */
  private static void refuseAmbiguous(String value, long line) throws AmbiguousDates {
    int a = value.indexOf('/');
    int b = value.indexOf('/', a + 1);
    if (a < 1 || b < 0) {
      return; // not a d/d/d shape: the row is quarantined as an unreadable date
    }
    int first = number(value, 0, a);
    int second = number(value, a + 1, b);
    int yearDigits = value.length() - b - 1;
    if (first > 12 && second >= 1 && second <= 12) {
      throw new AmbiguousDates(line, value, "puts the day first (d/m/yyyy), so the file's day and"
          + " month order is ambiguous and earlier dates such as 6/1 cannot be read safely");
    }
    if (yearDigits == 2 && first >= 1 && second >= 1) {
      throw new AmbiguousDates(line, value, "has a 2-digit year, so the century is ambiguous");
    }
  }

  private static String name(Format f) {
    return f == Format.ISO ? "yyyy-MM-dd" : "m/d/yyyy";
  }

  private static LocalDate iso(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    return date(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
  }

  private static LocalDate us(String s) {
    int a = s.indexOf('/');
    int b = s.indexOf('/', a + 1);
    if (a < 1 || a > 2 || b - a < 2 || b - a > 3 || s.length() - b != 5) {
      return null;
    }
    return date(number(s, b + 1, s.length()), number(s, 0, a), number(s, a + 1, b));
  }

  private static LocalDate date(int y, int m, int d) {
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int number(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int c = s.charAt(i) - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }
}
