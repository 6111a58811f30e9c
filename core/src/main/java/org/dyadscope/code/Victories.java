package org.dyadscope.code;

import org.dyadscope.code.lexicon.Match;
import org.dyadscope.code.lexicon.WordList;

/**
 * Past victories (CODEBOOK.md, "Present or future"): a threat term that is the object of a past
 * verb of overcoming ({@code overcome_verbs} in {@code words.tsv}: defeated, driven, eradicated), up
 * to {@value #SCOPE} tokens before it in its clause, is a danger told as overcome ("we have driven
 * back terrorism", "the army defeated ISIL"), not a present threat: it gives no move.
 */
final class Victories {
  private static final int SCOPE = 3;

  private Victories() {}

  /** True when a past verb of overcoming governs {@code threat}. */
  static boolean overcome(SentenceView v, Match threat) {
    for (int k = threat.from() - 1; k >= 0 && k >= threat.from() - SCOPE; k--) {
      if (v.breakBefore(k + 1)) {
        return false;
      }
      if (v.isWord(k, WordList.OVERCOME_VERBS)) {
        return true;
      }
      if (v.at(k) != null) {
        return false; // another term between: "defeated the aggression" is governed, "defeated Syria's enemies" is not read
      }
    }
    return false;
  }
}
