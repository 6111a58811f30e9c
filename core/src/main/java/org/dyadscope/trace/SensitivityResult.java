package org.dyadscope.trace;

import java.util.List;

/**
 * What {@link Sensitivity#analyse} found.
 *
 * @param settings the box searched
 * @param leader the hypothesis with the highest posterior at the stated values
 * @param intervals per hypothesis, in case order, the posterior's [min, max] over the box (exact:
 *     see {@link Sensitivity})
 * @param overtakers the hypotheses that have a higher posterior than {@code leader} somewhere in
 *     the box (exact); empty when the conclusion is robust
 * @param parameters number of varied quantities: hypotheses × (entries + 1)
 * @param exhaustive whether all 2^parameters corners were evaluated, rather than a seeded sample
 * @param cornersEvaluated corners enumerated or sampled (the 2n extreme corners not counted)
 * @param cornersWithOtherLeader of those, how many have another leader: a measure of how much of
 *     the box disagrees, not only whether some of it does
 * @param undefinedCorners corners where the observations have probability 0 under every hypothesis (skipped)
 */
public record SensitivityResult(SensitivitySettings settings, String leader, List<PosteriorInterval> intervals,
    List<String> overtakers, int parameters, boolean exhaustive, long cornersEvaluated, long cornersWithOtherLeader,
    long undefinedCorners) {
  public SensitivityResult {
    intervals = List.copyOf(intervals);
    overtakers = List.copyOf(overtakers);
  }

  /** Whether the leading hypothesis changes somewhere within the ranges. */
  public boolean flips() {
    return !overtakers.isEmpty();
  }

  /** The interval of one hypothesis. */
  public PosteriorInterval interval(String hypothesisId) {
    return intervals.stream().filter(i -> i.hypothesis().equals(hypothesisId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no hypothesis " + hypothesisId));
  }
}
