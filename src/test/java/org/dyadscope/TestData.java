package org.dyadscope;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared real data ({@code ../shared/data}, or the {@code dyadscope.data} system
 * property that Maven sets) and skips a test with a clear message when a file is absent.
 */
public final class TestData {
  private TestData() {}

  /** The data root; the test is skipped when it does not exist. */
  public static Path root() {
    Path root = Path.of(System.getProperty("dyadscope.data", "../shared/data"));
    assumeTrue(Files.isDirectory(root),
        "real data not found at " + root.toAbsolutePath() + "; set -Ddyadscope.data=... to run this test");
    return root;
  }

  /** A file under the data root; the test is skipped when it is absent. */
  public static Path file(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "real data file " + p.toAbsolutePath() + " is absent; test skipped");
    return p;
  }
}
