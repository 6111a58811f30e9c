package org.dyadscope.serve;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/findings}: each theme of the assessment ({@code assessment}: verdict, strength,
 * trend, confidence, the third-party link) with its indicators ({@code assessment_indicators}: what
 * each read — a series, a link or an evidence item — and its reading) and its segments between the
 * breakpoints ({@code assessment_segments}). CSV: {@code part=themes} (default) or {@code indicators}.
 */
final class FindingsView {
  private static final List<String> PARTS = List.of("themes", "indicators");

  void handle(Context ctx, StoreConnections db) throws SQLException {
    String part = Params.oneOf(ctx, "part", PARTS, "themes");
    List<Map<String, Object>> themes = db.with(c -> Rows.query(c, "SELECT * EXCLUDE (seq) FROM assessment ORDER BY seq"));
    List<Map<String, Object>> indicators = db.with(c -> Rows.query(c,
        "SELECT * EXCLUDE (seq) FROM assessment_indicators ORDER BY seq"));
    if (Output.wantsCsv(ctx)) {
      Output.csv(ctx, "findings_" + part, part.equals("indicators") ? indicators : themes);
      return;
    }
    List<Map<String, Object>> segments = db.with(c -> Rows.query(c,
        "SELECT * EXCLUDE (seq) FROM assessment_segments ORDER BY seq"));
    for (Map<String, Object> t : themes) {
      t.put("indicators", indicators.stream().filter(i -> i.get("theme").equals(t.get("theme"))).toList());
      t.put("segments", segments.stream().filter(s -> s.get("theme").equals(t.get("theme"))).toList());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("themes", themes);
    Output.json(ctx, body);
  }
}
