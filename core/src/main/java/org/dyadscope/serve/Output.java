package org.dyadscope.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a view as JSON, or with {@code ?format=csv} its rows as CSV (RFC 4180, header row, UTF-8,
 * as the run's CSV files), so a notebook reads what the page shows from the same URL.
 */
final class Output {
  static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private static final List<String> FORMATS = List.of("json", "csv");

  private Output() {}

  /** The {@code format} parameter: json (default) or csv; anything else is a 400. */
  static boolean wantsCsv(Context ctx) {
    String f = ctx.queryParam("format");
    if (f == null || f.equals("json")) {
      return false;
    }
    if (f.equals("csv")) {
      return true;
    }
    throw ApiError.notOneOf("format", f, FORMATS);
  }

  static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void json(Context ctx, Object body) {
    json(ctx, 200, body);
  }

  /**
   * {@code rows} as CSV with the union of their columns (first-seen order) as header; null is an
   * empty cell. {@code name} becomes the download's file name.
   */
  static void csv(Context ctx, String name, List<Map<String, Object>> rows) {
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(r -> columns.addAll(r.keySet()));
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      p.printRecord(columns);
      for (Map<String, Object> r : rows) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (String c : columns) {
          cells.add(r.get(c));
        }
        p.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
        .result(w.toString());
  }

  /** JSON {@code body}, or CSV of {@code rows} when the request asks for it. */
  static void view(Context ctx, String name, Object body, List<Map<String, Object>> rows) {
    if (wantsCsv(ctx)) {
      csv(ctx, name, rows);
    } else {
      json(ctx, body);
    }
  }

  /** Largest number of rows a CSV export of a paged view holds. */
  static final int CSV_CAP = 50_000;

  /**
   * A paged list view: JSON {@code {"total","page","size","rows"}}, or as CSV the rows fetched for
   * export (at most {@link #CSV_CAP}) with header {@code X-Rows-Total} and, when the export is cut,
   * {@code X-Rows-Truncated} saying so.
   */
  static void paged(Context ctx, String name, long total, int[] page, List<Map<String, Object>> rows) {
    if (wantsCsv(ctx)) {
      ctx.header("X-Rows-Total", Long.toString(total));
      if (total > rows.size()) {
        ctx.header("X-Rows-Truncated", "exported " + rows.size() + " of " + total + " rows (cap " + CSV_CAP + ")");
      }
      csv(ctx, name, rows);
      return;
    }
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("total", total);
    body.put("page", page[0]);
    body.put("size", page[1]);
    body.put("rows", rows);
    json(ctx, body);
  }

  /** LIMIT and OFFSET of a paged view: the page asked for, or for a CSV export the first {@link #CSV_CAP} rows. */
  static List<Object> limitOffset(Context ctx, int[] page) {
    return wantsCsv(ctx) ? List.of(CSV_CAP, 0L) : List.of(page[1], (long) (page[0] - 1) * page[1]);
  }
}
