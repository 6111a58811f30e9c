package org.dyadscope.code.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * The values of a lexicon file's {@code attr} column, written in lower case ({@link #label}); which
 * ones a file may use is {@link Category#attributes}. An empty {@code attr} is no attribute (null).
 */
public enum Attribute {
  /** Actor types ({@code actors.tsv}): a state, a leader (stands for the state the person leads or led). */
  STATE, LEADER, ALLIANCE, IGO, GROUP, REGION,
  /** Actor absorber: a phrase that holds an actor word but names no actor ("Arab Spring"). */
  NONE,
  /** Threat terms: names a threat by itself. Desecuritization: suffices alone. */
  STRONG,
  /** Threat terms: needs a referent and an urgency or a source. Desecuritization: needs a security context. */
  WEAK,
  /** Desecuritization cues that govern the threat term after them: ending ("end the war"), disarmament. */
  ENDING, DISARM,
  /** Urgency cues: urgency proper (must, urgent), a call to fight the threat, an extraordinary measure. */
  URGENCY, COUNTER, MEASURE,
  /** Negation cues: the cue follows the threat term; the cue denies a whole clause. */
  POST, CLAUSE;

  /** Lower-case name as written in the lexicon files and in {@code matched_terms}, e.g. {@code strong}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@link #label} of {@code a}, or the empty string for no attribute (null). */
  public static String label(Attribute a) {
    return a == null ? "" : a.label();
  }

  /**
   * The attribute written {@code text} (exact lower case: {@code Strong} is refused), null when empty.
   *
   * @throws IllegalArgumentException naming the allowed labels when {@code text} is not one of {@code allowed}
   */
  static Attribute parse(String text, Set<Attribute> allowed) {
    if (text.isEmpty()) {
      return null;
    }
    for (Attribute a : allowed) {
      if (a.label().equals(text)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown attr '" + text + "'; expected "
        + (allowed.isEmpty() ? "an empty attr" : "one of " + Labels.of(allowed, a -> a.label()) + " or empty"));
  }
}
