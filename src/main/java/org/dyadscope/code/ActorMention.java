package org.dyadscope.code;

/**
 * An actor named in a sentence.
 *
 * @param code ISO-3166 alpha-3 code, or an organisation, group or region code from the actor lexicon
 * @param type actor type from the lexicon: state, leader, alliance, igo, group, region
 * @param phrase the lexicon phrase that matched, e.g. {@code Islamic Republic of Iran}
 * @param start char offset of the mention in the document
 * @param end offset after the mention
 */
public record ActorMention(String code, String type, String phrase, int start, int end) {}
