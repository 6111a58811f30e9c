package org.dyadscope.code;

import java.util.List;
import org.dyadscope.code.lexicon.Attribute;
import org.dyadscope.code.lexicon.WordList;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;

/**
 * What a call asks for (CODEBOOK.md M2, urgency or extraordinary measures): setting something
 * against a threat term is a call to fight it; an urgency cue that goes on to dialogue or an
 * ending is a call for normal politics, and no urgency.
 */
final class Calls {
  /** Tokens after an urgency cue in which a desecuritization cue makes it a call for normal politics. */
  private static final int CALL_SCOPE = 8;

  private Calls() {}

  /**
   * A threat term that something is set against: "against", at most one determiner or
   * possessive, then the term ("our powerful weapon against COVID-19", "measures against
   * terrorism", "a coalition against ISIL"). Opposing a threat is a call to fight it when no
   * threat term precedes "against": "aggression against the terrorists" names a hostile act,
   * whose target is no threat.
   */
  static boolean opposed(SentenceView v, Match t) {
    int k = t.from() - 1;
    if (k >= 0 && v.isWord(k, WordList.DETERMINERS) && !v.breakBefore(k + 1)) {
      k--;
    }
    if (k < 0 || !v.key(k).equals("against") || v.breakBefore(k + 1) || !v.is(k, Category.MARKER)) {
      return false; // a longer match ("fight against") is an urgency cue of its own
    }
    return !(k >= 1 && v.is(k - 1, Category.THREAT) && !v.breakBefore(k));
  }

  /**
   * An urgency cue (attr {@code urgency}: must, urgent) whose clause goes on, within {@value
   * #CALL_SCOPE} tokens, to a desecuritization cue before any threat term: the call is for
   * dialogue, settlement or ending a fight ("we must work to end the conflicts", "must be settled
   * through dialogue"), not for measures against a threat. Ending and disarmament cues count only
   * when they govern a term ({@code endings}, from {@link EndingScope#apply}).
   */
  static boolean callsForDesecuritization(SentenceView v, Match u, List<Match> endings, List<Match> threats) {
    if (u.entry(Category.URGENCY).attr() != Attribute.URGENCY) {
      return false;
    }
    for (Match m : v.clauseMatchesAfter(u.to(), CALL_SCOPE)) {
      LexiconEntry d = m.entry(Category.DESECURITIZATION);
      if (d != null && (!EndingScope.governing(d.attr()) || endings.contains(m))) {
        return true;
      }
      if (threats.contains(m) || m.is(Category.URGENCY)) {
        return false;
      }
    }
    return false;
  }
}
