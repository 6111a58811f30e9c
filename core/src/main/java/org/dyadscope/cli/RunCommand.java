package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.measure.DedupPolicy;
import org.dyadscope.pipeline.CaseRun;
import org.dyadscope.pipeline.PipelineException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyadscope run CASE}: parses the arguments of a run of the case's pipeline
 * ({@link CaseRun}): every stage into a fresh store, or from one stage ({@code --from}) or one stage
 * alone ({@code --only}) over the output folder's store. A run the stage declarations refuse exits 2.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs a case end to end: collects its sources into <out>/case.duckdb, measures the dyads' "
        + "series, codes its documents for securitizing moves (<out>/codings.csv), and writes "
        + "<out>/series/*.csv, <out>/provenance.csv and <out>/report/ (index.html, report.md, report.json). "
        + "With trace.yaml (and themes.yaml) in the case folder it also writes <out>/trace.csv, "
        + "<out>/assessment.csv and <out>/assessment_indicators.csv. The stages: collect, code, measure, trace, "
        + "assess, report (ARCHITECTURE.md).")
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE", description = "case folder holding case.yaml, e.g. cases/russia-iran-2012-2022")
  Path caseDir;

  @Option(names = "--data", paramLabel = "DIR", description = "data root the case's file paths are relative to; default $DYADSCOPE_DATA")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder; default out/<case-name>/")
  Path out;

  @Option(names = "--actors", paramLabel = "CODES",
      description = "keep only events where either actor's country is one of these ISO-3 codes, e.g. "
          + "RUS,IRN,USA,CHN; every event still counts in the source's daily totals (table source_totals), "
          + "so shares stay shares of ALL events of the source")
  String actors;

  @Option(names = "--dedup", paramLabel = "POLICY", defaultValue = "daily",
      description = {"de-duplication policy of the events_dedup counts shown beside the raw counts: none, "
          + "exact (identical rows), daily (one a day per date, source actor, target actor, event code), "
          + "url (one per SOURCEURL; citations without a domain never merged). Default: ${DEFAULT-VALUE}"})
  String dedup;

  @Option(names = "--extract", paramLabel = "DIR",
      description = "read the events of the case's GDELT and ICEWS sources from this Parquet extract "
          + "(written by dyadscope extract) instead of their raw files; its actor filter is the run's")
  Path extract;

  @Option(names = "--from", paramLabel = "STAGE",
      description = "rerun from this stage (collect, code, measure, trace, assess, report) over the output "
          + "folder's store, e.g. --from measure; refused when a table a stage needs is not in the store")
  String from;

  @Option(names = "--only", paramLabel = "STAGE",
      description = "run this one stage over the output folder's store (collect: into a fresh store)")
  String only;

  @Option(names = "--coder", paramLabel = "DETECTOR", defaultValue = "lexicon",
      description = "which detector decides the securitizing moves: lexicon (the rules; the default) or model (the "
          + "case's trained detector, CASE/model/move-detector.json, written by dyadscope train CASE; the lexicon's "
          + "evidence is kept)")
  String coder;

  @Override
  public Integer call() throws Exception {
    Coders.check(coder, spec.commandLine());
    if (!Files.exists(caseDir)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          caseDir + ": no such case folder; pass a folder holding case.yaml, e.g. cases/russia-iran-2012-2022");
    }
    if (extract != null && !Files.isDirectory(extract)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          extract + ": no such extract folder; write it with dyadscope extract CASE --data DIR --out " + extract);
    }
    if (from != null && only != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--from and --only exclude each other; give one");
    }
    DedupPolicy policy;
    try {
      policy = DedupPolicy.of(dedup);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dedup: " + e.getMessage());
    }
    Set<String> keep = ActorList.parse(actors, spec.commandLine());
    CaseFile c = CaseLoader.load(caseDir);
    Path root = DataRoot.resolve(data, spec.commandLine());
    Path outDir = out != null ? out : Path.of("out", c.name());
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      // refused before the stages run: their outputs could not be moved into a file's place
      throw new CommandLine.ParameterException(spec.commandLine(),
          (out != null ? "--out " : "the output folder ") + outDir + " is a file, not a folder; give a folder"
              + (out != null ? "" : " with --out") + " (created when absent)");
    }
    Path shown;
    try {
      shown = new CaseRun(c, root, outDir, policy, keep, from, only, extract, coder).execute();
    } catch (PipelineException e) {
      System.err.println("dyadscope run: " + e.getMessage());
      return 2;
    }
    System.out.println(shown);
    return 0;
  }
}
