package org.dyadscope.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadscope.collect.Countries;
import org.dyadscope.yaml.YamlErrors;

/**
 * A yearly series of one dyad named without SQL, as written in {@code themes.yaml} (an indicator's
 * or the third party's {@code measure} and {@code dyad}) and {@code trace.yaml} (an observation's):
 * compiled to a query over the measure stage's tables, so it runs through the same query paths as a
 * hand-written one and reads the same numbers as the report's charts.
 *
 * <p>Event measures read {@code event_series} (frequency {@code year}): each year takes the event
 * set with the most events of the dyad that year, at least {@code minEvents}, because the sets'
 * volumes are not comparable with each other (ties go to the set named first alphabetically). A
 * dyad {@code A<->B} pools both directions (counts and shares summed, means and QuadClass shares
 * weighted by events). {@code unga_distance} reads the UNGA ideal-point distance of the pair
 * (either direction), {@code arms_tiv} and {@code arms_deals} the SIPRI deliveries of supplier
 * {@code A} to recipient {@code B} ({@code A<->B}: both ways summed).
 *
 * @param measure one of {@link #MEASURES}' keys
 * @param source the first actor (ISO-3), the dyad's source or the supplier
 * @param target the second actor
 * @param bothWays whether the dyad was written {@code A<->B}
 * @param minEvents the fewest events of the dyad a year's event set needs (event measures only)
 */
public record YearlyMeasure(String measure, String source, String target, boolean bothWays, int minEvents) {
  /** The measures and what each is, with its unit: the reference of docs/case-files.md. */
  public static final Map<String, String> MEASURES = measures();

  /** The default of {@code min_events}. */
  public static final int DEFAULT_MIN_EVENTS = 30;

  private static final Countries COUNTRIES = Countries.standard();
  private static final Pattern DYAD = Pattern.compile("^\\s*([A-Z]{3})\\s*(->|<->)\\s*([A-Z]{3})\\s*$");
  private static final Pattern YEARS = Pattern.compile("^\\s*(\\d{4})\\s*(?:\\.\\.\\s*(\\d{4})\\s*)?$");

