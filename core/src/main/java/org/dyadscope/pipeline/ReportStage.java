package org.dyadscope.pipeline;

import java.util.List;
import org.dyadscope.assess.CaseAnalysis;
import org.dyadscope.code.CorpusCoder;
import org.dyadscope.measure.MeasureTables;
import org.dyadscope.measure.Securitization;
import org.dyadscope.report.ReportWriter;
import org.dyadscope.report.SourceNotes;

/**
 * Writes the files of the run: the series CSVs, provenance.csv, trace.csv, the assessment CSVs and
 * the report ({@link ReportWriter}); it fills no table.
 */
final class ReportStage extends DeclaredStage {
  ReportStage() {
    super("report",
        List.of("provenance", "quarantine", "event_series", "coverage", "unga_distance", "arms_tiv", "triads",
            "securitization_yearly", "securitization_yearly_by_source", "threat_matrix_yearly", "securitization_kwic",
            "near_duplicates", "document_copies", "trace_steps", "evidence_observations", "assessment",
            "assessment_indicators", "assessment_segments", "assessment_third_party", "unresolved_entities",
            "country_graph_series"),
        List.of());
  }

  @Override
  public void run(StageContext ctx) throws Exception {
    CaseAnalysis analysis = CaseAnalysis.read(ctx.caseFile(), ctx.store());
    if (analysis != null) {
      analysis.write(ctx.store(), ctx.work());
    }
    // every file is written from the store's tables, so a run from a later stage rewrites them all
    CorpusCoder.writeCsv(ctx.store(), ctx.work());
    Securitization.writeCsv(ctx.store(), ctx.work().resolve("series"));
    ReportWriter.write(ctx.caseFile(), MeasureTables.read(ctx.caseFile(), ctx.store()),
        MeasureTables.views(ctx.store(), ctx.caseFile()), ctx.work(), analysis,
        Securitization.read(ctx.store(), ctx.caseFile().period().start().getYear(),
            ctx.caseFile().period().end().getYear()), SourceNotes.read(ctx.store()));
  }
}
