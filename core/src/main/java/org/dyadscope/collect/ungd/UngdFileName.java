package org.dyadscope.collect.ungd;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a UN General Debate Corpus speech file, {@code ISO3_session_year.txt}, e.g.
 * {@code RUS_70_2015.txt}.
 *
 * <p>Source: UNGDC README (Jankin, Baturo &amp; Dasandi; Harvard Dataverse doi:10.7910/DVN/0TJX8Y):
 * "ISO 3166-1 alpha-3 country code, followed by the UN Session number, followed by year". Session
 * {@code n} opens in September of year {@code n + 1945} (session 1 = 1946), so a name whose year
 * disagrees with its session is rejected. The speaker part is taken as written (upper case, 2-3
 * letters): the corpus also holds a few speakers that are not ISO-3 states.
 *
 * @param speaker the code before the first underscore, e.g. {@code RUS}
 * @param session UNGA session number, 1 or more
 * @param year calendar year of the session's general debate
 */
public record UngdFileName(String speaker, int session, int year) {
  /** The expected pattern, as shown to users in quarantine reasons. */
  public static final String PATTERN_TEXT = "ISO3_session_year.txt, e.g. RUS_70_2015.txt";

  private static final Pattern NAME = Pattern.compile("([A-Z]{2,3})_(\\d{1,3})_(\\d{4})\\.txt");

  /** First calendar year of session 1 minus one: year = session + 1945. */
  public static final int SESSION_YEAR_OFFSET = 1945;

  /**
   * Parses a bare file name (no folders).
   *
   * @return the parts, or empty when the name does not follow the pattern or its year is not
   *     session + 1945
   */
  public static Optional<UngdFileName> parse(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    int session = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    if (session < 1 || year != session + SESSION_YEAR_OFFSET) {
      return Optional.empty();
    }
    return Optional.of(new UngdFileName(m.group(1), session, year));
  }

  /** Stable document id, e.g. {@code ungd:RUS_70_2015}. */
  public String docId() {
    return "ungd:" + speaker + "_" + session + "_" + year;
  }

  /** Human-readable title, e.g. {@code UN General Debate, session 70 (2015): RUS}. */
  public String title() {
    return "UN General Debate, session " + session + " (" + year + "): " + speaker;
  }
}
