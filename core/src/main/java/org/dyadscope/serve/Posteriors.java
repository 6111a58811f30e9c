package org.dyadscope.serve;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.assess.CaseAnalysis;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.store.Store;
import org.dyadscope.trace.PosteriorInterval;
import org.dyadscope.trace.Sensitivity;

/**
 * The trace's final posteriors with their sensitivity ranges, as the report computes them: the
 * stored trail replayed against the case's trace.yaml and {@link Sensitivity} over its box
 * ({@link CaseAnalysis#read}). Read once at start (the store is read-only). Without the case folder
 * the posteriors come from {@code trace_steps} alone, with {@code low} and {@code high} null.
 */
final class Posteriors {
  private Posteriors() {}

  /**
   * The case's analysis as the report reads it back ({@link CaseAnalysis#read}); null when the case
   * folder is unknown or the store holds no trace.
   *
   * @throws IllegalArgumentException when trace.yaml no longer matches the stored trail (naming the fix)
   */
  static CaseAnalysis analysis(Store store, CaseFile caseFile) throws SQLException {
    if (caseFile == null) {
      return null;
    }
    try {
      return CaseAnalysis.read(caseFile, store);
    } catch (SQLException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalArgumentException(caseFile.folder() + ": " + StoreConnections.firstLine(e), e);
    }
  }

  /**
   * One row per hypothesis: {@code hypothesis, statement, posterior, low, high, robust}; empty when
   * the store holds no trace.
   *
   * @param a the case's analysis ({@link #analysis}); null reads the posteriors from {@code trace_steps} alone
   */
  static List<Map<String, Object>> read(Store store, CaseFile caseFile, CaseAnalysis a) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    if (caseFile != null) {
      if (a == null) {
        return out;
      }
      for (PosteriorInterval iv : a.sensitivity().intervals()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("hypothesis", iv.hypothesis());
        r.put("statement", a.spec().hypotheses().stream().filter(h -> h.id().equals(iv.hypothesis()))
            .map(h -> h.statement()).findFirst().orElse(null));
        r.put("posterior", iv.point());
        r.put("low", iv.min());
        r.put("high", iv.max());
        r.put("robust", iv.robust());
        out.add(r);
      }
      return out;
    }
    for (Map<String, Object> row : Rows.query(store.connection(), "SELECT hypothesis, posterior FROM trace_steps"
        + " WHERE step = (SELECT max(step) FROM trace_steps) ORDER BY seq")) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("hypothesis", row.get("hypothesis"));
      r.put("statement", null);
      r.put("posterior", row.get("posterior"));
      r.put("low", null);
      r.put("high", null);
      r.put("robust", null);
      out.add(r);
    }
    return out;
  }
}
