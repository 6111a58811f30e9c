package org.dyadscope.serve;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.collect.CameoTable;

/**
 * {@code GET /api/events}: the events behind one point of a series — one source, directed dyad and
 * period (monthly or yearly), optionally some CAMEO roots — counted by the series' rule: the event
 * dated in the period, in a month the source covers ({@code coverage} at month frequency with
 * active days). So {@code total} equals the point's {@code n}. Sorted, paged (at most
 * {@value Params#MAX_PAGE_SIZE} a page), or with {@code format=csv} every row of the point (at most
 * {@value Output#CSV_CAP}, the response header {@code X-Rows-Truncated} says when cut).
 *
 * <p>A point of at most {@value #CACHED_POINT_ROWS} events is read once and kept (up to
 * {@value #CACHED_ROWS} rows over all points; the store is read-only, so they never go stale): paging
 * and sorting it again, as an analyst does, costs no query. A larger point is sorted and paged in SQL.
 */
final class EventsView {
  static final int CACHED_POINT_ROWS = 20_000;
  static final int CACHED_ROWS = 200_000;

  /** A sort key: the SQL expression, and the row's column for a kept point. */
  private record Sort(String sql, String column) {}

  private static final Map<String, Sort> SORTS = new LinkedHashMap<>();

  static {
    SORTS.put("date", new Sort("e.event_date", "date"));
    SORTS.put("goldstein", new Sort("e.goldstein", "goldstein"));
    SORTS.put("cameo", new Sort("e.event_code", "cameo_code"));
    SORTS.put("tone", new Sort("e.avg_tone", "tone"));
  }

  /** The order of a point's rows before sorting, and every sort's tie-break. */
  private static final String BASE_ORDER = "e.event_date, e.file, e.line";

  private static final String COLUMNS = "e.event_id, e.event_date AS date, e.actor1_code, e.actor1_name,"
      + " e.actor2_code, e.actor2_name, e.actor1_country AS source_actor, e.actor2_country AS target_actor,"
      + " e.event_code AS cameo_code, NULL AS cameo_name, e.goldstein, e.quad_class, e.avg_tone AS tone,"
      + " e.source_url, e.file, e.line";

  private final Catalog catalog;
  private final CameoTable cameo = CameoTable.builtIn();
  private final Memo<List<Object>, List<Map<String, Object>>> kept = new Memo<>(CACHED_ROWS);

  EventsView(Catalog catalog) {
    this.catalog = catalog;
  }

  void handle(Context ctx, StoreConnections db) throws SQLException {
    String source = Params.oneOf(ctx, "source", catalog.sources(), null);
    String dyad = Params.oneOf(ctx, "dyad", catalog.dyads(), null);
    String freq = Params.oneOf(ctx, "freq", catalog.frequencies(), "month");
    String period = Params.period(ctx, "period");
    if (period == null || (period.length() == 4) != freq.equals("year")) {
      throw ApiError.badRequest("parameter period " + (period == null ? "is required" : "'" + period + "' does not fit")
          + ": give it as " + (freq.equals("year") ? "YYYY" : "YYYY-MM") + " for freq=" + freq);
    }
    List<String> roots = Params.listOf(ctx, "cameo_root", catalog.rootCodes());
    Sort sort = SORTS.get(Params.oneOf(ctx, "sort", List.copyOf(SORTS.keySet()), "date"));
    boolean desc = Params.oneOf(ctx, "dir", List.of("asc", "desc"), "asc").equals("desc");
    int[] page = Params.page(ctx);
    String name = "events_" + source + "_" + dyad.replace("->", "-") + "_" + period;

    String[] ab = dyad.split("->");
    LocalDate first = freq.equals("year") ? LocalDate.of(Integer.parseInt(period), 1, 1)
        : YearMonth.parse(period).atDay(1);
    LocalDate last = freq.equals("year") ? first.withDayOfYear(first.lengthOfYear())
        : YearMonth.parse(period).atEndOfMonth();
    List<Object> params = new ArrayList<>(List.of(source, ab[0], ab[1], java.sql.Date.valueOf(first),
        java.sql.Date.valueOf(last)));
    params.addAll(roots);
    String where = " FROM events e JOIN coverage c ON c.frequency = 'month' AND c.source = e.source"
        + " AND c.period = strftime(e.event_date, '%Y-%m') AND c.active_days > 0"
        + " WHERE e.source = ? AND e.actor1_country = ? AND e.actor2_country = ?"
        + " AND e.event_date BETWEEN ? AND ?"
        + (roots.isEmpty() ? "" : " AND e.event_root IN (" + Rows.marks(roots.size()) + ")");

    List<Object> key = List.of(source, dyad, freq, period, roots);
    List<Map<String, Object>> point = kept.get(key);
    if (point == null) {
      long total = db.with(c -> Rows.count(c, "SELECT count(*)" + where, params));
      if (total > CACHED_POINT_ROWS) {
        // sort column and direction are whitelisted; the base order makes it total
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.addAll(Output.limitOffset(ctx, page));
        List<Map<String, Object>> rows = named(db.with(c -> Rows.query(c, "SELECT " + COLUMNS + where + " ORDER BY "
            + sort.sql() + (desc ? " DESC" : " ASC") + " NULLS LAST, " + BASE_ORDER + " LIMIT ? OFFSET ?", pageParams)));
        Output.paged(ctx, name, total, page, rows);
        return;
      }
      point = named(db.with(c -> Rows.query(c, "SELECT " + COLUMNS + where + " ORDER BY " + BASE_ORDER, params)));
      kept.put(key, List.copyOf(point), point.size());
    }
    List<Map<String, Object>> sorted = new ArrayList<>(point);
    // a stable sort keeps the base order among equal keys: the SQL path's tie-break
    sorted.sort((a, b) -> compare(a.get(sort.column()), b.get(sort.column()), desc));
    List<Object> lo = Output.limitOffset(ctx, page);
    int from = (int) Math.min(sorted.size(), (Long) lo.get(1));
    int to = (int) Math.min(sorted.size(), from + ((Number) lo.get(0)).longValue());
    Output.paged(ctx, name, point.size(), page, sorted.subList(from, to));
  }

  /** SQL's {@code ORDER BY x [DESC] NULLS LAST} on one column's values. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object x, Object y, boolean desc) {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : 1) : -1;
    }
    int r = ((Comparable) x).compareTo(y);
    return desc ? -r : r;
  }

  /** The rows with their CAMEO event names filled in. */
  private List<Map<String, Object>> named(List<Map<String, Object>> rows) {
    for (Map<String, Object> r : rows) {
      Object code = r.get("cameo_code");
      r.put("cameo_name", code == null || !cameo.isKnown(code.toString()) ? null : cameo.description(code.toString()));
    }
    return rows;
  }
}
