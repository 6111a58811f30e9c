package org.dyadscope.serve;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Frequency;
import org.dyadscope.measure.RootSeries;
import org.dyadscope.measure.SeriesPoint;

/**
 * {@code GET /api/series}: one measure of the event series of some sources and a directed dyad (or
 * each directed dyad of a triad), monthly or yearly, optionally cut to a period range and to some
 * CAMEO root codes. Without {@code cameo_root} the points are the stored {@code event_series} rows;
 * with it they are computed from {@code events} by the measure stage's own SQL
 * ({@link RootSeries}). A period the source does not cover has no point; {@code n} is the number of
 * events behind a point, what {@code /api/events} lists for it.
 */
final class SeriesView {
  /** Points of series kept for reuse (a page asks for the same series as the brush or measure changes). */
  private static final long CACHED_POINTS = 500_000;
  private final Catalog catalog;
  private final CaseFile caseFile;
  private final Memo<List<Object>, List<SeriesPoint>> rootSeries = new Memo<>(CACHED_POINTS);
  private final Memo<Request, List<Map<String, Object>>> storedSeries = new Memo<>(CACHED_POINTS);

  SeriesView(Catalog catalog, CaseFile caseFile) {
    this.catalog = catalog;
    this.caseFile = caseFile;
  }

  /** A validated series request. */
  record Request(List<String> sources, List<String> dyads, String measure, String freq, String from, String to,
      List<String> roots) {}

  Request parse(Context ctx) {
    List<String> sources = Params.listOf(ctx, "source", catalog.sources());
    if (sources.isEmpty()) {
      throw new ApiError(400, "parameter source is required; valid: " + String.join(", ", catalog.sources()),
          catalog.sources());
    }
    String dyad = Params.oneOf(ctx, "dyad", catalog.dyadsAndTriads(), null);
    List<String> dyads = catalog.triads().getOrDefault(dyad, List.of(dyad));
    String measure = Params.oneOf(ctx, "measure", Catalog.MEASURES, "events");
    String freq = Params.oneOf(ctx, "freq", catalog.frequencies(), "month");
    String from = bound(Params.period(ctx, "from"), freq, "-01");
    String to = bound(Params.period(ctx, "to"), freq, "-12");
    return new Request(sources, dyads, measure, freq, from, to, Params.listOf(ctx, "cameo_root", catalog.rootCodes()));
  }

  /** A period bound at {@code freq}: a month cut to its year, a year widened to its first or last month. */
  private static String bound(String period, String freq, String monthOfYear) {
    if (period == null) {
      return null;
    }
    if (freq.equals("year")) {
      return period.substring(0, 4);
    }
    return period.length() == 4 ? period + monthOfYear : period;
  }

  void handle(Context ctx, StoreConnections db) throws SQLException {
    Request r = parse(ctx);
    List<Map<String, Object>> rows = r.roots().isEmpty() ? storedSeries.get(r) : null;
    if (rows == null) {
      rows = db.with(c -> r.roots().isEmpty() ? stored(c, r) : computed(c, r));
      if (r.roots().isEmpty()) {
        storedSeries.put(r, List.copyOf(rows), rows.size());
      }
    }
    Map<String, Map<String, Object>> series = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> s = series.computeIfAbsent(row.get("source") + "|" + row.get("dyad"), k -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", row.get("source"));
        m.put("dyad", row.get("dyad"));
        m.put("points", new ArrayList<Map<String, Object>>());
        return m;
      });
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("period", row.get("period"));
      p.put("value", row.get("value"));
      p.put("n", row.get("n"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> points = (List<Map<String, Object>>) s.get("points");
      points.add(p);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("measure", r.measure());
    body.put("freq", r.freq());
    body.put("cameo_roots", r.roots());
    body.put("series", List.copyOf(series.values()));
    if (Output.wantsCsv(ctx)) {
      List<Map<String, Object>> csv = new ArrayList<>();
      for (Map<String, Object> row : rows) {
        Map<String, Object> c = new LinkedHashMap<>(row);
        c.put("measure", r.measure());
        c.put("freq", r.freq());
        csv.add(c);
      }
      Output.csv(ctx, "series", csv);
    } else {
      Output.json(ctx, body);
    }
  }

  /** The stored series: {@code measure} is a whitelisted column name of event_series. */
  private static List<Map<String, Object>> stored(Connection c, Request r) throws SQLException {
    List<Object> params = new ArrayList<>();
    params.add(r.freq());
    params.addAll(r.sources());
    params.addAll(r.dyads());
    params.add(r.from() == null ? "" : r.from());
    params.add(r.to() == null ? "9999" : r.to());
    return Rows.query(c, "SELECT source, dyad, period, " + r.measure() + " AS value, events AS n FROM event_series"
        + " WHERE frequency = ? AND source IN (" + Rows.marks(r.sources().size()) + ") AND dyad IN ("
        + Rows.marks(r.dyads().size()) + ") AND period >= ? AND period <= ? ORDER BY seq", params);
  }

  /** The series of some CAMEO roots, from events; covered periods only, as the stored ones. */
  private List<Map<String, Object>> computed(Connection c, Request r) throws SQLException {
    if (caseFile == null) {
      throw ApiError.badRequest("cameo_root needs the case folder (its period and dyads): start the server"
          + " with --case DIR");
    }
    // in the store's order (sources, then dyads, then periods), as the stored view
    List<String> sources = catalog.sources().stream().filter(r.sources()::contains).toList();
    List<Map<String, Object>> out = new ArrayList<>();
    for (SeriesPoint p : rootSeries(c, sources, r)) {
      String dyad = p.dyad().toString();
      if (p.events() == null || !r.dyads().contains(dyad)
          || (r.from() != null && p.period().compareTo(r.from()) < 0)
          || (r.to() != null && p.period().compareTo(r.to()) > 0)) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", p.source());
      row.put("dyad", dyad);
      row.put("period", p.period());
      row.put("value", value(p, r.measure()));
      row.put("n", p.events());
      out.add(row);
    }
    return out;
  }

  /** Every measure of the root-filtered series of {@code sources}, computed once per sources, frequency and roots. */
  private List<SeriesPoint> rootSeries(Connection c, List<String> sources, Request r) throws SQLException {
    List<Object> key = List.of(sources, r.freq(), r.roots());
    List<SeriesPoint> points = rootSeries.get(key);
    if (points == null) {
      points = RootSeries.compute(caseFile, c, sources, catalog.dedup(), Frequency.of(r.freq()), r.roots());
      rootSeries.put(key, points, points.size());
    }
    return points;
  }

  private static Object value(SeriesPoint p, String measure) {
    return switch (measure) {
      case "events" -> p.events();
      case "share" -> p.share();
      case "goldstein_mean" -> p.goldsteinMean();
      case "goldstein_sum" -> p.goldsteinSum();
      case "quad1" -> p.quad1();
      case "quad2" -> p.quad2();
      case "quad3" -> p.quad3();
      case "quad4" -> p.quad4();
      case "tone_mean" -> p.toneMean();
      case "events_dedup" -> p.eventsDedup();
      default -> throw new IllegalStateException("measure " + measure + " is in Catalog.MEASURES but not here");
    };
  }
}
