package org.dyadscope.serve;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;

/**
 * {@code GET /api/overview}: the case and its period, each source's rows loaded, quarantined and
 * duplicate ({@code provenance}) with its monthly coverage strip ({@code coverage}), the findings
 * ({@code assessment}) and the final posteriors with their sensitivity ranges ({@link Posteriors}).
 * CSV: {@code part=sources} (default), {@code coverage}, {@code findings} or {@code posteriors}.
 */
final class OverviewView {
  private static final List<String> PARTS = List.of("sources", "coverage", "findings", "posteriors");
  private final String caseName;
  private final CaseFile caseFile;
  private final List<Map<String, Object>> posteriors;

  OverviewView(String caseName, CaseFile caseFile, List<Map<String, Object>> posteriors) {
    this.caseName = caseName;
    this.caseFile = caseFile;
    this.posteriors = posteriors;
  }

  void handle(Context ctx, StoreConnections db) throws SQLException {
    String part = Params.oneOf(ctx, "part", PARTS, "sources");
    List<Map<String, Object>> sources = db.with(c -> Rows.query(c, "SELECT source, sum(rows_loaded) AS rows_loaded,"
        + " sum(rows_quarantined) AS rows_quarantined, sum(rows_duplicate) AS rows_duplicate, count(*) AS files"
        + " FROM provenance GROUP BY source ORDER BY min(rowid)"));
    List<Map<String, Object>> coverage = db.with(c -> Rows.query(c, "SELECT source, period, covered, events"
        + " FROM coverage WHERE frequency = 'month' ORDER BY seq"));
    List<Map<String, Object>> findings = db.with(c -> Rows.query(c, "SELECT * EXCLUDE (seq) FROM assessment ORDER BY seq"));
    if (Output.wantsCsv(ctx)) {
      Output.csv(ctx, "overview_" + part, switch (part) {
        case "coverage" -> coverage;
        case "findings" -> findings;
        case "posteriors" -> posteriors;
        default -> sources;
      });
      return;
    }
    for (Map<String, Object> s : sources) {
      s.put("coverage", coverage.stream().filter(r -> r.get("source").equals(s.get("source")))
          .map(r -> {
            Map<String, Object> strip = new LinkedHashMap<>();
            strip.put("period", r.get("period"));
            strip.put("covered", r.get("covered"));
            return strip;
          }).toList());
    }
    Map<String, Object> period = new LinkedHashMap<>();
    if (caseFile != null) {
      period.put("from", caseFile.period().firstDay().toString());
      period.put("to", caseFile.period().lastDay().toString());
    } else {
      Map<String, Object> p = db.with(c -> Rows.query(c,
          "SELECT min(period) AS \"from\", max(period) AS \"to\" FROM coverage WHERE frequency = 'month'")).get(0);
      period.putAll(p);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("case", caseName);
    body.put("period", period);
    body.put("sources", sources);
    body.put("findings", findings);
    body.put("posteriors", posteriors);
    Output.json(ctx, body);
  }
}
