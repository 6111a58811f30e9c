package org.dyadscope.trace;

/**
 * P(E|H_i) for one hypothesis and its range for the sensitivity analysis.
 *
 * @param value the point value in [0, 1]
 * @param range the range the sensitivity analysis varies it over: the test type's default range,
 *     a range stated in the case, or {@code null} for an explicit value without one (then
 *     {@link SensitivitySettings#explicitRange} applies); always contains {@code value}
 * @param test the test type the value comes from; {@code null} for an explicit value
 * @param role {@link Role#EXPLICIT}; {@link Role#TESTED} for the hypothesis a test is for (the
 *     type's P(E|H)); {@link Role#RIVAL} for its rivals (the type's P(E|¬H))
 */
public record Likelihood(double value, Range range, TestType test, Role role) {
  /** Where the value comes from. */
  public enum Role { EXPLICIT, TESTED, RIVAL }

  public Likelihood {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("a likelihood P(E|H) must lie in [0, 1], got " + value);
    }
    if (range != null && (range.low() < 0 || range.high() > 1 || !range.contains(value))) {
      throw new IllegalArgumentException("likelihood range " + range + " must lie within [0, 1] and contain " + value);
    }
    if ((role == Role.EXPLICIT) != (test == null)) {
      throw new IllegalArgumentException("a test type goes with role TESTED or RIVAL, an explicit value with none");
    }
  }

  /** An explicit P(E|H), varied by the default spread in the sensitivity analysis. */
  public static Likelihood explicit(double value) {
    return new Likelihood(value, null, null, Role.EXPLICIT);
  }

  /** An explicit P(E|H) with a stated range for the sensitivity analysis. */
  public static Likelihood explicit(double value, Range range) {
    return new Likelihood(value, range, null, Role.EXPLICIT);
  }

  /** P(E|H) of the hypothesis a test of this type is for. */
  public static Likelihood tested(TestType type) {
    return new Likelihood(type.pEgivenH(), type.pEgivenHRange(), type, Role.TESTED);
  }

  /** P(E|¬H) of the test type, for a rival of the tested hypothesis. */
  public static Likelihood rival(TestType type) {
    return new Likelihood(type.pEgivenNotH(), type.pEgivenNotHRange(), type, Role.RIVAL);
  }

  /** The factor Bayes' rule multiplies by: P(E|H) if E was observed, 1 − P(E|H) if not. */
  public double factor(boolean present) {
    return present ? value : 1 - value;
  }
}
