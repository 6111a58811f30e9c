package org.dyadscope.code.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * The flags of a lexicon file's {@code flags} column (comma- or space-separated, lower case); which
 * ones a file may use is {@link Category#flags}.
 */
public enum Flag {
  /** Match the written case only (acronyms that are also words: US, WHO, AU). Any file. */
  CS,
  /** Delete the phrase (in a case's override). Any file. */
  REMOVE,
  /** Actors: an adjective ("Israeli"), a threat source only when it modifies the threat term itself. */
  ADJ,
  /** Actors of type leader, written {@code person:<key>}: the person's dated offices in {@link Roles}. */
  PERSON,
  /** Threat terms: an ending cue before it desecuritizes it ("end the war"). */
  ENDABLE,
  /** Threat terms: an actor right after "of" is the threat's agent ("the aggression of NATO"). */
  AGENTOF,
  /** Threat terms: a one-sided hostile act; ending it is still a securitizing move. */
  ACT,
  /** Threat terms: a general word for threat or danger, a threat only when something specifies it. */
  GENERIC,
  /** Threat terms: a predicate of ruin ("collapse"); with a referent as its subject it counts as strong. */
  HARM,
  /** Threat terms: a lead-in to the threat term after it ("on the brink of"), not a second term. */
  LEAD,
  /** Threat terms: a weapon, governed by disarmament cues. */
  WEAPON,
  /** Desecuritization: a cue of settlement that governs the endable threat term after it, as an ending does. */
  SETTLES,
  /** Desecuritization: an ending cue in the past ("prevented", "averted") that governs hostile acts too. */
  AVERTED;

  /** Lower-case name as written in the lexicon files, e.g. {@code endable}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The flag written {@code text}, {@code person:<key>} read as {@link #PERSON} (exact lower case:
   * {@code CS} is refused).
   *
   * @throws IllegalArgumentException naming the allowed flags when {@code text} is not one of {@code allowed}
   */
  static Flag parse(String text, Set<Flag> allowed) {
    String name = text.startsWith("person:") ? "person" : text;
    for (Flag f : allowed) {
      if (f.label().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown flag '" + text + "'; expected "
        + Labels.of(allowed, f -> f == PERSON ? "person:<key>" : f.label()));
  }
}
