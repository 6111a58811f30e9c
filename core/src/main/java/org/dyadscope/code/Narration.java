package org.dyadscope.code;

import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;

/**
 * Narration and history (CODEBOOK.md, "Present or future": historical narration is no move).
 *
 * <p>A sentence <b>narrates</b> when it has a past cue ({@code tense.tsv}: was, had, ago; or "in"
 * or "of" and a year {@value #PAST_YEARS} or more years before the document's) and no present cue
 * (is, will, must, today): narration is never a move. A sentence with a <b>history</b> cue ({@code
 * history.tsv}: anniversary, the Second World War) is a move only when it has an urgency cue.
 */
final class Narration {
  /** A year this many years or more before the document's year, after "in" or "of", is past:
   * history, not a recent event still in view. */
  private static final int PAST_YEARS = 5;

  private final boolean historical;
  private final int pastCues;
  private final int presentCues;

  /** @param docYear the document's year, or 0 when unknown (no year then counts as past) */
  Narration(SentenceView v, int docYear) {
    boolean history = false;
    int past = 0;
    int present = 0;
    for (Match m : v.matches) {
      if (m.is(Category.HISTORY)) {
        history = true;
      }
      LexiconEntry tense = m.entry(Category.TENSE);
      if (tense != null) {
        if (tense.value().equals("past")) {
          past++;
        } else {
          present++;
        }
      }
    }
    historical = history;
    pastCues = past + pastYears(v, docYear);
    presentCues = present;
  }

  /** True when the sentence cannot be a move: narration, or history without an urgency cue. */
  boolean rulesOutMove(boolean hasUrgency) {
    return (historical && !hasUrgency) || (pastCues > 0 && presentCues == 0);
  }

  /** "in 1999", "of 2003": the years {@link #PAST_YEARS} or more before the document's. */
  private static int pastYears(SentenceView v, int docYear) {
    if (docYear == 0) {
      return 0;
    }
    int n = 0;
    for (int k = 1; k < v.size(); k++) {
      String key = v.key(k);
      if (key.length() == 4 && Character.isDigit(key.charAt(0)) && Character.isDigit(key.charAt(3))) {
        String before = v.key(k - 1);
        if (before.equals("in") || before.equals("of")) {
          int y = Integer.parseInt(key);
          if (y >= 1000 && y <= docYear - PAST_YEARS) {
            n++;
          }
        }
      }
    }
    return n;
  }
}
