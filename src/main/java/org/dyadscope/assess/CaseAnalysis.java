package org.dyadscope.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * Runs the stages when the case folder holds {@code trace.yaml} (and {@code themes.yaml}).
   *
   * @return the analysis, or null when the case folder has no {@code trace.yaml}
   * @throws CaseFileException when trace.yaml or themes.yaml is invalid (file:line:column and fix)
   * @throws TraceException when an evidence query fails (names the evidence id)
   * @throws AssessmentException when an indicator query fails (names the indicator)
   */
  public static CaseAnalysis run(CaseFile caseFile, Store store)
      throws CaseFileException, TraceException, AssessmentException {
    Path folder = caseFile.folder();
    if (folder == null || !Files.isRegularFile(folder.resolve(TraceLoader.TRACE_FILE))) {
      return null;
    }
    TraceSpec spec = TraceLoader.load(folder);
    DuckDbObservationResolver resolver = new DuckDbObservationResolver(store.connection());
    Trace trace = TraceEngine.run(spec, resolver);
    SensitivityResult sensitivity = Sensitivity.analyse(trace, spec.sensitivity());
    ThemesSpec themes = null;
    Assessment assessment = null;
    if (Files.isRegularFile(folder.resolve(ThemesLoader.THEMES_FILE))) {
      themes = ThemesLoader.load(folder, spec);
      Set<String> cited = spec.evidence().stream().filter(e -> e.observation() instanceof Observation.Literal)
          .map(EvidenceItem::id).collect(Collectors.toSet());
      assessment = new Assessor(themes, caseFile.period(), new DuckDbSeries(store.connection()), trace.observed(),
          cited).assess();
    }
    return new CaseAnalysis(spec, trace, sensitivity, resolver.values(), themes, assessment);
  }

  /**
   * Writes {@code trace.csv} and, with themes, {@code assessment.csv} and
   * {@code assessment_indicators.csv} into {@code out}.
   */
  public void write(Path out) throws IOException {
    Files.createDirectories(out);
    TraceCsv.write(trace, out.resolve("trace.csv"));
    if (assessment != null) {
      AssessmentCsv.write(assessment, out);
    }
  }
}
