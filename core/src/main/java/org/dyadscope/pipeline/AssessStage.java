package org.dyadscope.pipeline;

import java.util.List;
import org.dyadscope.assess.CaseAnalysis;

/**
 * Judges each finding of the case's {@code themes.yaml} against the data and the trace's evidence
 * ({@link CaseAnalysis#assess}), the trace read back from the store ({@link CaseAnalysis#read}); the
 * assessment tables are emptied when the store holds no trace or the case has no themes.yaml.
 */
final class AssessStage extends DeclaredStage {
  AssessStage() {
    super("assess",
        List.of("events", "source_totals", "ideal_points", "arms_transfers", "trace_steps", "evidence_observations",
            "event_series", "unga_distance", "arms_tiv"),
        List.of("assessment", "assessment_indicators", "assessment_segments", "assessment_third_party"));
  }

  @Override
  public void run(StageContext ctx) throws Exception {
    CaseAnalysis traced = CaseAnalysis.read(ctx.caseFile(), ctx.store());
    if (traced == null) {
      CaseAnalysis.clear(ctx.store());
    } else {
      traced.assess(ctx.caseFile(), ctx.store()).storeAssessment(ctx.store());
    }
  }
}
