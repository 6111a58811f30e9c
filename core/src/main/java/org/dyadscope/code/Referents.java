package org.dyadscope.code;

import java.util.List;
import org.dyadscope.code.lexicon.Flag;
import org.dyadscope.code.lexicon.WordList;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;

/**
 * The referent object (CODEBOOK.md M1): what the threat endangers. It is a referent cue ({@code
 * referents.tsv}) nearest the first threat term, or the actor after a target marker that follows a
 * threat term ("aggression against Yemen"). Two predicates imply their referent, which makes the
 * term strong by itself: a hostile act aimed at the speaker ({@link #aimedAct}) and a predicate of
 * ruin whose subject is a referent ({@link #harmedReferent}).
 */
final class Referents {
  private static final int SUBJECT_SCOPE = 12;

  private final SentenceView v;

  Referents(SentenceView v) {
    this.v = v;
  }

  /** The referent cue nearest the first threat term (the first cue when there is no term), or
   * null when there is none. */
  static Match nearest(List<Match> referents, List<Match> threats) {
    if (referents.isEmpty()) {
      return null;
    }
    if (threats.isEmpty()) {
      return referents.get(0);
    }
    Match t = threats.get(0);
    Match best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Match r : referents) {
      int d = r.from() >= t.to() ? r.from() - t.to() : t.from() - r.to();
      if (d < bestDist) {
        best = r;
        bestDist = d;
      }
    }
    return best;
  }

  /** The code of the actor the first threat term that has one is directed at, or null: right
   * after a target marker that follows the term ("the crimes of Israel against the Palestinians"
   * skips the agent after "of" of an {@code agentof} term). */
  String target(List<Match> threats) {
    for (Match t : threats) {
      String target = targetAfter(t);
      if (target != null) {
        return target;
      }
    }
    return null;
  }

  private String targetAfter(Match threat) {
    int k = threat.to();
    if (threat.entry(Category.THREAT).has(Flag.AGENTOF) && k + 1 < v.size()
        && v.key(k).equals("of") && v.is(k + 1, Category.ACTOR)) {
      k = v.at(k + 1).to();
    }
    Match marker = v.targetMarkerAt(k);
    if (marker == null) {
      return null;
    }
    ActorMention a = v.actorStartingNear(marker.to(), 2);
    return a == null ? null : a.code();
  }

  /**
   * A one-sided hostile act (flag {@code act}: sanctions, embargo) aimed at the speaker: "on" or
   * "against", then within two tokens the speaker's name or "my"/"our" and a people noun
   * ("sanctions against Iran" said by Iran, "sanctions on my people"). An act against oneself
   * is presented as hostile and implies its victim as referent, so it is a threat by itself;
   * sanctions the speaker imposes on others are a measure, not a threat. Any threat term "against" a
   * referent object, within two tokens, is aimed at it too ("a war against the institution of the
   * family").
   */
  boolean aimedAct(Match t) {
    int k = t.to();
    Match marker = v.targetMarkerAt(k);
    if (marker == null || !(v.key(k).equals("on") || v.key(k).equals("against"))) {
      return false;
    }
    boolean act = t.entry(Category.THREAT).has(Flag.ACT);
    int from = marker.to();
    for (int j = from; j < v.size() && j <= from + 2; j++) {
      if (j > from && v.breakBefore(j)) {
        return false;
      }
      if (v.isWord(j, WordList.VICTIMS)) {
        return act && j > from && v.isWord(j - 1, WordList.FIRST_PERSON);
      }
      Match m = v.at(j);
      if (m != null) {
        if (m.is(Category.REFERENT) && v.key(k).equals("against")) {
          return true;
        }
        ActorMention a = SentenceView.actor(m);
        return act && a != null && a.code().equals(v.speaker);
      }
    }
    return false;
  }

  /**
   * A predicate of ruin (flag {@code harm}: collapse, destroyed, on the brink of) whose subject is
   * a referent in a present clause: walking back in its clause, up to {@value #SUBJECT_SCOPE}
   * tokens, a present cue ("is", "are", "remains") and right before it a referent that no
   * preposition governs ("our region is on the brink of collapse", "their democratic institutions
   * are being destroyed"). The referent is presented as endangered now though no threat word is
   * used. Past narration ("was destroyed") has no present cue.
   */
  boolean harmedReferent(Match t) {
    if (!t.entry(Category.THREAT).has(Flag.HARM)) {
      return false;
    }
    Match present = null;
    for (Match m : v.clauseMatchesBefore(t.from(), SUBJECT_SCOPE)) {
      LexiconEntry tense = m.entry(Category.TENSE);
      if (tense != null) {
        if (!tense.value().equals("present")) {
          return false;
        }
        present = m;
      } else if (m.is(Category.REFERENT)) {
        // the subject heads its verb ("our region is"), not a compound ("the Arab Peace Initiative are")
        return present != null && present.from() == m.to() && !v.governedByPreposition(m);
      } else if (m.is(Category.THREAT) || m.is(Category.URGENCY) || m.is(Category.DESECURITIZATION)
          || m.is(Category.MARKER) || m.is(Category.NEGATION)) {
        return false;
      }
    }
    return false;
  }
}
