package org.dyadscope.measure;

import java.util.Locale;
import org.dyadscope.collect.gdelt.SourceUrls;

/**
 * How repeated reports of one event are collapsed when counting a dyad's events. GDELT and ICEWS
 * code every article separately, so one meeting reported by forty outlets is forty events; the raw
 * count measures media attention as much as policy. The measure stage always keeps the raw count
 * ({@code events}) and adds the count under the chosen policy ({@code events_dedup}) beside it.
 *
 * <p>Policies (applied per source, dyad and period):
 * <ul>
 *   <li>{@code none}: every row counts (events_dedup = events);
 *   <li>{@code exact}: rows identical in every content column (date, both actors' codes, names and
 *       countries, event code, QuadClass, Goldstein, mentions, tone, SOURCEURL) count once; the
 *       event id, file and line are not content;
 *   <li>{@code daily}: one event a day per (event date, source actor code, target actor code, CAMEO
 *       event code) — the "one-a-day" filter of the event-data literature (Schrodt, PETRARCH/Phoenix
 *       pipeline; used with ICEWS by Boschee et al.);
 *   <li>{@code url}: one event per SOURCEURL (one article, one event); rows whose SOURCEURL is
 *       missing or a citation without a domain (e.g. {@code BBC Monitoring}, see {@link SourceUrls})
 *       are not merged, each counts once.
 * </ul>
 */
public enum DedupPolicy {
  NONE("count(*)"),
  EXACT("count(DISTINCT row(e.event_date, e.actor1_code, e.actor1_name, e.actor1_country, e.actor2_code,"
      + " e.actor2_name, e.actor2_country, e.event_code, e.quad_class, e.goldstein, e.num_mentions,"
      + " e.avg_tone, e.source_url))"),
  DAILY("count(DISTINCT row(e.event_date, e.actor1_code, e.actor2_code, e.event_code))"),
  URL("count(DISTINCT e.source_url) FILTER (WHERE " + hasDomain("e") + ")"
      + " + count(*) FILTER (WHERE e.source_url IS NULL OR NOT " + hasDomain("e") + ")");

  private final String countSql;

  DedupPolicy(String countSql) {
    this.countSql = countSql;
  }

  /** SQL aggregate counting events of a group under this policy, over events aliased {@code e}. */
  String countSql() {
    return countSql;
  }

  /** The policy's name as written on the command line and in the series CSV: none, exact, daily, url. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The policy named {@code id} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static DedupPolicy of(String id) {
    for (DedupPolicy p : values()) {
      if (p.id().equalsIgnoreCase(id.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException("de-duplication policy '" + id + "' is not one of none, exact, daily, url");
  }

  static String hasDomain(String alias) {
    return SourceUrls.SQL_HAS_DOMAIN.replace("source_url", alias + ".source_url");
  }
}
