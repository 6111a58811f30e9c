package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadscope.assess.CaseAnalysis;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.code.CorpusCoder;
import org.dyadscope.code.CorpusCodingResult;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.collect.Collector;
import org.dyadscope.collect.ReaderRegistry;
import org.dyadscope.measure.DedupPolicy;
import org.dyadscope.measure.Measurements;
import org.dyadscope.measure.Securitization;
import org.dyadscope.report.ReportWriter;
import org.dyadscope.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyadscope run CASE}: the whole pipeline for one case — collect into a fresh store, measure,
 * report. The store and every output are built in a folder beside {@code --out} and moved into place
 * only when all are complete ({@link RunOutputs#swapIn}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs a case end to end: collects its sources into <out>/case.duckdb, measures the dyads' "
        + "series, codes its documents for securitizing moves (<out>/codings.csv), and writes "
        + "<out>/series/*.csv, <out>/provenance.csv and <out>/report/ (index.html, report.md, report.json). "
        + "With trace.yaml (and themes.yaml) in the case folder it also writes <out>/trace.csv, "
        + "<out>/assessment.csv and <out>/assessment_indicators.csv.")
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

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(caseDir)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          caseDir + ": no such case folder; pass a folder holding case.yaml, e.g. cases/russia-iran-2012-2022");
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
    System.err.println("dyadscope run: case " + c.name() + ", data " + root.toAbsolutePath().normalize()
        + ", output " + outDir.toAbsolutePath().normalize());
    // everything is built aside and swapped in at the end: a run that fails leaves the last outputs as they were
    Path work = RunOutputs.workFolder(outDir);
    try {
      Collector.Result collected;
      try (Store store = Store.open(work.resolve(RunOutputs.STORE))) {
        collected = new Collector(root, new ReaderRegistry(root, c.lookups(), c.entityOverrides()))
            .collect(c, store, w -> System.err.println("dyadscope run: warning: " + w),
                p -> System.err.println("dyadscope run: " + p), keep);
      }
      if (collected.files().isEmpty() || collected.rowsLoaded() == 0) {
        System.err.println("dyadscope run: no data loaded from " + root + " for case " + c.name()
            + "; check --data points at the folder holding the case's files (e.g. ../shared/data)");
        return 1;
      }
      writeOutputs(c, work, policy, keep);
      RunOutputs.swapIn(work, outDir);
      warnRepeatedIds(outDir.resolve(RunOutputs.STORE));
      long quarantined = collected.files().stream().mapToLong(f -> f.rowsQuarantined()).sum();
      long duplicate = collected.files().stream().mapToLong(f -> f.rowsDuplicate()).sum();
      long sameContent = collected.files().stream().filter(f -> f.duplicateOf() != null).count();
      System.err.println(String.format(java.util.Locale.ROOT,
          "dyadscope run: %,d files%s, %,d rows loaded, %,d quarantined, %,d duplicate, %d missing file patterns",
          collected.files().size(), sameContent == 0 ? "" : " (" + sameContent + " with the content of another, not stored)",
          collected.rowsLoaded(), quarantined, duplicate, collected.missing().size()));
    } finally {
      RunOutputs.delete(work);
    }
    System.out.println(outDir.resolve("report").resolve("index.html"));
    return 0;
  }

  /** Measures, codes, traces and reports from the store in {@code dir} into {@code dir}. */
  private static void writeOutputs(CaseFile c, Path dir, DedupPolicy policy, Set<String> keep) throws Exception {
    try (Store store = Store.open(dir.resolve(RunOutputs.STORE))) {
      Measurements m = Measurements.compute(c, store, policy);
      CorpusCodingResult coded = new CorpusCoder(DocumentCoder.forCase(c.folder())).code(store, null);
      CorpusCoder.writeCsv(store, dir);
      Securitization.aggregate(store);
      Securitization.writeCsv(store, dir.resolve("series"));
      System.err.printf("dyadscope run: coded %d documents, %d sentences: %d securitizing, %d desecuritizing moves (lexicon %s)%n",
          coded.documents(), coded.sentences(), coded.moves(), coded.desecuritizing(), coded.lexiconVersion());
      Map<String, Long> copies = coded.copies();
      System.err.printf("dyadscope run: %d document rows repeat a stored text and were stored once"
          + " (%d identical, %d compatible, %d with conflicting metadata): %s%n",
          copies.values().stream().mapToLong(Long::longValue).sum(), copies.get("identical"),
          copies.get("compatible"), copies.get("conflict"), dir.resolve("series").resolve("document_copies.csv"));
      // The trace and theme queries take their denominators from the events table, which --actors
      // thins out: their figures would change, so they are not computed on a filtered store.
      CaseAnalysis analysis = null;
      if (keep == null) {
        analysis = CaseAnalysis.run(c, store); // null when the case folder has no trace.yaml
      } else {
        System.err.println("dyadscope run: warning: process tracing and the assessment are skipped with --actors "
            + "(their queries need every event of a source); run without --actors to get trace.csv and assessment.csv");
      }
      if (analysis != null) {
        analysis.write(dir);
      }
      ReportWriter.write(c, m, dir, analysis,
          Securitization.read(store, c.period().start().getYear(), c.period().end().getYear()));
    }
  }

  /**
   * Says what the store holds more than once or kept out as a repeat: ids stored on more than one
   * row of a source (whatever their dates: ICEWS reissues ids on other days), which the loader's
   * identity check should leave only for formats without their own ids; and ids repeated with
   * another date ({@code event_conflicts}), of which one row was kept.
   */
  private static void warnRepeatedIds(Path storeFile) throws java.sql.SQLException {
    String sql = "SELECT (SELECT count(*) FROM (SELECT source, event_id FROM events GROUP BY ALL HAVING count(*) > 1)),"
        + " (SELECT count(*) FROM event_conflicts)";
    try (Store store = Store.openReadOnly(storeFile);
        java.sql.Statement st = store.connection().createStatement();
        java.sql.ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      long stored = rs.getLong(1);
      long conflicts = rs.getLong(2);
      if (stored > 0) {
        System.err.println("dyadscope run: warning: " + stored + " event ids are stored on more than one row of"
            + " the same source and are counted once per row; list them with: dyadscope query " + storeFile
            + " \"SELECT source, event_id, list(event_date), list(file) FROM events GROUP BY ALL HAVING count(*) > 1\"");
      }
      if (conflicts > 0) {
        System.err.println("dyadscope run: warning: " + (conflicts == 1 ? "1 row repeats" : conflicts + " rows repeat")
            + " an event id already loaded with another event date; the first row of each id is kept, both are"
            + " listed by: dyadscope query "
            + storeFile + " \"SELECT * FROM event_conflicts\"");
      }
    }
  }
}
