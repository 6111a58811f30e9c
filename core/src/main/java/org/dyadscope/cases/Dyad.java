package org.dyadscope.cases;

/**
 * A directed dyad: source actor → target actor, each an ISO-3 / CAMEO country code.
 *
 * <p>Written {@code RUS->IRN} in case files and CSV output.
 */
public record Dyad(String source, String target) {
  public Dyad {
    if (source == null || target == null || source.equals(target)) {
      throw new IllegalArgumentException("a dyad needs two different actors, got " + source + "->" + target);
    }
  }

  /** The reverse dyad (target → source). */
  public Dyad reverse() {
    return new Dyad(target, source);
  }

  @Override
  public String toString() {
    return source + "->" + target;
  }
}
