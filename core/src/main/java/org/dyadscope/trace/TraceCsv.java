package org.dyadscope.trace;

import static org.dyadscope.store.ResultTables.row;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyadscope.format.SignificantDigits;
import org.dyadscope.store.ResultTables;
import org.dyadscope.store.Store;
import org.dyadscope.store.TableCsv;
import org.dyadscope.store.TableView;

/**
 * The trace stage's tables and the file read from them.
 *
 * <p>{@code trace_steps} holds the audit trail, one row per hypothesis per step, step 0 holding the
 * priors (prior as stated, posterior normalised, the other fields empty). {@code observed} is what
 * the step observed ({@link Entry#observedAs}: present, absent, and for a dependency group how it
 * was entered and what each member was observed as); {@code p_e_given_h} is P(E|H) as the case
 * states it and {@code likelihood_applied} the factor the update used (P(E|H) when present,
 * 1 − P(E|H) when absent), so every row rechecks from the table alone: posterior = prior ×
 * likelihood_applied / Σ over the step's rows (prior × likelihood_applied); at step 0 posterior =
 * prior / Σ prior. {@code evidence_observations} holds each evidence item's query (SQL and test) or
 * cited fact (URL, date), the value the query returned and what was observed (present, absent,
 * unavailable).
 *
 * <p>{@code trace.csv} is {@code trace_steps} with the header {@link #HEADER}; numbers are plain
 * decimals with up to 12 significant digits. RFC 4180 quoting, UTF-8, {@code \n} line ends: R,
 * pandas and DuckDB read it as is.
 */
public final class TraceCsv {
  /** The header of trace.csv (the columns of {@code trace_steps}), in column order. */
  public static final String[] HEADER = {"step", "evidence_id", "hypothesis", "observed", "prior", "p_e_given_h",
      "likelihood_applied", "posterior", "test_type"};
  /** The columns of {@code evidence_observations}, in table order. */
  static final List<String> OBSERVATION_COLUMNS = List.of("evidence_id", "kind", "query", "test", "value",
      "citation", "url", "cited_date", "observed");

  private static final int DIGITS = 12;

  private TraceCsv() {}

  /**
   * Replaces {@code trace_steps} with the trail of {@code trace} and {@code evidence_observations}
   * with the case's evidence items in case order.
   *
   * @param values the value each query returned, by evidence id (null or absent: no data)
   * @throws SQLException when the store cannot be written
   */
  public static void store(Store store, TraceSpec spec, Trace trace, Map<String, Double> values)
      throws SQLException {
    List<List<Object>> steps = new ArrayList<>();
    for (TrailRow r : trace.trail()) {
      steps.add(row(r.step(), r.evidenceId(), r.hypothesis(), r.observedAs(), r.prior(), r.pEgivenH(),
          r.likelihoodApplied(), r.posterior(), r.testType()));
    }
    ResultTables.replace(store, "trace_steps", List.of(HEADER), steps);
    List<List<Object>> observations = new ArrayList<>();
    for (EvidenceItem e : spec.evidence()) {
      Observed observed = trace.observed().getOrDefault(e.id(), Observed.UNAVAILABLE);
      boolean query = e.observation() instanceof Observation.Query;
      Observation.Query q = query ? (Observation.Query) e.observation() : null;
      observations.add(row(e.id(), query ? "query" : "cited fact", query ? q.sql() : null,
          query ? q.test().toString() : null, values.get(e.id()), e.source().citation(), emptyAsNull(e.source().url()),
          emptyAsNull(e.source().date()), observed.name().toLowerCase(Locale.ROOT)));
    }
    ResultTables.replace(store, "evidence_observations", OBSERVATION_COLUMNS, observations);
  }

  /** Empties {@code trace_steps} and {@code evidence_observations}: this run has no trace. */
  public static void clear(Store store) throws SQLException {
    ResultTables.replace(store, "trace_steps", List.of(HEADER), List.of());
    ResultTables.replace(store, "evidence_observations", OBSERVATION_COLUMNS, List.of());
  }

  /**
   * What the trace stage stored: each evidence item's observation and query value, and the trail.
   *
   * @param observed by evidence id, in case order
   * @param values the value each query returned, by evidence id (absent: no data)
   * @param posteriors {@code trace_steps.posterior} in row order
   */
  public record Stored(Map<String, Observed> observed, Map<String, Double> values, List<Double> posteriors) {
    /**
     * The trace of {@code spec} over the stored observations: the same entries, trail and
     * posteriors as the trace stage's (no query runs).
     *
     * @throws TraceException when an evidence item of {@code spec} has no stored observation, or
     *     the trail differs from {@code trace_steps} (trace.yaml changed since the trace stage ran)
     */
    public Trace replay(TraceSpec spec) throws TraceException {
      Trace trace = TraceEngine.run(spec, (item, query) -> {
        Observed o = observed.get(item.id());
        if (o == null) {
          throw new TraceException("evidence " + item.id() + " of " + spec.file()
              + " has no row in the store's evidence_observations; run from trace");
        }
        return o;
      });
      List<Double> replayed = trace.trail().stream().map(TrailRow::posterior).toList();
      if (!replayed.equals(posteriors)) {
        throw new TraceException("the store's trace_steps do not follow from " + spec.file()
            + " (changed since the trace stage ran?); run from trace");
      }
      return trace;
    }
  }

  /**
   * Reads what the trace stage stored ({@link #store}).
   *
   * @return the stored observations and trail, or null when the tables are empty (no trace)
   * @throws SQLException when the tables are missing (the trace stage has not run)
   */
  public static Stored read(Store store) throws SQLException {
    List<List<Object>> rows = ResultTables.rows(store, "evidence_observations",
        List.of("evidence_id", "value", "observed"), null, "seq");
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, Observed> observed = new LinkedHashMap<>();
    Map<String, Double> values = new LinkedHashMap<>();
    for (List<Object> r : rows) {
      String id = (String) r.get(0);
      observed.put(id, Observed.valueOf(((String) r.get(2)).toUpperCase(Locale.ROOT)));
      if (r.get(1) != null) {
        values.put(id, ((Number) r.get(1)).doubleValue());
      }
    }
    List<Double> posteriors = new ArrayList<>();
    for (List<Object> r : ResultTables.rows(store, "trace_steps", List.of("posterior"), null, "seq")) {
      posteriors.add(((Number) r.get(0)).doubleValue());
    }
    return new Stored(observed, values, posteriors);
  }

  /**
   * Writes {@code trace.csv} into {@code dir} from the store's {@code trace_steps}.
   *
   * @return the file written
   * @throws SQLException when the store has no {@code trace_steps} (the trace stage has not run)
   */
  public static Path write(Store store, Path dir) throws SQLException, IOException {
    TableView steps = ResultTables.view(store, "trace.csv", "trace_steps", List.of(HEADER), null, "seq");
    return TableCsv.write(steps, dir, TableCsv.doubles(TraceCsv::number));
  }

  private static String emptyAsNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** A plain decimal with up to 12 significant digits; empty for NaN. */
  static String number(double x) {
    return SignificantDigits.plain(x, DIGITS);
  }
}
