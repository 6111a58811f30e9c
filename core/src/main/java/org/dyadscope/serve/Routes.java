package org.dyadscope.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.review.ReviewLog;

/** The workbench's routes: the page's files and one view class per JSON/CSV view. */
final class Routes {
  private final StoreConnections db;
  private final Catalog catalog;
  private final WebAssets assets;
  private final SeriesView series;
  private final EventsView events;
  private final OverviewView overview;
  private final TraceView trace;
  private final FindingsView findings = new FindingsView();
  private final KwicView kwic;
  private final ReviewsView reviews;
  private final DocumentView documents;
  private volatile RequestGuard guard;

  /**
   * @param posteriors the final posteriors with their sensitivity ranges ({@link Posteriors})
   */
  Routes(StoreConnections db, Catalog catalog, CaseFile caseFile, String caseName, WebAssets assets, ReviewLog log,
      List<Map<String, Object>> posteriors) throws SQLException {
    this.db = db;
    this.catalog = catalog;
    this.assets = assets;
    this.series = new SeriesView(catalog, caseFile);
    this.events = new EventsView(catalog);
    this.overview = new OverviewView(caseName, caseFile, posteriors);
    this.trace = new TraceView(posteriors);
    this.kwic = new KwicView(db);
    this.reviews = new ReviewsView(log, caseFile);
    this.documents = new DocumentView(reviews);
  }

  /** Set once the server is bound: its checks need the port. */
  void guard(RequestGuard g) {
    this.guard = g;
  }

  void register(Javalin app, Map<String, Object> session) {
    Workbench.mapErrors(app);
    app.before(ctx -> {
      RequestGuard g = guard;
      if (g == null) {
        throw new ApiError(503, "starting; try again", null);
      }
      g.before(ctx);
    });
    app.get("/", ctx -> send(ctx, assets.file("index.html")));
    app.get("/static/{file}", ctx -> send(ctx, assets.file(ctx.pathParam("file"))));
    app.get("/webjars/<path>", ctx -> send(ctx, assets.webjar(ctx.pathParam("path"))));
    app.get("/api/session", ctx -> Output.view(ctx, "session", session, List.of(session)));
    app.get("/api/options", ctx -> Output.view(ctx, "options", catalog.options(), catalog.optionRows()));
    app.get("/api/series", ctx -> series.handle(ctx, db));
    app.get("/api/events", ctx -> events.handle(ctx, db));
    app.get("/api/overview", ctx -> overview.handle(ctx, db));
    app.get("/api/trace", ctx -> trace.handle(ctx, db));
    app.get("/api/findings", ctx -> findings.handle(ctx, db));
    app.get("/api/kwic", ctx -> kwic.handle(ctx, db));
    app.get("/api/documents/{doc_id}", ctx -> documents.handle(ctx, db));
    app.get("/api/reviews", ctx -> reviews.get(ctx, db));
    app.post("/api/reviews", ctx -> {
      guard.checkWrite(ctx);
      reviews.post(ctx, db);
    });
  }

  private static void send(Context ctx, WebAssets.Asset a) {
    if (a == null) {
      throw ApiError.notFound("no such file: " + ctx.path());
    }
    ctx.contentType(a.type()).result(a.bytes());
  }
}
