package org.dyadscope.code;

import java.util.List;
import org.dyadscope.code.lexicon.Attribute;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;

/**
 * Rule 1, negation scope: which threat terms the sentence denies (CODEBOOK.md D3, denying a
 * threat desecuritizes it: "China would never seek hegemony").
 *
 * <p>A threat term is negated when
 *
 * <ul>
 *   <li>a negation cue stands among the {@value #NEGATION_SCOPE} tokens before it, with no clause
 *       break and no preposition (a {@code markers.tsv} phrase) or other threat term between: "is
 *       not a threat", "poses no threat", but not "no justification for terrorism"; a cue flagged
 *       {@code post} counts when it follows the term instead. The infinitive "to" after "not" or
 *       "never" does not stop a negation ("is not to perpetuate hatred"); "no to" does ("say no to
 *       militarization" is a call);
 *   <li>or a denial of intention or belief (negation cue flagged {@code clause}) stands earlier in
 *       its clause, up to {@value #DENIAL_SCOPE} tokens before: "we have no intention to fight a
 *       war";
 *   <li>or a reporting cue ({@code reported.tsv}) stands up to {@value #REPORTED_SCOPE} tokens
 *       before it in its clause: "the so-called Iranian threat", "on the pretext of fighting
 *       terrorism" (CODEBOOK.md, Speaker: a view reported to reject it is no move).
 * </ul>
 *
 * A negation covers the threat terms coordinated with the negated one ("not war and aggression",
 * "the rejection of violence and extremism", "free from violence, hatred and fear").
 */
final class Negation {
  private static final int NEGATION_SCOPE = 3;
  private static final int DENIAL_SCOPE = 10;
  private static final int REPORTED_SCOPE = 6;

  private Negation() {}

  /** Negated by a close cue, by a denial of intention earlier in the clause, or reported. */
  static boolean isNegated(SentenceView v, Match threat) {
    return isNegatedClose(v, threat) || governedInClause(v, threat, DENIAL_SCOPE, Category.NEGATION, Attribute.CLAUSE)
        || governedInClause(v, threat, REPORTED_SCOPE, Category.REPORTED, null);
  }

  /**
   * Moves the threat terms coordinated with a negated one from {@code threats} to {@code negated}
   * (appended, so their own conjuncts follow in turn).
   */
  static void spreadOverCoordination(SentenceView v, List<Match> threats, List<Match> negated) {
    for (int i = 0; i < negated.size(); i++) {
      for (Match c = v.conjunct(negated.get(i)); c != null; c = v.conjunct(c)) {
        if (threats.remove(c)) {
          negated.add(c);
        }
      }
    }
  }

  /** A cue of {@code category} (with {@code attr}, when given) up to {@code scope} tokens before
   * the term, in its clause. */
  private static boolean governedInClause(SentenceView v, Match threat, int scope, Category category,
      Attribute attr) {
    for (int k = threat.from() - 1; k >= 0 && k >= threat.from() - scope; k--) {
      if (v.breakBefore(k + 1)) {
        return false;
      }
      Match m = v.at(k);
      if (m != null) {
        LexiconEntry e = m.entry(category);
        if (e != null && (attr == null || attr == e.attr())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNegatedClose(SentenceView v, Match threat) {
    for (int k = threat.to(); k < v.size() && k < threat.to() + NEGATION_SCOPE; k++) {
      if (v.breakBefore(k)) {
        break;
      }
      Match m = v.at(k);
      if (m != null) {
        LexiconEntry neg = m.entry(Category.NEGATION);
        if (neg != null && neg.attr() == Attribute.POST) {
          return true;
        }
      }
    }
    for (int k = threat.from() - 1; k >= 0 && k >= threat.from() - NEGATION_SCOPE; k--) {
      if (v.breakBefore(k + 1)) {
        return false;
      }
      Match m = v.at(k);
      if (m == null) {
        continue;
      }
      LexiconEntry neg = m.entry(Category.NEGATION);
      if (neg != null && !neg.value().equals("-") && neg.attr() != Attribute.POST) {
        return true;
      }
      if (m.is(Category.MARKER) && infinitiveAfterNegation(v, k)) {
        continue; // "not to perpetuate hatred": "to" is the infinitive a negation governs
      }
      if (m.is(Category.MARKER) || m.is(Category.THREAT)) {
        return false;
      }
    }
    return false;
  }

  /** Token {@code k} is the infinitive "to" right after "not" or "never". */
  private static boolean infinitiveAfterNegation(SentenceView v, int k) {
    if (k < 1 || !v.key(k).equals("to") || v.at(k - 1) == null) {
      return false;
    }
    String cue = v.key(k - 1);
    return cue.equals("not") || cue.equals("never"); // "say no to war" rejects: "to" is a preposition there
  }
}
