package org.dyadscope.code;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A document date as CSV files write it: always {@code YYYY-MM-DD} (so R, pandas and DuckDB parse
 * the column as dates) plus its precision, since a UN General Debate speech is dated by its year
 * alone and a date column mixing {@code 2012} and {@code 2012-10-18} is read as text, or, by pandas
 * with {@code parse_dates}, with {@code 2012} silently taken as 1 January.
 *
 * @param date the day, or the first day of the month or year a coarser date names
 * @param precision {@code day}, {@code month} or {@code year}
 */
public record IsoDate(LocalDate date, String precision) {
  /**
   * The date as a person reads it, to its precision: {@code 2017}, {@code 2017-09} or
   * {@code 2017-09-21}, from a CSV's {@code date} and {@code date_precision} cells.
   */
  public static String label(String isoDate, String precision) {
    return switch (precision) {
      case "year" -> isoDate.substring(0, 4);
      case "month" -> isoDate.substring(0, 7);
      default -> isoDate;
    };
  }

  /**
   * Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (the forms documents are stored with).
   *
   * @return null for a null or blank date
   * @throws IllegalArgumentException for any other form, naming the value
   */
  public static IsoDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return switch (s.length()) {
        case 4 -> new IsoDate(Year.parse(s).atDay(1), "year");
        case 7 -> new IsoDate(YearMonth.parse(s).atDay(1), "month");
        default -> new IsoDate(LocalDate.parse(s), "day");
      };
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("document date '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
}
