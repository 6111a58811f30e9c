package org.dyadscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a run writes beside its store. They are removed before a run writes new ones, so a
 * stage that fails or is skipped (no trace.yaml, --actors) never leaves an earlier run's output
 * looking current. Other files in the output folder are left alone.
 */
final class RunOutputs {
  static final List<String> FILES = List.of("provenance.csv", "codings.csv", "trace.csv", "assessment.csv",
      "assessment_indicators.csv");
  static final List<String> FOLDERS = List.of("series", "report");

  private RunOutputs() {}

  /** Deletes the run outputs under {@code outDir}; throws {@link IOException} when one cannot be deleted. */
  static void clear(Path outDir) throws IOException {
    for (String f : FILES) {
      Files.deleteIfExists(outDir.resolve(f));
    }
    for (String d : FOLDERS) {
      Path dir = outDir.resolve(d);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }
}
