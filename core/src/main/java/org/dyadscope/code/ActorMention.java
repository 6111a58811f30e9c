package org.dyadscope.code;

import org.dyadscope.code.lexicon.Attribute;

/**
 * An actor named in a sentence.
 *
 * @param code ISO-3166 alpha-3 code, or an organisation, group or region code from the actor lexicon
 * @param type actor type from the lexicon: state, leader, alliance, igo, group, region (null when none given)
 * @param phrase the lexicon phrase that matched, e.g. {@code Islamic Republic of Iran}
 * @param start char offset of the mention in the document
 * @param end offset after the mention
 * @param role for a leader, the office held on the document's date ({@link
 *     org.dyadscope.code.lexicon.Roles#at}: "President of Russia", "former President of the United
 *     States"); empty for other actors, or when the date or the person's offices are unknown
 */
public record ActorMention(String code, Attribute type, String phrase, int start, int end, String role) {
  /** This mention with {@code role}. */
  public ActorMention withRole(String role) {
    return new ActorMention(code, type, phrase, start, end, role);
  }

  /** {@code CODE=phrase}, with {@code [role]} when there is one: {@code RUS=Medvedev [Prime Minister of Russia]}. */
  public String label() {
    return code + "=" + phrase + (role.isEmpty() ? "" : " [" + role + "]");
  }
}
