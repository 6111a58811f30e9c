package org.dyadscope.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyadscope.assess.CaseAnalysis;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.code.model.MoveModel;
import org.dyadscope.measure.DedupPolicy;
import org.dyadscope.store.Store;

/**
 * One {@code dyadscope run} of a case: the stages asked for, checked against the store before any
 * runs, then run over a store and outputs built in a work folder beside the output folder and
 * moved into place only when every stage has finished ({@link RunOutputs#swapIn}).
 *
 * @param caseFile the case
 * @param dataRoot the folder the case's file paths are relative to
 * @param outDir the output folder; its {@code case.duckdb} is the store a run from a later stage reruns over
 * @param dedup the de-duplication policy of the events_dedup counts
 * @param actors the ISO-3 codes collect keeps (either actor), or null for all events
 * @param from the stage to run from (null: from collect, a fresh store)
 * @param only the one stage to run, or null; at most one of {@code from} and {@code only}
 * @param extract a Parquet extract of the case's event sources ({@code dyadscope extract}) that collect
 *     loads instead of their raw files, or null
 * @param coder which detector decides the code stage's moves: {@code lexicon} or {@code model} (the
 *     case's trained detector, {@code CASE/model/move-detector.json})
 */
public record CaseRun(CaseFile caseFile, Path dataRoot, Path outDir, DedupPolicy dedup, Set<String> actors,
    String from, String only, Path extract, String coder) {

  /** A run whose moves the lexicon decides. */
  public CaseRun(CaseFile caseFile, Path dataRoot, Path outDir, DedupPolicy dedup, Set<String> actors,
      String from, String only, Path extract) {
    this(caseFile, dataRoot, outDir, dedup, actors, from, only, extract, SentenceCoding.LEXICON);
  }

  /** A run that reads every source from its raw files. */
  public CaseRun(CaseFile caseFile, Path dataRoot, Path outDir, DedupPolicy dedup, Set<String> actors,
      String from, String only) {
    this(caseFile, dataRoot, outDir, dedup, actors, from, only, null, SentenceCoding.LEXICON);
  }

  /**
   * Runs the stages and swaps their outputs in.
   *
   * @return the file to show the user: the report's index.html when the report ran, else the store
   * @throws PipelineException when the run is refused before anything ran (unknown stage, no store
   *     to rerun over, a required table missing, {@code --actors} without collect)
   * @throws StageFailure when a stage could not finish (the earlier outputs are left as they were)
   * @throws Exception when a stage fails otherwise
   */
  public Path execute() throws Exception {
    Pipeline pipeline = Pipeline.standard();
    List<Stage> run = only != null ? pipeline.only(only) : from != null ? pipeline.from(from) : pipeline.stages();
    // collect fills a fresh store; any other first stage reruns over the output folder's store
    boolean collects = run.get(0) == pipeline.stages().get(0);
    Path earlier = outDir.resolve(RunOutputs.STORE);
    if (!collects) {
      if (extract != null) {
        throw new PipelineException("--extract is what stage collect loads and does nothing from stage "
            + run.get(0).name() + "; leave it out, or run from collect");
      }
      if (actors != null) {
        throw new PipelineException("--actors filters what stage collect loads and does nothing from stage "
            + run.get(0).name() + "; leave it out, or run from collect");
      }
      if (!Files.isRegularFile(earlier)) {
        throw new PipelineException("no store " + earlier + " to run stage " + run.get(0).name()
            + " over; run the case without --from or --only first");
      }
    }
    pipeline.check(run, collects ? Set.of() : filled(earlier, pipeline.stages()));
    if (SentenceCoding.MODEL.equals(coder) && run.stream().anyMatch(s -> s instanceof CodeStage)) {
      try {
        MoveModel.forCase(caseFile.folder()); // no trained detector fails now, not after collect
      } catch (MoveModel.MissingModelException e) {
        throw new PipelineException(e.getMessage());
      }
    }
    if (run.stream().anyMatch(s -> s instanceof TraceStage || s instanceof AssessStage || s instanceof ReportStage)) {
      CaseAnalysis.check(caseFile); // a malformed trace.yaml or themes.yaml fails now, not after collect
    }
    StageContext.log("case " + caseFile.name() + ", data " + dataRoot.toAbsolutePath().normalize()
        + ", output " + outDir.toAbsolutePath().normalize() + ", stages " + Pipeline.describe(run));
    // everything is built aside and swapped in at the end: a run that fails leaves the last outputs as they were
    Path work = RunOutputs.workFolder(outDir);
    try {
      if (!collects) {
        Files.copy(earlier, work.resolve(RunOutputs.STORE));
      }
      try (Store store = Store.open(work.resolve(RunOutputs.STORE))) {
        pipeline.run(run, new StageContext(caseFile, dataRoot, store, work, outDir, dedup, actors, collects, extract,
            coder));
      }
      RunOutputs.swapIn(work, outDir);
    } finally {
      RunOutputs.delete(work);
    }
    boolean reported = run.get(run.size() - 1) == pipeline.stages().get(pipeline.stages().size() - 1);
    return reported ? outDir.resolve("report").resolve("index.html") : earlier;
  }

  /**
   * The tables of the store file that a stage has filled ({@link StageLog}), read without creating
   * the schema (so an older store shows what it lacks).
   */
  static Set<String> filled(Path storeFile, List<Stage> stages) throws SQLException {
    try (Store store = Store.openReadOnly(storeFile)) {
      return StageLog.filled(store, stages);
    }
  }
}
