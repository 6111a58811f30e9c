package org.dyadscope.code.lexicon;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dated offices of the leaders the actor lexicon names ({@code roles.tsv}), so that a mention of a
 * leader is read with the office the person held when the document was written: "Medvedev" in a
 * 2010 text is the President of Russia, in 2015 its Prime Minister; "Obama" in a 2018 text is a
 * former President of the United States.
 *
 * <p><b>File format.</b> UTF-8, tab-separated, {@code #} comments, header {@code person code role
 * from to source}; one row per office and term; {@code from}, {@code to} are ISO dates
 * ({@code 2012-05-07}) or a year alone when the day is not known; an empty {@code to} means in
 * office as far as the table records; {@code source} cites where the dates come from. On the day
 * one office ends and another begins both are held, so both are given. A case's
 * {@code lexicon/roles.tsv} replaces every built-in row of each person it names (or the whole table
 * with a {@code mode: replace} comment).
 */
public final class Roles {
  private static final Pattern PERSON = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final String HEADER = "person\tcode\trole\tfrom\tto\tsource";

  private final Map<String, List<Role>> byPerson;

  private Roles(Map<String, List<Role>> byPerson) {
    this.byPerson = byPerson;
  }

  /**
   * Reads a roles table.
   *
   * @param text the file's text (see the class comment for the format)
   * @param name file name for error messages
   * @throws LexiconException naming {@code name} and the line when the header, a person key, a date
   *     or a date order is bad
   */
  static Roles read(String text, String name) {
    return new Roles(group(parse(text, name)));
  }

  /**
   * This table with the rows of {@code override} applied: each person it names replaces that
   * person's rows here; {@code replaceAll} drops this table first.
   */
  Roles with(Roles override, boolean replaceAll) {
    Map<String, List<Role>> m = replaceAll ? new LinkedHashMap<>() : new LinkedHashMap<>(byPerson);
    m.putAll(override.byPerson);
    return new Roles(m);
  }

  /** The offices of {@code person}, oldest first; empty when unknown. */
  public List<Role> of(String person) {
    return byPerson.getOrDefault(person, List.of());
  }

  /**
   * The office {@code person} held at {@code date}, as a phrase for a reader.
   *
   * @param person a person key ({@code putin})
   * @param date ISO date, year-month or year of the document ({@code 2015-09-28}, {@code 2015-09},
   *     {@code 2015}); a year or month is the whole period
   * @return the offices held during the period, joined by {@code " / "}, with {@code " from
   *     <date>"} or {@code " until <date>"} when a term begins or ends inside it ("President of
   *     Russia until 2012-05-07 / Prime Minister of Russia from 2012-05-08"); else {@code "former "}
   *     and the last office held before it; empty when the person is unknown, the date is missing
   *     or unreadable, or the period is before every office
   */
  public String at(String person, String date) {
    List<Role> roles = of(person);
    LocalDate[] period = period(date);
    if (roles.isEmpty() || period == null) {
      return "";
    }
    LocalDate start = period[0];
    LocalDate end = period[1];
    List<String> held = new ArrayList<>();
    Role lastBefore = null;
    for (Role r : roles) {
      if (r.overlaps(start, end)) {
        String s = r.role();
        if (r.from().isAfter(start)) {
          s += " from " + r.fromText();
        }
        if (r.to() != null && r.to().isBefore(end)) {
          s += " until " + r.toText();
        }
        held.add(s);
      } else if (r.to() != null && r.to().isBefore(start)
          && (lastBefore == null || r.to().isAfter(lastBefore.to()))) {
        lastBefore = r;
      }
    }
    if (!held.isEmpty()) {
      return String.join(" / ", held);
    }
    return lastBefore == null ? "" : "former " + lastBefore.role();
  }

  /**
   * The days a document date covers.
   *
   * @param date ISO date ({@code 2015-09-28}, a time after it ignored), year-month ({@code 2015-09})
   *     or year ({@code 2015})
   * @return {@code [first day, last day]}, both inclusive; null when {@code date} is null or none of
   *     the three forms
   */
  public static LocalDate[] period(String date) {
    if (date == null) {
      return null;
    }
    try {
      if (date.length() == 4) {
        int y = Integer.parseInt(date);
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      if (date.length() == 7) {
        LocalDate first = LocalDate.parse(date + "-01");
        return new LocalDate[] {first, first.withDayOfMonth(first.lengthOfMonth())};
      }
      if (date.length() > 10 && date.charAt(10) != 'T') {
        return null;
      }
      LocalDate d = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
      return new LocalDate[] {d, d};
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  private static List<Role> parse(String text, String name) {
    List<Role> rows = new ArrayList<>();
    TsvRows.read(text, name,
        f -> Arrays.stream(f).map(String::trim).toList().equals(List.of(HEADER.split("\t"))),
        HEADER, (f, where) -> rows.add(row(f, where)));
    return rows;
  }

  private static Role row(String[] f, String where) {
    if (f.length < 5) {
      throw new LexiconException(where + ": expected the tab-separated columns person, code, role, from, "
          + "to and source (to and source may be empty), found " + f.length + " columns");
    }
    String person = f[0].trim();
    if (!PERSON.matcher(person).matches()) {
      throw new LexiconException(where + ": person key '" + person
          + "' must be lower-case letters, digits and '-' (the key a person:<key> flag in actors.tsv names)");
    }
    String code = f[1].trim();
    String role = f[2].trim();
    if (code.isEmpty() || role.isEmpty()) {
      throw new LexiconException(where + ": code and role must not be empty");
    }
    String fromText = f[3].trim();
    String toText = f[4].trim();
    if (fromText.isEmpty()) {
      throw new LexiconException(where + ": 'from' must be given (an ISO date or a year)");
    }
    LocalDate from = bound(fromText, true, where, "from");
    LocalDate to = toText.isEmpty() ? null : bound(toText, false, where, "to");
    if (to != null && to.isBefore(from)) {
      throw new LexiconException(where + ": 'to' " + toText + " is before 'from' " + fromText);
    }
    return new Role(person, code, role, from, to, fromText, toText);
  }

  private static LocalDate bound(String text, boolean first, String where, String column) {
    try {
      if (YEAR.matcher(text).matches()) {
        int y = Integer.parseInt(text);
        return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new LexiconException(where + ": '" + column + "' " + text
          + " is neither an ISO date (2012-05-07) nor a year (1998)", e);
    }
  }

  private static Map<String, List<Role>> group(List<Role> rows) {
    Map<String, List<Role>> m = new LinkedHashMap<>();
    for (Role r : rows) {
      m.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r);
    }
    m.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(Role::from)).toList());
    return m;
  }
}
