package org.dyadscope.collect.icews;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses ICEWS "Event Date" values of one file: {@code yyyy-MM-dd} as published on Dataverse, or
 * {@code m/d/yyyy} as written by a spreadsheet (US locale) that re-saved the file.
 *
 * <p>The first date that parses fixes the file's format; a later date in the other format is
 * rejected, so no file is ever read half in one format and half in the other (a mix means the file
 * was edited by hand and its day/month order cannot be trusted). One instance per file read.
 */
final class IcewsDates {
  private enum Format { ISO, US }

  private Format format;
  private long fixedAtLine;

  /**
   * @param line the line the value is on (to say which line fixed the format)
   * @throws BadRow when the value is not a date in the file's format
   */
  LocalDate parse(String value, long line) throws BadRow {
    Format f = value.indexOf('/') >= 0 ? Format.US : Format.ISO;
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
