package org.dyadscope.pipeline;

import java.util.List;
import org.dyadscope.measure.CountryGraphSeries;
import org.dyadscope.measure.MeasureTables;
import org.dyadscope.measure.Securitization;

/** Measures the case's series, coverage, UNGA distances, arms flows and triads over the store ({@link Measurements}). */
final class MeasureStage extends DeclaredStage {
  MeasureStage() {
    super("measure",
        List.of("events", "source_totals", "ideal_points", "arms_transfers", "provenance", "quarantine",
            "documents", "codings", "country_graph_daily"),
        List.of("event_series", "coverage", "unga_distance", "arms_tiv", "triads", "securitization_yearly",
            "securitization_yearly_by_source", "threat_matrix_yearly", "country_graph_series"));
  }

  @Override
  public void run(StageContext ctx) throws Exception {
    MeasureTables.measure(ctx.caseFile(), ctx.store(), ctx.dedup());
    Securitization.aggregate(ctx.store(), ctx.caseFile().period());
    CountryGraphSeries.store(ctx.caseFile(), ctx.store());
  }
}
