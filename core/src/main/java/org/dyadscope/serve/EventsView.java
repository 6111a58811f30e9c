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
 */
final class EventsView {
  private static final Map<String, String> SORTS = new LinkedHashMap<>();

  static {
    SORTS.put("date", "e.event_date");
    SORTS.put("goldstein", "e.goldstein");
    SORTS.put("cameo", "e.event_code");
    SORTS.put("tone", "e.avg_tone");
  }

  private static final String COLUMNS = "e.event_id, e.event_date AS date, e.actor1_code, e.actor1_name,"
      + " e.actor2_code, e.actor2_name, e.actor1_country AS source_actor, e.actor2_country AS target_actor,"
      + " e.event_code AS cameo_code, NULL AS cameo_name, e.goldstein, e.quad_class, e.avg_tone AS tone,"
      + " e.source_url, e.file, e.line";

  private final Catalog catalog;
  private final CameoTable cameo = CameoTable.builtIn();

  EventsView(Catalog catalog) {
    this.catalog = catalog;
  }

  void handle(Context ctx, StoreConnections db) throws SQLException {
    String source = Params.oneOf(ctx, "source", catalog.sources(), null);
    String dyad = Params.oneOf(ctx, "dyad", catalog.dyads(), null);
    String freq = Params.oneOf(ctx, "freq", catalog.frequencies(), "month");
    String period = Params.period(ctx, "period");
    if (period == null || (period.length() == 4) != freq.equals("year")) {
      throw ApiError.badRequest("parameter period is required, as " + (freq.equals("year") ? "YYYY" : "YYYY-MM")
          + " for freq=" + freq);
    }
    List<String> roots = Params.listOf(ctx, "cameo_root", catalog.rootCodes());
    String sort = Params.oneOf(ctx, "sort", List.copyOf(SORTS.keySet()), "date");
    String dir = Params.oneOf(ctx, "dir", List.of("asc", "desc"), "asc");
    int[] page = Params.page(ctx);

    String[] ab = dyad.split("->");
    LocalDate first = freq.equals("year") ? LocalDate.of(Integer.parseInt(period), 1, 1)
        : YearMonth.parse(period).atDay(1);
    LocalDate last = freq.equals("year") ? first.withDayOfYear(first.lengthOfYear())
        : YearMonth.parse(period).atEndOfMonth();
    List<Object> params = new ArrayList<>(List.of(source, ab[0], ab[1], java.sql.Date.valueOf(first), java.sql.Date.valueOf(last)));
    params.addAll(roots);
    String where = " FROM events e JOIN coverage c ON c.frequency = 'month' AND c.source = e.source"
        + " AND c.period = strftime(e.event_date, '%Y-%m') AND c.active_days > 0"
        + " WHERE e.source = ? AND e.actor1_country = ? AND e.actor2_country = ?"
        + " AND e.event_date BETWEEN ? AND ?"
        + (roots.isEmpty() ? "" : " AND e.event_root IN (" + Rows.marks(roots.size()) + ")");
    // sort column and direction are whitelisted; file and line make the order total
    String order = " ORDER BY " + SORTS.get(sort) + " " + dir + " NULLS LAST, e.event_date, e.file, e.line";
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.addAll(Output.limitOffset(ctx, page));
    long total = db.with(c -> Rows.count(c, "SELECT count(*)" + where, params));
    List<Map<String, Object>> rows = db.with(c -> Rows.query(c, "SELECT " + COLUMNS + where + order
        + " LIMIT ? OFFSET ?", pageParams));
    for (Map<String, Object> r : rows) {
      Object code = r.get("cameo_code");
      r.put("cameo_name", code == null || !cameo.isKnown(code.toString()) ? null : cameo.description(code.toString()));
    }
    Output.paged(ctx, "events_" + source + "_" + dyad.replace("->", "-") + "_" + period, total, page, rows);
  }
}