  private static Map<String, String> measures() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("events", "the dyad's events in the year (count)");
    m.put("share", "the dyad's events over all events of the event set that year (0..1)");
    m.put("goldstein_mean", "mean Goldstein score of the dyad's events (-10..+10)");
    m.put("tone_mean", "mean GDELT AvgTone of the dyad's events (GDELT sets only)");
    m.put("quad1", "QuadClass 1 (verbal cooperation) share of the dyad's events (0..1)");
    m.put("quad2", "QuadClass 2 (material cooperation) share (0..1)");
    m.put("quad3", "QuadClass 3 (verbal conflict) share (0..1)");
    m.put("quad4", "QuadClass 4 (material conflict) share (0..1)");
    m.put("cooperation", "QuadClass 1 + 2 share (0..1)");
    m.put("conflict", "QuadClass 3 + 4 share (0..1)");
    m.put("cooperation_balance", "QuadClass 1 + 2 share minus QuadClass 3 + 4 share (-1..+1)");
    m.put("unga_distance", "absolute distance between the two states' UNGA ideal points (>= 0)");
    m.put("arms_tiv", "SIPRI trend-indicator value delivered by the first to the second actor (millions)");
    m.put("arms_deals", "SIPRI deals with deliveries from the first to the second actor (count)");
    return Collections.unmodifiableMap(m);
  }

  /**
   * Parses a measure and a dyad as written in a case's YAML.
   *
   * @param minEvents {@code min_events}, or null for {@link #DEFAULT_MIN_EVENTS}
   * @throws IllegalArgumentException naming the bad value and the fix
   */
  public static YearlyMeasure parse(String measure, String dyad, Integer minEvents) {
    if (measure == null || !MEASURES.containsKey(measure)) {
      throw new IllegalArgumentException("unknown measure '" + measure + "'; use one of "
          + String.join(", ", MEASURES.keySet().stream().sorted().toList()));
    }
    Matcher m = DYAD.matcher(dyad == null ? "" : dyad);
    if (!m.matches() || m.group(1).equals(m.group(3))) {
      throw new IllegalArgumentException("measure " + measure + " needs `dyad:` written SRC->TGT or A<->B with two"
          + " different actor codes, e.g. RUS->IRN; got '" + dyad + "'");
    }
    for (String code : List.of(m.group(1), m.group(3))) {
      // a typo would read no rows and end as "insufficient data" after the whole run: refuse it at load
      if (!COUNTRIES.isCountryCode(code)) {
        throw new IllegalArgumentException("unknown actor code " + code + " in dyad '" + dyad + "'"
            + YamlErrors.suggestion(code, COUNTRIES.codes().stream().sorted().toList())
            + "; use the ISO-3166 alpha-3 / CAMEO codes of the case's actors, e.g. RUS->IRN");
      }
    }
    int min = minEvents == null ? DEFAULT_MIN_EVENTS : minEvents;
    if (min < 1) {
      throw new IllegalArgumentException("min_events " + min + " must be at least 1, e.g. 30");
    }
    return new YearlyMeasure(measure, m.group(1), m.group(3), m.group(2).equals("<->"), min);
  }

  /**
   * Years {@code YYYY..YYYY} (or one {@code YYYY}) as {@code [first, last]}.
   *
   * @throws IllegalArgumentException when the text is neither, or the range runs backwards
   */
  public static int[] years(String text) {
    Matcher m = YEARS.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("period '" + text + "' must be years YYYY..YYYY or one year YYYY, e.g. 2014..2018");
    }
    int from = Integer.parseInt(m.group(1));
    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
    if (to < from) {
      throw new IllegalArgumentException("period '" + text + "' ends before it starts");
    }
    return new int[] {from, to};
  }

  /** The dyad as written, e.g. {@code CHN->RUS} or {@code RUS<->USA}. */
  public String dyad() {
    return source + (bothWays ? "<->" : "->") + target;
  }

  /** A query returning rows (year INTEGER, value DOUBLE), one per year with data, in year order. */
  public String sql() {
    return switch (measure) {
      case "unga_distance" -> "SELECT year, avg(distance) AS value FROM unga_distance WHERE pair = "
          + Sql.str(source.compareTo(target) < 0 ? source + "-" + target : target + "-" + source)
          + " GROUP BY year ORDER BY year";
      case "arms_tiv", "arms_deals" -> "SELECT year, sum(" + (measure.equals("arms_tiv") ? "tiv_delivered" : "deals")
          + ")::DOUBLE AS value FROM arms_tiv WHERE " + flows() + " GROUP BY year ORDER BY year";
      default -> eventSql();
    };
  }

  /**
   * A query returning one number: the {@code aggregate} ({@code mean} or {@code sum}) of the series
   * over the years {@code from..to}; NULL when no year has data.
   */
  public String aggregateSql(String aggregate, int from, int to) {
    String f = switch (aggregate) {
      case "mean" -> "avg";
      case "sum" -> "sum";
      default -> throw new IllegalArgumentException("aggregate '" + aggregate + "' must be mean or sum");
    };
    return "SELECT " + f + "(value) FROM (" + sql() + ") s WHERE year BETWEEN " + from + " AND " + to;
  }

  private String flows() {
    String one = "(supplier = " + Sql.str(source) + " AND recipient = " + Sql.str(target) + ")";
    return bothWays ? one + " OR (supplier = " + Sql.str(target) + " AND recipient = " + Sql.str(source) + ")" : one;
  }

  private String eventSql() {
    List<String> dyads = new ArrayList<>(List.of(Sql.str(source + "->" + target)));
    if (bothWays) {
      dyads.add(Sql.str(target + "->" + source));
    }
    String value = switch (measure) {
      case "events" -> "sum(events)::DOUBLE";
      case "share" -> "sum(share)";
      case "goldstein_mean" -> "sum(goldstein_mean * (events - coalesce(events_no_goldstein, 0)))"
          + " / nullif(sum(CASE WHEN goldstein_mean IS NULL THEN 0 ELSE events - coalesce(events_no_goldstein, 0) END), 0)";
      case "cooperation" -> weighted("quad1 + quad2");
      case "conflict" -> weighted("quad3 + quad4");
      case "cooperation_balance" -> weighted("quad1 + quad2 - quad3 - quad4");
      default -> weighted(measure);
    };
    return "WITH d AS (SELECT period, source, sum(events) AS n, " + value + " AS v FROM event_series"
        + " WHERE frequency = 'year' AND dyad IN (" + String.join(", ", dyads) + ") GROUP BY period, source)"
        + " SELECT CAST(period AS INTEGER) AS year, v AS value FROM d WHERE n >= " + minEvents
        + " QUALIFY row_number() OVER (PARTITION BY period ORDER BY n DESC, source) = 1 ORDER BY year";
  }

  /** An events-weighted mean of a per-dyad mean or share column (the column itself for one dyad). */
  private static String weighted(String column) {
    return "sum((" + column + ") * events) / nullif(sum(CASE WHEN (" + column + ") IS NULL THEN 0 ELSE events END), 0)";
  }
}
