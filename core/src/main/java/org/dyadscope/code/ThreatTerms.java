package org.dyadscope.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyadscope.code.lexicon.Attribute;
import org.dyadscope.code.lexicon.Flag;
import org.dyadscope.code.lexicon.WordList;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.Match;

/**
 * What a threat term ({@code threats.tsv}) weighs (CODEBOOK.md M): strong or weak, generic or
 * specified, a threat word at all, one of a list of ills.
 *
 * <ul>
 *   <li>A threat word hyphenated to pre, post, anti or non ("pre-war", "anti-piracy") is no threat
 *       term at all.
 *   <li>A <b>generic</b> strong term (flag {@code generic}: threat, threats, danger, dangerous) is
 *       strong only when it is specified: a specifier right after it ("the threat of", "threats
 *       from", "a danger to"), another, specific threat term in the sentence, or a referent or
 *       call in its clause (or a named source or target, which {@link SentenceAnalysis} checks);
 *       otherwise it counts as weak ("evolving threats", "the dangers we face": generic mentions
 *       are no move).
 *   <li>An <b>enumeration</b> (every threat term in one coordinated list of {@value #LIST_ITEMS} or
 *       more: "poverty, the refugee crisis, war, conflicts or terrorism") names no threat to
 *       anyone: a move only with an urgency cue, a source or a named armed group.
 * </ul>
 */
final class ThreatTerms {
  /** Threat terms in one coordinated list that make it an enumeration of ills. */
  private static final int LIST_ITEMS = 3;

  private ThreatTerms() {}

  static boolean strong(Match m) {
    return m.entry(Category.THREAT).attr() == Attribute.STRONG;
  }

  static boolean generic(Match m) {
    return m.entry(Category.THREAT).has(Flag.GENERIC);
  }

  /** "pre-war", "post-conflict", "anti-war": a hyphenated prefix turns the threat word into a time
   * or a stance (the tokenizer splits at hyphens). */
  static boolean prefixed(SentenceView v, Match m) {
    int k = m.from() - 1;
    if (k < 0 || !v.isWord(k, WordList.NEUTRALIZING_PREFIXES)) {
      return false;
    }
    int gap = v.tokens.get(k).end();
    return m.start() == gap + 1 && v.docText.charAt(gap) == '-';
  }

  /** A generic threat word ("threats", "dangerous") names a threat only when something says what
   * it is or whom it threatens: a specifier right after it, another, specific threat term anywhere
   * in the sentence ("the threat of terrorism"), or a referent or call in its clause. */
  static boolean specified(SentenceView v, Match t, List<Match> threats, List<Match> referents,
      List<Match> urgencies) {
    if (t.to() < v.size() && !v.breakBefore(t.to()) && v.isWord(t.to(), WordList.SPECIFIERS)) {
      return true; // "the threat of X", "threats from anyone", "a danger to X", "threats facing X"
    }
    for (Match o : threats) {
      if (o != t && !generic(o)) {
        return true;
      }
    }
    for (Match r : referents) {
      if (v.sameClause(t, r)) {
        return true;
      }
    }
    for (Match u : urgencies) {
      if (v.sameClause(t, u)) {
        return true;
      }
    }
    return false;
  }

  /** True when every one of {@code threats} sits in one coordinated list of {@link #LIST_ITEMS}
   * or more terms. */
  static boolean enumeration(SentenceView v, List<Match> threats) {
    if (threats.size() < LIST_ITEMS) {
      return false;
    }
    Set<Match> chained = new HashSet<>();
    for (Match t : threats) {
      if (chained.contains(t)) {
        continue;
      }
      List<Match> chain = new ArrayList<>();
      for (Match c = t; c != null; c = v.conjunct(c)) {
        chain.add(c);
      }
      if (chain.size() >= LIST_ITEMS && chain.containsAll(threats)) {
        return true;
      }
      chained.addAll(chain);
    }
    return false;
  }
}
