package org.dyadscope.code;

import java.util.ArrayList;
import java.util.List;
import org.dyadscope.code.lexicon.Attribute;
import org.dyadscope.code.lexicon.Flag;
import org.dyadscope.code.lexicon.WordList;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;

/**
 * Ending scope: the threat terms a desecuritization cue acts on (CODEBOOK.md D1, "ending a war or
 * conflict", arms control and disarmament).
 *
 * <p>An ending cue (desecuritization attr {@code ending}: end, termination of) governs the first
 * threat term within {@value #ENDING_SCOPE} tokens of its clause when it is flagged {@code
 * endable} ("end the war", "termination of aggression"); a disarmament cue (attr {@code disarm}:
 * destruction, elimination, dismantling) governs one flagged {@code weapon} ("the destruction of
 * chemical weapons" is disarmament, not a threat); a settlement cue (flag {@code settles}: resolve,
 * settlement of, political solution) governs the endable term after it as an ending cue does
 * ("resolving the crisis"). The terms coordinated with the governed one ("an end to hostilities
 * and violence") and the threat terms of a relative clause right after it ("end the conflicts
 * that are driving so much pain") share its fate.
 *
 * <p>A governed term is desecuritized and no longer counts as a threat, unless it is a one-sided
 * hostile act (flag {@code act}: aggression, occupation, blockade, sanctions), whose ending is
 * demanded ("the termination of aggression against Yemen" is a move as well as desecuritizing);
 * "prevented" and "averted" (flag {@code averted}) govern hostile acts too. Ending and disarmament
 * cues count as desecuritization only when they govern a term.
 */
final class EndingScope {
  private static final int ENDING_SCOPE = 5;

  private EndingScope() {}

  /** Desecuritization cues that act on the threat term they govern: ending and disarmament. */
  static boolean governing(Attribute kind) {
    return kind == Attribute.ENDING || kind == Attribute.DISARM;
  }

  /**
   * Applies the ending scope of every cue in {@code desecs}, in order: the governed terms leave
   * {@code threats} for {@code ended} (hostile acts stay, unless averted), and a governing cue that
   * is itself a threat term ("destruction") leaves {@code threats}.
   *
   * @return the ending and disarmament cues that govern a term
   */
  static List<Match> apply(SentenceView v, List<Match> desecs, List<Match> threats, List<Match> ended) {
    List<Match> endings = new ArrayList<>();
    for (Match d : desecs) {
      LexiconEntry de = d.entry(Category.DESECURITIZATION);
      Attribute kind = de.attr();
      if (governing(kind) || de.has(Flag.SETTLES)) {
        List<Match> governed = governedThreats(v, d, kind == Attribute.DISARM ? Flag.WEAPON : Flag.ENDABLE, threats);
        if (!governed.isEmpty()) {
          if (governing(kind)) {
            endings.add(d);
          }
          for (Match m : governed) {
            if (!m.entry(Category.THREAT).has(Flag.ACT) || de.has(Flag.AVERTED)) {
              threats.remove(m); // ending a mutual fight desecuritizes it; ending a hostile act also demands it
              ended.add(m);
            }
          }
          threats.remove(d); // "destruction" of weapons is disarmament, not a threat
        }
      }
    }
    return endings;
  }

  /**
   * The threat terms {@code cue} governs: the first threat term within {@link #ENDING_SCOPE}
   * tokens of its clause when it carries {@code flag}, the terms coordinated with it that carry it
   * too ("war, violence or sanctions"), and the current {@code threats} of a relative clause right
   * after them. Empty when the first term lacks the flag.
   */
  private static List<Match> governedThreats(SentenceView v, Match cue, Flag flag, List<Match> threats) {
    List<Match> out = new ArrayList<>();
    for (int k = cue.to(); k < v.size() && k < cue.to() + ENDING_SCOPE; k++) {
      if (v.breakBefore(k)) {
        return out;
      }
      Match m = v.at(k);
      if (m != null) {
        LexiconEntry e = m.entry(Category.THREAT);
        if (e != null && !m.is(Category.DESECURITIZATION)) {
          if (!e.has(flag)) {
            return out;
          }
          out.add(m);
          for (Match c = v.conjunct(m); c != null && c.entry(Category.THREAT).has(flag); c = v.conjunct(c)) {
            out.add(c);
          }
          out.addAll(relativeClauseThreats(v, out.get(out.size() - 1), threats));
          return out;
        }
      }
    }
    return out;
  }

  /**
   * The threat terms of a relative clause right after {@code m}, up to the clause's end. They
   * describe the thing being ended, so they share its fate; an ended or settled fight is not
   * presented as a threat.
   */
  private static List<Match> relativeClauseThreats(SentenceView v, Match m, List<Match> threats) {
    List<Match> out = new ArrayList<>();
    int k = m.to();
    if (k >= v.size() || v.breakBefore(k) || !v.isWord(k, WordList.RELATIVE_CLAUSE)) {
      return out;
    }
    for (Match c : v.clauseMatchesAfter(k + 1, v.size())) {
      if (c.is(Category.THREAT) && threats.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
