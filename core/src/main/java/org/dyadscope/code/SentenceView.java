package org.dyadscope.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyadscope.code.lexicon.Attribute;
import org.dyadscope.code.lexicon.WordList;
import org.dyadscope.code.lexicon.Words;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;
import org.dyadscope.code.text.Sentence;
import org.dyadscope.code.text.Token;

/**
 * One sentence as the coding rules read it: its tokens, its lexicon matches (non-overlapping, in
 * token order) and, for each token, the match that covers it. Holds the clause-aware navigation
 * all rules share; a clause ends at a token whose {@link Token#clauseBreakBefore()} is set.
 * Immutable; rule state lives in {@link SentenceAnalysis}.
 */
final class SentenceView {

  final String docText;
  final Sentence sentence;
  final List<Token> tokens;
  final List<Match> matches;
  /** The speaker's actor code, or null. */
  final String speaker;
  /** The lexicon's closed word lists. */
  private final Words words;
  /** Index in {@link #matches} of the match covering each token, or -1. */
  private final int[] owner;

  SentenceView(String docText, Sentence sentence, List<Token> tokens, List<Match> matches, String speaker,
      Words words) {
    this.docText = docText;
    this.sentence = sentence;
    this.tokens = tokens;
    this.matches = matches;
    this.speaker = speaker;
    this.words = words;
    owner = new int[tokens.size()];
    Arrays.fill(owner, -1);
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      for (int t = m.from(); t < m.to(); t++) {
        owner[t] = i;
      }
    }
  }

  int size() {
    return tokens.size();
  }

  /** The folded key of token {@code k}. */
  String key(int k) {
    return tokens.get(k).key();
  }

  /** True when token {@code k} is a word of {@code list} ({@code words.tsv}). */
  boolean isWord(int k, WordList list) {
    return words.contains(list, key(k));
  }

  /** True when a clause mark stands before token {@code k}. */
  boolean breakBefore(int k) {
    return tokens.get(k).clauseBreakBefore();
  }

  /** The match covering token {@code k}, or null. */
  Match at(int k) {
    return owner[k] < 0 ? null : matches.get(owner[k]);
  }

  /** True when token {@code k} is covered by a match of {@code category}. */
  boolean is(int k, Category category) {
    return owner[k] >= 0 && matches.get(owner[k]).is(category);
  }

  /**
   * The matches ending within {@code scope} tokens before token {@code from}, nearest first,
   * each once, up to the first clause break: the window every backward rule reads.
   */
  List<Match> clauseMatchesBefore(int from, int scope) {
    List<Match> out = new ArrayList<>();
    for (int k = from - 1; k >= 0 && k >= from - scope; k--) {
      if (breakBefore(k + 1)) {
        break;
      }
      if (owner[k] >= 0) {
        Match m = matches.get(owner[k]);
        out.add(m);
        k = m.from(); // the rest of a multi-token match is the same match
      }
    }
    return out;
  }

  /** As {@link #clauseMatchesBefore}, forward: matches starting within {@code scope} tokens from {@code from}. */
  List<Match> clauseMatchesAfter(int from, int scope) {
    List<Match> out = new ArrayList<>();
    for (int k = from; k < tokens.size() && k < from + scope; k++) {
      if (breakBefore(k)) {
        break;
      }
      if (owner[k] >= 0) {
        Match m = matches.get(owner[k]);
        out.add(m);
        k = m.to() - 1;
      }
    }
    return out;
  }

  /** No clause break between the two matches. */
  boolean sameClause(Match a, Match b) {
    int from = Math.min(a.from(), b.from());
    int to = Math.max(a.from(), b.from());
    for (int k = from + 1; k <= to && k < tokens.size(); k++) {
      if (breakBefore(k)) {
        return false;
      }
    }
    return true;
  }

  /** True when token {@code k} is "and" or "or". */
  boolean coordination(int k) {
    return isWord(k, WordList.COORDINATION);
  }

  /** The threat term coordinated right after {@code m}: "and", "or" or a list comma, then at
   * most two unmatched words ("war, the violence"), then the term; or null. */
  Match conjunct(Match m) {
    boolean joined = false;
    for (int k = m.to(); k < tokens.size() && k <= m.to() + 3; k++) {
      if (breakBefore(k)) {
        if (k != m.to()) {
          return null;
        }
        joined = true;
      }
      if (coordination(k)) {
        joined = true;
        continue;
      }
      if (owner[k] >= 0) {
        Match c = matches.get(owner[k]);
        return joined && c.is(Category.THREAT) && c.from() == k ? c : null;
      }
    }
    return null;
  }

  /** A preposition (a marker), then at most one determiner or possessive, right before {@code m}. */
  boolean governedByPreposition(Match m) {
    int k = m.from() - 1;
    if (k >= 0 && isWord(k, WordList.DETERMINERS)) {
      k--;
    }
    return k >= 0 && is(k, Category.MARKER);
  }

  /** The target marker ("against", "on") starting at token {@code k} in the clause before it, or
   * null: what follows it is the threatened party. */
  Match targetMarkerAt(int k) {
    if (k >= tokens.size() || breakBefore(k) || owner[k] < 0) {
      return null;
    }
    Match marker = matches.get(owner[k]);
    LexiconEntry e = marker.entry(Category.MARKER);
    return e != null && e.value().equals("target") ? marker : null;
  }

  /** The actor of the first match starting at {@code from} or up to {@code slack} tokens after
   * it, in its clause; null when that match is no actor or there is none. */
  ActorMention actorStartingNear(int from, int slack) {
    for (int k = from; k < tokens.size() && k <= from + slack; k++) {
      if (k > from && breakBefore(k)) {
        return null;
      }
      if (owner[k] >= 0) {
        return actor(matches.get(owner[k]));
      }
    }
    return null;
  }

  /** The named actor of {@code m}, or null when {@code m} names none (no actor entry, or one of
   * type {@code none} or code {@code -}: "the international community"). */
  static ActorMention actor(Match m) {
    LexiconEntry e = m.entry(Category.ACTOR);
    if (e == null || e.attr() == Attribute.NONE || e.value().equals("-")) {
      return null;
    }
    return new ActorMention(e.value(), e.attr(), e.phrase(), m.start(), m.end(), "");
  }

  /** True when the sentence's last mark is "?" (closing quotes and brackets are skipped). */
  boolean isQuestion() {
    for (int i = sentence.end() - 1; i >= sentence.start(); i--) {
      char c = docText.charAt(i);
      if (c == '?') {
        return true;
      }
      if (Character.isLetterOrDigit(c) || c == '.' || c == '!') {
        return false;
      }
    }
    return false;
  }
}
