package org.dyadscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyadscope.TestData;
import org.dyadscope.cli.Main;
import org.dyadscope.serve.FlagshipStore;
import org.dyadscope.store.Store;
import org.dyadscope.store.StoreQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship case over the real data, run in full ({@link FlagshipStore}, shared) and then again
 * from a later stage over a copy of the full run's store: every CSV and report.json must come out identical, and with {@code --only
 * report} and {@code --from report} also the report's HTML and Markdown (a few minutes; the wall
 * times are printed). A case without trace.yaml rerun over the same store empties its trace and
 * assessment tables.
 */
class RerunFromStageTest {
  private static final String CASE = "cases/russia-iran-2012-2022";

  @TempDir Path dir;

  /** Runs the flagship into {@code out} with {@code extra} arguments; returns exit code and wall seconds. */
  private static double[] run(Path data, Path out, String... extra) {
    return run(CASE, data, out, extra);
  }

  /** Runs the case folder {@code caseDir} into {@code out}; returns exit code and wall seconds. */
  private static double[] run(String caseDir, Path data, Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", caseDir, "--data", data.toString(), "--out",
        out.toString()));
    args.addAll(List.of(extra));
    long start = System.nanoTime();
    int exit = Main.execute(args.toArray(String[]::new));
    return new double[] {exit, (System.nanoTime() - start) / 1e9};
  }

  /** A copy of the full run's store in a new output folder, to rerun over. */
  private Path storeCopy(Path full, String name) throws Exception {
    Path out = Files.createDirectories(dir.resolve(name));
    Files.copy(full.resolve(RunOutputs.STORE), out.resolve(RunOutputs.STORE));
    return out;
  }

  /** Every CSV and report.json value as {@link OutputComparison} compares them, and the report's HTML and Markdown byte for byte. */
  private static void assertSameOutputs(Path full, Path rerun) throws Exception {
    assertThat(OutputComparison.differences(full, rerun)).isEmpty();
    for (String report : List.of("report/index.html", "report/report.md")) {
      assertThat(Files.mismatch(full.resolve(report), rerun.resolve(report))).as(report).isEqualTo(-1L);
    }
  }

  /** The trace and assess stages' tables, which a run without trace.yaml must leave empty. */
  private static final List<String> ANALYSIS_TABLES = List.of("trace_steps", "evidence_observations", "assessment",
      "assessment_indicators", "assessment_segments", "assessment_third_party");

  private static long rows(Path store, String table) throws Exception {
    try (Store s = Store.openReadOnly(store)) {
      return StoreQueries.count(s, "SELECT count(*) FROM " + table);
    }
  }

  @Test
  void runsFromCodeAndFromMeasureWriteWhatTheFullRunWrote() throws Exception {
    Path data = TestData.root();
    Path full = FlagshipStore.outputFolder(); // the full run, shared with the other flagship tests

    // the report reads the trace and the assessment from the store alone
    for (String[] how : List.of(new String[] {"--only", "report"}, new String[] {"--from", "report"})) {
      Path rerun = storeCopy(full, "report-" + how[0].substring(2));
      assertThat(run(data, rerun, how)[0]).as(String.join(" ", how)).isZero();
      assertSameOutputs(full, rerun);
    }

    // a case without trace.yaml over that store: no earlier trace or assessment is left to report
    Path caseCopy = dir.resolve("case-without-trace");
    try (var files = Files.walk(Path.of(CASE))) {
      for (Path f : files.toList()) {
        Files.copy(f, caseCopy.resolve(Path.of(CASE).relativize(f).toString()));
      }
    }
    Files.delete(caseCopy.resolve("trace.yaml"));
    Files.delete(caseCopy.resolve("themes.yaml")); // themes.yaml alone is refused: the assessment reads the trace
    Path noTrace = storeCopy(full, "no-trace");
    for (String table : ANALYSIS_TABLES) {
      assertThat(rows(noTrace.resolve(RunOutputs.STORE), table)).as(table).isPositive();
    }
    assertThat(run(caseCopy.toString(), data, noTrace, "--from", "trace")[0]).isZero();
    for (String table : ANALYSIS_TABLES) {
      assertThat(rows(noTrace.resolve(RunOutputs.STORE), table)).as(table).isZero();
    }
    assertThat(noTrace.resolve("trace.csv")).doesNotExist();
    assertThat(Files.readString(noTrace.resolve("report/index.html"))).doesNotContain("Process tracing");

    Path fromCode = storeCopy(full, "from-code");
    double[] codeRun = run(data, fromCode, "--from", "code");
    assertThat(codeRun[0]).isZero();
    assertSameOutputs(full, fromCode);

    Path fromMeasure = storeCopy(full, "from-measure");
    double[] measureRun = run(data, fromMeasure, "--from", "measure");
    System.err.println(String.format(Locale.ROOT, "flagship wall time: --from code %.1f s, "
        + "--from measure %.1f s", codeRun[1], measureRun[1]));
    assertThat(measureRun[0]).isZero();
    assertThat(OutputComparison.differences(full, fromMeasure)).isEmpty();
  }
}
