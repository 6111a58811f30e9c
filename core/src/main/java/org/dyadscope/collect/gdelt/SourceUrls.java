package org.dyadscope.collect.gdelt;

import java.util.Locale;

/**
 * Tells a GDELT {@code SOURCEURL} that is a web address from one that is a citation.
 *
 * <p>Most SOURCEURL values are article URLs, but for sources without a public page GDELT puts a
 * citation such as {@code BBC Monitoring} (GDELT 1.0 codebook, SOURCEURL: "in some cases ... a
 * textual citation"). A citation names a wire service, not an article, so it must never be treated
 * as a URL: de-duplicating "by SOURCEURL" would merge every event that service ever carried. Such
 * rows are kept one by one and counted separately ({@code events_citation} in the series).
 *
 * <p>The SQL form used by the measure stage is {@link #SQL_HAS_DOMAIN}; both accept
 * {@code scheme://host...} and {@code www.host...}.
 */
public final class SourceUrls {
  /** DuckDB predicate over column {@code source_url}: true when it has a domain. */
  public static final String SQL_HAS_DOMAIN =
      "regexp_matches(source_url, '^\\s*([A-Za-z][A-Za-z0-9+.-]*://|[Ww][Ww][Ww]\\.)[^/\\s?#]*[A-Za-z0-9]')";

  private SourceUrls() {}

  /**
   * The lower-cased host of a URL ({@code https://www.Example.org/a} gives {@code www.example.org}),
   * or null when the value is null, blank or a citation without a domain ({@code BBC Monitoring}).
   */
  public static String domain(String url) {
    if (url == null) {
      return null;
    }
    String s = url.strip();
    int scheme = s.indexOf("://");
    int from;
    if (scheme > 0 && isScheme(s, scheme)) {
      from = scheme + 3;
    } else if (s.regionMatches(true, 0, "www.", 0, 4)) {
      from = 0;
    } else {
      return null;
    }
    int end = from;
    while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0 && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    String host = s.substring(from, end);
    int at = host.lastIndexOf('@');
    host = at >= 0 ? host.substring(at + 1) : host;
    int colon = host.indexOf(':');
    host = colon >= 0 ? host.substring(0, colon) : host;
    return host.isEmpty() || !Character.isLetterOrDigit(host.charAt(host.length() - 1))
        ? null : host.toLowerCase(Locale.ROOT);
  }

  /** True when the value is present but has no domain: a citation such as {@code BBC Monitoring}. */
  public static boolean isCitation(String url) {
    return url != null && !url.isBlank() && domain(url) == null;
  }

  private static boolean isScheme(String s, int end) {
    if (!Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < end; i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }
}
