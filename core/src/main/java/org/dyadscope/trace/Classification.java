package org.dyadscope.trace;

/**
 * What a pair of likelihoods amounts to as a Van Evera test, from {@link TestType#classify}.
 *
 * @param type the test type; {@code null} when the evidence is not diagnostic (P(E|H) = P(E|¬H))
 * @param polarity whether H predicts the presence of E, or its absence (then the test is run on
 *     ¬E: a hoop "on absence" means H requires E to be missing)
 * @param lrPresent likelihood ratio if E is observed, P(E|H)/P(E|¬H); infinite when P(E|¬H) = 0
 * @param lrAbsent likelihood ratio if E is not observed, P(¬E|H)/P(¬E|¬H); infinite when P(¬E|¬H) = 0
 */
public record Classification(TestType type, Polarity polarity, double lrPresent, double lrAbsent) {
  /** Which observation of E the hypothesis predicts. */
  public enum Polarity { PRESENCE, ABSENCE, NONE }

  public boolean diagnostic() {
    return type != null;
  }

  /**
   * A short label for CSV and reports: {@code hoop}, {@code smoking_gun_on_absence},
   * {@code not_diagnostic}.
   */
  public String label() {
    if (type == null) {
      return "not_diagnostic";
    }
    return polarity == Polarity.ABSENCE ? type.label() + "_on_absence" : type.label();
  }
}
