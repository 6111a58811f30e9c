package org.dyadscope.trace;

import java.nio.file.Path;
import java.util.List;

/**
 * A case's process-tracing input, as read from {@code trace.yaml} by {@link TraceLoader}.
 *
 * @param file the file it was read from ({@code null} when built in code)
 * @param hypotheses the mutually exclusive, exhaustive hypotheses, in case order
 * @param groups declared dependency groups (items may also name undeclared ones)
 * @param evidence evidence items in the order they are entered
 * @param sensitivity the sensitivity box
 */
public record TraceSpec(Path file, List<Hypothesis> hypotheses, List<EvidenceGroup> groups,
    List<EvidenceItem> evidence, SensitivitySettings sensitivity) {
  public TraceSpec {
    hypotheses = List.copyOf(hypotheses);
    groups = List.copyOf(groups);
    evidence = List.copyOf(evidence);
    sensitivity = sensitivity == null ? SensitivitySettings.defaults() : sensitivity;
  }
}
