package org.dyadscope.code;

import java.util.Set;
import org.dyadscope.code.lexicon.Match;
import org.dyadscope.code.lexicon.WordList;

/**
 * Another actor's words (CODEBOOK.md, "Speaker": the speaker is the securitizing actor; a view the
 * speaker reports is not the speaker's move). A sentence reports another actor when a reporting
 * verb ({@code reporting_verbs} in {@code words.tsv}: claims, called, declared, said, accuses) has
 * as its subject, up to {@value #SUBJECT_SCOPE} tokens before it in its clause, a named actor other
 * than the speaker ("NATO has declared that", "a NATO communiqué called our partnership a threat",
 * "Putin claims that") or an unnamed other ({@code others}: "they claim", "some say"; or a person
 * named by a word of {@code person_names}: "Michael Jordan said"); or when
 * "according to" names an actor. The threat terms after the verb in its clause (after "according to
 * X": all of the sentence's) are that actor's claim: they make no move of the speaker, and the actor is the
 * sentence's <b>securitizing actor</b>: its code, or {@value #UNNAMED} when unnamed. A
 * first-person subject ("we said that") is the speaker's own voice; a verb followed by "on", "upon" or
 * "for" ("they insist on a ceasefire", "they call for"), or "calling up", reports nothing. A negated
 * threat term stays a denial ({@link Negation}) inside reported words too.
 */
final class ReportedSpeech {
  /** The securitizing actor of a claim whose author the sentence does not name ("they claim"). */
  static final String UNNAMED = "other";
  private static final int SUBJECT_SCOPE = 4;
  /** Subjects that are the speaker's own voice ("we said that", "as I said"). */
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("we", "i");
  /** Words after a reporting verb that make it no report ("they insist on", "call for", "calling up"). */
  private static final Set<String> NOT_REPORTING = Set.of("on", "upon", "for", "up");

  private final String actor;
  private final String verb;
  /** Threat terms from this token on, before {@link #to}, are the reported actor's words. */
  private final int from;
  private final int to;

  private ReportedSpeech(String actor, String verb, int from, int to) {
    this.actor = actor;
    this.verb = verb;
    this.from = from;
    this.to = to;
  }

  /** The first reporting frame of the sentence, or null when it reports no one. */
  static ReportedSpeech find(SentenceView v) {
    for (int k = 0; k < v.size(); k++) {
      if (k + 2 < v.size() && v.key(k).equals("according") && v.key(k + 1).equals("to")) {
        ActorMention a = v.actorStartingNear(k + 2, 1);
        if (a != null && !a.code().equals(v.speaker)) {
          return new ReportedSpeech(a.code(), "according to", 0, v.size());
        }
      }
      if (v.isWord(k, WordList.REPORTING_VERBS) && !(k + 1 < v.size() && NOT_REPORTING.contains(v.key(k + 1)))) {
        String subject = subject(v, k);
        if (subject != null) {
          int end = k + 1;
          while (end < v.size() && !v.breakBefore(end)) {
            end++;
          }
          return new ReportedSpeech(subject, v.key(k), k + 1, end);
        }
      }
    }
    return null;
  }

  /** The reporting actor's code, {@value #UNNAMED}, or null when the verb's subject is the speaker
   * or none is found. */
  private static String subject(SentenceView v, int verb) {
    String other = null;
    for (int k = verb - 1; k >= 0 && k >= verb - SUBJECT_SCOPE; k--) {
      if (v.breakBefore(k + 1) || v.isWord(k, WordList.FIRST_PERSON) || SPEAKER_PRONOUNS.contains(v.key(k))) {
        break;
      }
      Match m = v.at(k);
      ActorMention a = m == null ? null : SentenceView.actor(m);
      if (a != null) {
        return a.code().equals(v.speaker) ? null : a.code();
      }
      if (other == null && (v.isWord(k, WordList.OTHERS) || v.isWord(k, WordList.PERSON_NAMES))) {
        other = UNNAMED;
      }
    }
    return other;
  }

  /** True when {@code m} lies in the reported words. */
  boolean covers(Match m) {
    return m.from() >= from && m.from() < to;
  }

  /** The securitizing actor: a code or {@value #UNNAMED}. */
  String actor() {
    return actor;
  }

  /** The evidence term, {@code reported=verb (actor)}. */
  String term() {
    return "reported=" + verb + " (" + actor + ")";
  }
}
