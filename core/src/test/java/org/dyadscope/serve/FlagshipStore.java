package org.dyadscope.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dyadscope.TestData;
import org.dyadscope.cli.Main;

/**
 * One run of the flagship case over the real data, made on first use and shared by every test of
 * the JVM that needs a served store (about a minute); the test is skipped when the data is absent.
 * The folder is deleted when the JVM exits. {@code $DYADSCOPE_FLAGSHIP_OUT=DIR} uses an earlier
 * run's output folder instead (while developing: the run takes a minute or more).
 */
public final class FlagshipStore {
  public static final Path CASE = Path.of("cases/russia-iran-2012-2022");
  private static Path out;

  private FlagshipStore() {}

  /** The run's output folder (case.duckdb, series/, ...). */
  public static synchronized Path outputFolder() throws IOException {
    Path data = TestData.root();
    String given = System.getenv("DYADSCOPE_FLAGSHIP_OUT");
    if (out == null && given != null) {
      out = Path.of(given);
    }
    if (out == null) {
      Path dir = Files.createTempDirectory("dyadscope-serve-flagship");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      Path o = dir.resolve("russia-iran-2012-2022");
      int exit = Main.execute("run", CASE.toString(), "--data", data.toString(), "--out", o.toString());
      assertThat(exit).as("flagship run").isZero();
      out = o;
    }
    return out;
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind
    }
  }
}
