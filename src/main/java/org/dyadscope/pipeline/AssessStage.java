package org.dyadscope.pipeline;

import java.util.List;
import org.dyadscope.assess.CaseAnalysis;

/**
 * Judges each finding of the case's {@code themes.yaml} against the data and the trace's evidence
 * ({@link CaseAnalysis#assess}); nothing when the trace did not run or the case has no themes.yaml.
 */
final class AssessStage implements Stage {
  @Override
  public String name() {
    return "assess";
  }

  @Override
  public List<String> requires() {
    return List.of("events", "source_totals", "ideal_points", "arms_transfers", "evidence_observations");
  }

  @Override
  public List<String> produces() {
    return List.of("assessment", "assessment_indicators");
  }

  @Override
  public void run(StageContext ctx) throws Exception {
    CaseAnalysis traced = ctx.analysis(name());
    if (traced != null) {
      ctx.traced(traced.assess(ctx.caseFile(), ctx.store()));
    }
  }
}
