package org.dyadscope.serve;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/trace}: the Bayesian process-tracing steps ({@code trace_steps}: prior, what was
 * observed, P(E|H), the likelihood applied, posterior, Van Evera test type), the evidence items
 * ({@code evidence_observations}: the SQL and the value it returned, or the cited fact with its URL
 * and date) and the final posteriors with their sensitivity ranges. CSV: {@code part=steps}
 * (default), {@code evidence} or {@code posteriors}.
 */
final class TraceView {
  private static final List<String> PARTS = List.of("steps", "evidence", "posteriors");
  private final List<Map<String, Object>> posteriors;

  TraceView(List<Map<String, Object>> posteriors) {
    this.posteriors = posteriors;
  }

  void handle(Context ctx, StoreConnections db) throws SQLException {
    String part = Params.oneOf(ctx, "part", PARTS, "steps");
    List<Map<String, Object>> steps = db.with(c -> Rows.query(c, "SELECT * EXCLUDE (seq) FROM trace_steps ORDER BY seq"));
    List<Map<String, Object>> evidence = db.with(c -> Rows.query(c,
        "SELECT * EXCLUDE (seq) FROM evidence_observations ORDER BY seq"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("steps", steps);
    body.put("evidence", evidence);
    body.put("posteriors", posteriors);
    Output.view(ctx, "trace_" + part, body, switch (part) {
      case "evidence" -> evidence;
      case "posteriors" -> posteriors;
      default -> steps;
    });
  }
}
