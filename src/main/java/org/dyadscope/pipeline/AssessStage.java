package org.dyadscope.pipeline;

import java.util.List;
import org.dyadscope.assess.CaseAnalysis;

/**
 * Judges each finding of the case's {@code themes.yaml} against the data and the trace's evidence
 * ({@link CaseAnalysis#assess}); nothing when the trace did not run or the case has no themes.yaml.
 */
final class AssessStage extends DeclaredStage {
  AssessStage() {
    super("assess",
        List.of("events", "source_totals", "ideal_points", "arms_transfers", "evidence_observations"),
        List.of("assessment", "assessment_indicators"));
  }

  @Override
  public void run(StageContext ctx) throws Exception {
    CaseAnalysis traced = ctx.analysis(name());
    if (traced != null) {
      CaseAnalysis assessed = traced.assess(ctx.caseFile(), ctx.store());
      assessed.storeAssessment(ctx.store());
      ctx.traced(assessed);
    }
  }
}
