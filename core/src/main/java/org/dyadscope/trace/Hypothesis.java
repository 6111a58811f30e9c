package org.dyadscope.trace;

/**
 * One hypothesis of a mutually exclusive, exhaustive set.
 *
 * @param id short id used by evidence items and in {@code trace.csv}, e.g. {@code H1}
 * @param statement the claim, in a sentence
 * @param prior prior weight, positive and finite; the engine divides all priors by their sum
 *     (the case-file loader further requires (0, 1], i.e. stated probabilities)
 * @param reason why the analyst gives this prior (shown in the report); empty if none
 */
public record Hypothesis(String id, String statement, double prior, String reason) {
  public Hypothesis {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a hypothesis needs an id");
    }
    if (!(prior > 0) || !Double.isFinite(prior)) {
      throw new IllegalArgumentException("prior of " + id + " must be positive and finite, got " + prior);
    }
    statement = statement == null ? "" : statement;
    reason = reason == null ? "" : reason;
  }
}
