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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship case over the real data, run in full and then again from a later stage over the
 * full run's store: every CSV and report.json must come out identical (a few minutes; the wall
 * times are printed).
 */
class RerunFromStageTest {
  private static final String CASE = "cases/russia-iran-2012-2022";

  @TempDir Path dir;

  /** Runs the flagship into {@code out} with {@code extra} arguments; returns exit code and wall seconds. */
  private static double[] run(Path data, Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", CASE, "--data", data.toString(), "--out",
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

  @Test
  void runsFromCodeAndFromMeasureWriteWhatTheFullRunWrote() throws Exception {
    Path data = TestData.root();
    Path full = dir.resolve("full");
    double[] fullRun = run(data, full);
    assertThat(fullRun[0]).isZero();

    Path fromCode = storeCopy(full, "from-code");
    double[] codeRun = run(data, fromCode, "--from", "code");
    assertThat(codeRun[0]).isZero();
    assertThat(OutputComparison.differences(full, fromCode)).isEmpty();

    Path fromMeasure = storeCopy(full, "from-measure");
    double[] measureRun = run(data, fromMeasure, "--from", "measure");
    System.err.println(String.format(Locale.ROOT, "flagship wall time: full run %.1f s, --from code %.1f s, "
        + "--from measure %.1f s", fullRun[1], codeRun[1], measureRun[1]));
    assertThat(measureRun[0]).isZero();
    assertThat(OutputComparison.differences(full, fromMeasure)).isEmpty();
  }
}
