package org.dyadscope.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.store.Store;
import org.dyadscope.trace.DuckDbObservationResolver;
import org.dyadscope.trace.EvidenceItem;
import org.dyadscope.trace.Observation;
import org.dyadscope.trace.Sensitivity;
import org.dyadscope.trace.SensitivityResult;
import org.dyadscope.trace.Trace;
import org.dyadscope.trace.TraceCsv;
import org.dyadscope.trace.TraceEngine;
import org.dyadscope.trace.TraceException;
import org.dyadscope.trace.TraceLoader;
import org.dyadscope.trace.TraceSpec;
import org.dyadscope.yaml.CaseFileException;

/**
 * The trace and assess stages of one case, run over its store: what {@code run} does after
 * measuring, and what the report shows in its process-tracing and assessment sections.
 *
 * @param spec the case's trace.yaml
 * @param trace the Bayesian trace, query observations resolved over the store
 * @param sensitivity the posteriors over the sensitivity box
 * @param values the value each query observation returned, by evidence id (null = no data)
 * @param themes the case's themes.yaml, or null when the case has none
 * @param assessment the assessment, or null when the case has no themes
 */
public record CaseAnalysis(TraceSpec spec, Trace trace, SensitivityResult sensitivity, Map<String, Double> values,
    ThemesSpec themes, Assessment assessment) {

  /**
   * Loads the case folder's {@code trace.yaml} and {@code themes.yaml} (where present) without
   * running anything, so that a run refuses a malformed file before it spends minutes loading data.
   *
   * @throws CaseFileException when either file is invalid (file:line:column and fix), or when the
   *     folder holds themes.yaml without trace.yaml
   */
  public static void check(CaseFile caseFile) throws CaseFileException {
    Path folder = caseFile.folder();
    if (folder == null) {
      return;
    }
    boolean themes = Files.isRegularFile(folder.resolve(ThemesLoader.THEMES_FILE));
    if (!Files.isRegularFile(folder.resolve(TraceLoader.TRACE_FILE))) {
      if (themes) {
        // the assess stage reads the trace's observations; without them the themes would be skipped unseen
        throw new CaseFileException(folder.resolve(ThemesLoader.THEMES_FILE) + ":1:1: themes.yaml is assessed only"
            + " together with trace.yaml, which this case folder lacks; add a trace.yaml (dyadscope init writes one)"
            + " or remove themes.yaml");
      }
      return;
    }
    TraceSpec spec = TraceLoader.load(folder);
    if (themes) {
      ThemesLoader.load(folder, spec);
    }
  }

  /**
   * The trace stage: runs the Bayesian trace when the case folder holds {@code trace.yaml}.
   *
   * @return the trace, without an assessment, or null when the case folder has no {@code trace.yaml}
   * @throws CaseFileException when trace.yaml is invalid (file:line:column and fix)
   * @throws TraceException when an evidence query fails (names the evidence id)
   */
  public static CaseAnalysis trace(CaseFile caseFile, Store store) throws CaseFileException, TraceException {
    Path folder = caseFile.folder();
    if (folder == null || !Files.isRegularFile(folder.resolve(TraceLoader.TRACE_FILE))) {
      return null;
    }
    TraceSpec spec = TraceLoader.load(folder);
    DuckDbObservationResolver resolver = new DuckDbObservationResolver(store.connection());
    Trace trace = TraceEngine.run(spec, resolver);
    SensitivityResult sensitivity = Sensitivity.analyse(trace, spec.sensitivity());
    return new CaseAnalysis(spec, trace, sensitivity, resolver.values(), null, null);
  }

  /**
   * The assess stage: this trace with the assessment of the case folder's {@code themes.yaml}.
   *
   * @return this analysis with its themes and assessment, or this one when the case has no themes.yaml
   * @throws CaseFileException when themes.yaml is invalid (file:line:column and fix)
   * @throws AssessmentException when an indicator query fails (names the indicator)
   */
  public CaseAnalysis assess(CaseFile caseFile, Store store) throws CaseFileException, AssessmentException {
    Path folder = caseFile.folder();
    if (!Files.isRegularFile(folder.resolve(ThemesLoader.THEMES_FILE))) {
      return this;
    }
    ThemesSpec themes = ThemesLoader.load(folder, spec);
    Set<String> cited = spec.evidence().stream().filter(e -> e.observation() instanceof Observation.Literal)
        .map(EvidenceItem::id).collect(Collectors.toSet());
    Assessment assessment = new Assessor(themes, caseFile.period(), new DuckDbSeries(store.connection()),
        trace.observed(), cited).assess();
    return new CaseAnalysis(spec, trace, sensitivity, values, themes, assessment);
  }

  /**
   * Stores the trace stage's tables: {@code trace_steps} and {@code evidence_observations}.
   *
   * @throws SQLException when the store cannot be written
   */
  public void storeTrace(Store store) throws SQLException {
    TraceCsv.store(store, spec, trace, values);
  }

  /**
   * Stores the assess stage's tables (see {@link AssessmentCsv#store}); emptied when the case has no
   * themes, so no earlier assessment outlives this one.
   *
   * @throws SQLException when the store cannot be written
   */
  public void storeAssessment(Store store) throws SQLException {
    AssessmentCsv.store(store, assessment);
  }

  /**
   * Empties the trace and assess stages' tables: the run has no trace (no trace.yaml, or a store
   * filtered by {@code --actors}), so no earlier run's trace or assessment is reported as this one's.
   *
   * @throws SQLException when the store cannot be written
   */
  public static void clear(Store store) throws SQLException {
    TraceCsv.clear(store);
    AssessmentCsv.store(store, null);
  }

  /**
   * The trace and assessment the trace and assess stages stored, rebuilt from the store and the
   * case's trace.yaml and themes.yaml (the texts: statements, descriptions, rules): observations
   * and query values from {@code evidence_observations}, the trail from {@code trace_steps} (the
   * entries and the sensitivity box follow from trace.yaml and the stored observations, with no
   * query run), the assessment from {@code assessment*} ({@link AssessmentCsv#read}).
   *
   * @return the analysis, with its assessment when one is stored; null when the store holds no
   *     trace (the case has no trace.yaml, or the trace was skipped)
   * @throws CaseFileException when trace.yaml or themes.yaml is invalid
   * @throws TraceException when the stored trail does not follow from trace.yaml and the stored
   *     observations (trace.yaml changed since the trace stage ran: run from trace)
   * @throws SQLException when a table is missing (its stage has not run)
   */
  public static CaseAnalysis read(CaseFile caseFile, Store store)
      throws CaseFileException, TraceException, SQLException {
    TraceCsv.Stored stored = TraceCsv.read(store);
    if (stored == null) {
      return null;
    }
    TraceSpec spec = TraceLoader.load(caseFile.folder());
    Trace trace = stored.replay(spec);
    CaseAnalysis traced = new CaseAnalysis(spec, trace, Sensitivity.analyse(trace, spec.sensitivity()),
        stored.values(), null, null);
    Path folder = caseFile.folder();
    if (!Files.isRegularFile(folder.resolve(ThemesLoader.THEMES_FILE))) {
      return traced;
    }
    ThemesSpec themes = ThemesLoader.load(folder, spec);
    Assessment assessment = AssessmentCsv.read(store, themes, caseFile.period());
    return assessment == null ? traced
        : new CaseAnalysis(spec, trace, traced.sensitivity(), stored.values(), themes, assessment);
  }

  /**
   * Writes {@code trace.csv} and, with themes, {@code assessment.csv} and
   * {@code assessment_indicators.csv} into {@code out}, from the tables {@link #storeTrace} and
   * {@link #storeAssessment} wrote.
   *
   * @throws SQLException when the store lacks the tables (the stages have not stored them)
   */
  public void write(Store store, Path out) throws IOException, SQLException {
    Files.createDirectories(out);
    TraceCsv.write(store, out);
    if (assessment != null) {
      AssessmentCsv.write(store, out);
    }
  }
}
