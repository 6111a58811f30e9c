package org.dyadscope.serve;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every response carries and every request must pass: a Content-Security-Policy allowing only
 * this server's own scripts, styles and connections (no inline code), {@code nosniff}, no framing;
 * a {@code Host} naming this server (a DNS-rebound name is refused); and an {@code Origin}, when
 * the browser sends one, that is this server's own. A write (a review) must also prove it came from
 * the page: the server's token and a same-origin request ({@link #checkWrite}).
 */
final class RequestGuard {
  static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
      + " connect-src 'self'; frame-ancestors 'none'";
  private static final List<String> LOOPBACK = List.of("127.0.0.1", "localhost", "[::1]");

  private final Set<String> authorities;
  /** The address the server was started on, as the Host a browser should send. */
  private final String advertised;
  private final String token;

  /**
   * @param host the address the server is bound to
   * @param port its port
   * @param token the review token of this server start
   */
  RequestGuard(String host, int port, String token) {
    LinkedHashSet<String> a = new LinkedHashSet<>();
    for (String h : LOOPBACK) {
      a.add(h + ":" + port);
    }
    this.advertised = (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    a.add(advertised);
    this.authorities = Set.copyOf(a);
    this.token = token;
  }

  /** Headers for every response, and the Host and Origin checks (403 when either names another site). */
  void before(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    String host = ctx.header("Host");
    if (host == null || !authorities.contains(host.toLowerCase(Locale.ROOT))) {
      throw ApiError.forbidden("Host '" + host + "' is not this server; open http://" + advertised + "/");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !sameOrigin(origin)) {
      throw ApiError.forbidden("Origin '" + origin + "' is not this server's; requests come from its own page only");
    }
  }

  private boolean sameOrigin(String origin) {
    String o = origin.toLowerCase(Locale.ROOT);
    return o.startsWith("http://") && authorities.contains(o.substring("http://".length()));
  }

  /**
   * A write must carry header {@code X-Review-Token} equal to this start's token, and either a
   * same-origin {@code Origin} or, without one, {@code Sec-Fetch-Site: same-origin}.
   */
  void checkWrite(Context ctx) {
    String given = ctx.header("X-Review-Token");
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8))) {
      throw ApiError.forbidden("missing or wrong X-Review-Token; the page gets it from GET /api/session");
    }
    String origin = ctx.header("Origin");
    if (origin == null ? !"same-origin".equals(ctx.header("Sec-Fetch-Site")) : !sameOrigin(origin)) {
      throw ApiError.forbidden("a review must come from this server's page (same Origin)");
    }
  }
}
