package org.dyadscope.code.lexicon;

import java.util.Locale;

/**
 * The closed English word lists the coding rules consult, one list name per row of {@code words.tsv}
 * ({@link Words}). Each holds folded single tokens.
 */
public enum WordList {
  /** Coordinating conjunctions that join conjuncts ("hostilities and violence"). */
  COORDINATION,
  /** Determiners and possessives that may stand between a preposition and its noun. */
  DETERMINERS,
  /** Nouns naming a state's people as the victim of a hostile act ("sanctions on my people"). */
  VICTIMS,
  /** First-person possessives before a victim noun ("my people", "our citizens"). */
  FIRST_PERSON,
  /** Relative pronouns that open a clause describing a thing (not "who": a person). */
  RELATIVE_CLAUSE,
  /** Relative pronouns after which an actor may be the subject of a threat's clause. */
  RELATIVE_PRONOUNS,
  /** Prefixes that, hyphenated to a threat word, leave no threat ("pre-war", "anti-war"). */
  NEUTRALIZING_PREFIXES,
  /** Words after a generic threat noun that say what the threat is, whose it is or whom it threatens. */
  SPECIFIERS,
  /** Verbs by which a clause's subject fights the threat instead of posing it ("combating terrorism"). */
  COUNTER_VERBS,
  /** Nouns that turn a demonym into an agent ("the Iranian regime", "Israeli forces"). */
  AGENT_NOUNS,
  /** Compass words; one that is an actor ("West") names no actor before a region ("West Asia"). */
  COMPASS,
  /** Titles and given names: a country name right after one is a person's name ("Michael Jordan"). */
  PERSON_NAMES,
  /** Verbs that report another's words ("NATO claims that", "a communiqué called it a threat"). */
  REPORTING_VERBS,
  /** Third-person words that, as the subject of a reporting verb, stand for an unnamed other actor ("they claim"). */
  OTHERS,
  /** Past forms of verbs of overcoming a threat: the threat is a past victory, not a present danger ("we have driven back terrorism"). */
  OVERCOME_VERBS;

  /** Lower-case name as written in {@code words.tsv}, e.g. {@code counter_verbs}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
