package org.dyadscope.assess;

/**
 * Where a theme moved between the first and the last segment of the period that hold data: the
 * change of its segment score (−1 = all challenge, +1 = all opportunity).
 */
public enum Trend {
  TOWARD_OPPORTUNITY("toward opportunity"), TOWARD_CHALLENGE("toward challenge"), STABLE("stable"),
  UNKNOWN("unknown");

  /** A change of the segment score smaller than this in size is {@link #STABLE}. */
  public static final double STABLE_BAND = 0.1;

  private final String label;

  Trend(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The trend of a change; NaN (fewer than two segments with data) is {@link #UNKNOWN}. */
  public static Trend of(double delta) {
    if (Double.isNaN(delta)) {
      return UNKNOWN;
    }
    return Math.abs(delta) < STABLE_BAND ? STABLE : delta > 0 ? TOWARD_OPPORTUNITY : TOWARD_CHALLENGE;
  }
}
