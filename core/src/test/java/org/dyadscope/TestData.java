package org.dyadscope;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared real data — the {@code dyadscope.data} system property (Maven sets it to
 * {@code ../shared/data}; override with {@code -Ddyadscope.data=DIR}), else {@code $DYADSCOPE_DATA},
 * else {@code ../shared/data} — and skips a test with a clear message, also printed on standard
 * error, when the data or a file is absent.
 */
public final class TestData {
  private TestData() {}

  /** The data root; the test is skipped when it does not exist. */
  public static Path root() {
    String env = System.getenv("DYADSCOPE_DATA");
    Path root = Path.of(System.getProperty("dyadscope.data",
        env == null || env.isBlank() ? "../shared/data" : env));
    skipUnless(Files.isDirectory(root), "real data not found at " + root.toAbsolutePath()
        + "; run with -Ddyadscope.data=DIR to include the real-data tests");
    return root;
  }

  /** A file under the data root; the test is skipped when it is absent. */
  public static Path file(String relative) {
    Path p = root().resolve(relative);
    skipUnless(Files.exists(p), "real data file " + p.toAbsolutePath() + " is absent");
    return p;
  }

  private static void skipUnless(boolean present, String message) {
    if (!present) {
      System.err.println("SKIPPED: " + message);
    }
    assumeTrue(present, message);
  }
}
