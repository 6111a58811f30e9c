package org.dyadscope.assess;

/** A theme's computed verdict; see {@link Assessor} for the rule. */
public enum Verdict {
  CHALLENGE("challenge"), OPPORTUNITY("opportunity"), MIXED("mixed"), INSUFFICIENT_DATA("insufficient data");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Verdict of(Side side) {
    return side == Side.CHALLENGE ? CHALLENGE : OPPORTUNITY;
  }
}
