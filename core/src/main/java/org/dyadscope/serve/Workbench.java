package org.dyadscope.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.review.ReviewLog;

/**
 * The local web workbench over one run's store ({@code dyadscope serve}): the page's files and the
 * JSON/CSV views of the store's tables (README, section "dyadscope serve", lists the routes). The
 * store is opened read-only; every query is parameterized; no request reaches the file system.
 */
public final class Workbench implements AutoCloseable {
  /** Largest request body accepted (a review is a few hundred bytes); larger is a 413. */
  static final long MAX_BODY = 16 * 1024;

  private final StoreConnections db;
  private final String token;
  private final Javalin app;
  private final int port;

  private Workbench(StoreConnections db, String token, Javalin app, int port) {
    this.db = db;
    this.token = token;
    this.app = app;
    this.port = port;
  }

  /**
   * Opens {@code storeFile} read-only and starts serving it on {@code host:port} (0: a free port).
   *
   * @param caseFile the case the store was run from (markers, the trace's sensitivity, CAMEO-root
   *     series); null when unknown, and those parts are left out
   * @param reviews where reviews are kept (beside the store by default; never inside it)
   * @throws IllegalArgumentException naming the store or the address and the fix, when the store
   *     cannot be served or the port is taken
   */
  public static Workbench start(Path storeFile, CaseFile caseFile, ReviewLog reviews, String host, int port) {
    StoreConnections db = StoreConnections.open(storeFile, Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    try {
      Catalog catalog = db.with(c -> Catalog.read(c, caseFile));
      String token = newToken();
      String caseName = caseFile != null ? caseFile.name() : storeFile.toAbsolutePath().getParent().getFileName().toString();
      WebAssets assets = WebAssets.load();
      Javalin app = Javalin.create(config -> {
        config.showJavalinBanner = false;
        config.startupWatcherEnabled = false;
        config.http.maxRequestSize = MAX_BODY;
      });
      List<Map<String, Object>> posteriors = Posteriors.read(db.store(), caseFile);
      Routes routes = new Routes(db, catalog, caseFile, caseName, assets, reviews, posteriors);
      Map<String, Object> session = new LinkedHashMap<>();
      session.put("token", token);
      session.put("store", storeFile.getFileName().toString());
      session.put("case", caseName);
      routes.register(app, session);
      try {
        app.start(host, port);
      } catch (JavalinBindException e) {
        throw new IllegalArgumentException(host + ":" + port + " is in use; choose another --port (0 picks a free one)", e);
      } catch (RuntimeException e) {
        if (e.getCause() instanceof java.net.BindException) {
          throw new IllegalArgumentException(host + ":" + port + " is in use or not an address of this machine;"
              + " choose another --port or --host", e);
        }
        throw e;
      }
      int bound = app.port();
      RequestGuard guard = new RequestGuard(host, bound, token);
      routes.guard(guard);
      return new Workbench(db, token, app, bound);
    } catch (SQLException e) {
      closeQuietly(db);
      throw new IllegalArgumentException(storeFile + ": cannot read the store (" + StoreConnections.firstLine(e)
          + "); rebuild it with `dyadscope run CASE`", e);
    } catch (RuntimeException e) {
      closeQuietly(db);
      throw e;
    }
  }

  private static String newToken() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public int port() {
    return port;
  }

  /** The review token of this start (tests; the page reads it from {@code /api/session}). */
  public String token() {
    return token;
  }

  @Override
  public void close() {
    app.stop();
    closeQuietly(db);
  }

  private static void closeQuietly(StoreConnections db) {
    try {
      db.close();
    } catch (SQLException ignored) {
      // closing a read-only store: nothing to lose
    }
  }

  /** JSON error body of an {@link ApiError}. */
  static void error(Context ctx, int status, String message, List<String> valid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    if (!valid.isEmpty()) {
      body.put("valid", valid);
    }
    Output.json(ctx, status, body);
  }

  static void mapErrors(Javalin app) {
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.valid()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getStatus() == 413 ? "request body larger than " + MAX_BODY + " bytes" : e.getMessage(), List.of()));
    app.exception(SQLException.class, (e, ctx) -> error(ctx, 500, "store query failed: "
        + StoreConnections.firstLine(e), List.of()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "server error: " + StoreConnections.firstLine(e),
        List.of()));
    app.error(404, ctx -> {
      if (ctx.result() == null) {
        error(ctx, 404, "no such page or file: " + ctx.path(), List.of());
      }
    });
  }
}
