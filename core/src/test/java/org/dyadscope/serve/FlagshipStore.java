package org.dyadscope.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadscope.TestData;
import org.dyadscope.cli.Main;

/**
 * The flagship case run once per test JVM over the real data (about a minute), for the tests that
 * serve its store; skipped (with a SKIPPED: line) when the data is absent.
 */
final class FlagshipStore {
  static final Path CASE = Path.of("cases/russia-iran-2012-2022");
  private static Path out;

  private FlagshipStore() {}

  /** The run's output folder (its case.duckdb inside), built on first use and deleted at exit. */
  static synchronized Path out() throws IOException {
    Path data = TestData.root();
    if (out == null) {
      Path dir = Files.createTempDirectory("dyadscope-serve-");
      Path run = dir.resolve("russia-iran-2012-2022");
      int exit = Main.execute("run", CASE.toString(), "--data", data.toString(), "--out", run.toString());
      assertThat(exit).as("dyadscope run on the flagship case").isZero();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      out = run;
    }
    return out;
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
