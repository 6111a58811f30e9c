package org.dyadscope.measure;

import java.util.List;

/**
 * Quarantined lines grouped by source and reason.
 *
 * @param source dataset name of the file (from provenance; {@code ?} when the file has none)
 * @param reason the reader's reason, verbatim
 * @param lines number of quarantined lines with this reason
 * @param files number of distinct files they come from
 * @param examples the first few lines (by file, then line number)
 */
public record QuarantineReason(String source, String reason, long lines, long files, List<Example> examples) {
  public QuarantineReason {
    examples = List.copyOf(examples);
  }

  /**
   * One quarantined line.
   *
   * @param file file label
   * @param line 1-based line number
   * @param raw the raw line, cut to {@link Audit#EXAMPLE_CHARS} characters
   */
  public record Example(String file, long line, String raw) {}
}
