package org.dyadscope.assess;

/**
 * Whether the computed verdict reproduces the study's finding: {@code agree} when the verdict is
 * the study's side; {@code disagree} when it is the other side or mixed (the study states a
 * one-sided finding that the data do not show one-sided); {@code not enough data} when the verdict
 * is insufficient data.
 */
public enum Agreement {
  AGREE("agree"), DISAGREE("disagree"), NOT_ENOUGH_DATA("not enough data");

  private final String label;

  Agreement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The agreement of a verdict with the study's claim. */
  public static Agreement of(Verdict verdict, Side studyClaim) {
    if (verdict == Verdict.INSUFFICIENT_DATA) {
      return NOT_ENOUGH_DATA;
    }
    return verdict == Verdict.of(studyClaim) ? AGREE : DISAGREE;
  }
}
