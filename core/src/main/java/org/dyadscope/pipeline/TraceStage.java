package org.dyadscope.pipeline;

import java.util.List;
import org.dyadscope.assess.CaseAnalysis;

/**
 * Bayesian process tracing of the case's {@code trace.yaml} over the store ({@link CaseAnalysis#trace});
 * without trace.yaml it empties the trace and assessment tables, so an earlier run's are not reported. The evidence queries read any table collect and code
 * fill, and an item written as a {@code measure} reads the measure stage's series; on a store filtered by {@code --actors} their denominators would change, so it does not run.
 */
final class TraceStage extends DeclaredStage {
  TraceStage() {
    super("trace",
        List.of("events", "source_totals", "ideal_points", "arms_transfers", "documents", "codings",
            "event_series", "unga_distance", "arms_tiv"),
        List.of("trace_steps", "evidence_observations"));
  }

  @Override
  public void run(StageContext ctx) throws Exception {
    if (ctx.filtered()) {
      StageContext.log("warning: process tracing and the assessment are skipped with --actors "
          + "(their queries need every event of a source); run without --actors to get trace.csv and assessment.csv");
      CaseAnalysis.clear(ctx.store());
      return;
    }
    CaseAnalysis traced = CaseAnalysis.trace(ctx.caseFile(), ctx.store());
    if (traced == null) {
      CaseAnalysis.clear(ctx.store());
    } else {
      traced.storeTrace(ctx.store());
    }
  }
}
