package org.dyadscope.code.lexicon;

import java.time.LocalDate;

/**
 * One office a person held, a row of the lexicon's {@code roles.tsv}.
 *
 * @param person the person key that {@code person:<key>} flags of {@code actors.tsv} name, e.g.
 *     {@code putin}
 * @param code the state the office belongs to, ISO-3166 alpha-3
 * @param role the office, e.g. {@code President of Russia}
 * @param from first day in office (a year given alone counts from 1 January)
 * @param to last day in office (a year given alone counts to 31 December), or null while in office
 *     when the table was last checked
 * @param fromText {@code from} as written in the file (a date or a year), for display
 * @param toText {@code to} as written, or empty
 */
public record Role(String person, String code, String role, LocalDate from, LocalDate to, String fromText,
    String toText) {
  /** True when the office was held on some day of {@code [start, end]} (inclusive). */
  boolean overlaps(LocalDate start, LocalDate end) {
    return !from.isAfter(end) && (to == null || !to.isBefore(start));
  }
}
