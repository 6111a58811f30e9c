package org.dyadscope.trace;

/**
 * The box the sensitivity analysis searches.
 *
 * @param priorFactor each stated prior is multiplied by a factor in this range, then all are
 *     renormalised (default ×0.5..×2)
 * @param explicitSpread an explicit likelihood without a stated range varies by ± this much (default 0.1)
 * @param explicitClip the range that explicit spread is clipped to (default [0.01, 0.99]); the stated value
 *     itself always stays in its range, even 0 or 1
 * @param maxExhaustiveParameters with at most this many varied parameters all 2^k corners are
 *     evaluated (default 16: 65,536 corners); with more, a seeded sample of corners
 * @param samples corners sampled when the box is too large to enumerate (default 4,096)
 * @param seed seed of the corner sample, so reports are reproducible
 */
public record SensitivitySettings(Range priorFactor, double explicitSpread, Range explicitClip,
    int maxExhaustiveParameters, int samples, long seed) {
  public SensitivitySettings {
    if (priorFactor.low() <= 0 || !priorFactor.contains(1)) {
      throw new IllegalArgumentException("prior factor range " + priorFactor + " must be positive and contain 1");
    }
    if (!(explicitSpread >= 0 && explicitSpread <= 1)) {
      throw new IllegalArgumentException("explicit spread must lie in [0, 1], got " + explicitSpread);
    }
    if (explicitClip.low() < 0 || explicitClip.high() > 1) {
      throw new IllegalArgumentException("explicit clip range must lie within [0, 1], got " + explicitClip);
    }
    if (maxExhaustiveParameters < 0 || maxExhaustiveParameters > 24 || samples < 1) {
      throw new IllegalArgumentException("need 0..24 exhaustive parameters and at least one sample");
    }
  }

  public static SensitivitySettings defaults() {
    return new SensitivitySettings(new Range(0.5, 2), 0.1, new Range(0.01, 0.99), 16, 4096, 1L);
  }

  /** The range of an explicit likelihood without a stated one: value ± spread, clipped, containing value. */
  public Range explicitRange(double value) {
    double low = Math.max(explicitClip.low(), value - explicitSpread);
    double high = Math.min(explicitClip.high(), value + explicitSpread);
    return new Range(Math.min(value, low), Math.max(value, high));
  }

  /** The range {@code l} is varied over. */
  public Range rangeOf(Likelihood l) {
    return l.range() != null ? l.range() : explicitRange(l.value());
  }
}
