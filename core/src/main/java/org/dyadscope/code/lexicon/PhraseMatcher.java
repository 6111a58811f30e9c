package org.dyadscope.code.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.code.text.Token;

/**
 * Finds lexicon phrases in a token sequence with a token trie.
 *
 * <p><b>Overlap rule</b> (the one rule used everywhere in {@code org.dyadscope.code}): among
 * phrases that overlap, the longest (in tokens) wins; between equally long ones, the leftmost
 * wins. Losers are dropped whole, never trimmed. All categories compete in one pass, so "Security
 * Council" (an actor) hides the referent "security", and "cannot tolerate" (urgency) hides the
 * negation "cannot". A phrase listed in several categories yields one match carrying all of them.
 *
 * <p>Instances are immutable after construction and safe to share between threads.
 */
public final class PhraseMatcher {
  private static final Comparator<Match> PRIORITY =
      Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::from);

  private final Node root = new Node();

  /** Builds the trie of {@code entries}. */
  public PhraseMatcher(Collection<LexiconEntry> entries) {
    for (LexiconEntry e : entries) {
      Node n = root;
      for (String k : e.keys()) {
        n = n.next.computeIfAbsent(k, x -> new Node());
      }
      n.entries.add(e);
      n.anyCase |= e.caseSensitive() || e.capitalised();
    }
  }

  /**
   * Matches {@code tokens} (from {@code text}) and resolves overlaps.
   *
   * @param text the document text the token offsets point into (for case-sensitive entries)
   * @return non-overlapping matches in token order
   */
  public List<Match> match(List<Token> tokens, CharSequence text) {
    List<Match> candidates = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Node n = root;
      for (int j = i; j < tokens.size(); j++) {
        n = n.next.get(tokens.get(j).key());
        if (n == null) {
          break;
        }
        if (!n.entries.isEmpty()) {
          List<LexiconEntry> ok = n.anyCase ? accepted(n.entries, tokens, i, text) : n.entries;
          if (!ok.isEmpty()) {
            candidates.add(new Match(i, j + 1, tokens.get(i).start(), tokens.get(j).end(), ok));
          }
        }
      }
    }
    if (candidates.size() <= 1) {
      return candidates;
    }
    candidates.sort(PRIORITY);
    boolean[] taken = new boolean[tokens.size()];
    List<Match> kept = new ArrayList<>();
    for (Match m : candidates) {
      boolean free = true;
      for (int t = m.from(); t < m.to() && free; t++) {
        free = !taken[t];
      }
      if (free) {
        for (int t = m.from(); t < m.to(); t++) {
          taken[t] = true;
        }
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::from));
    return kept;
  }

  private static List<LexiconEntry> accepted(
      List<LexiconEntry> entries, List<Token> tokens, int from, CharSequence text) {
    List<LexiconEntry> ok = new ArrayList<>(entries.size());
    for (LexiconEntry e : entries) {
      if (e.caseSensitive() ? sameSurface(e, tokens, from, text)
          : !e.capitalised() || sameCapitals(e, tokens, from, text)) {
        ok.add(e);
      }
    }
    return ok;
  }

  /** Each word the entry writes capitalised is capitalised in the text ({@link
   * LexiconEntry#capitalised}). */
  private static boolean sameCapitals(LexiconEntry e, List<Token> tokens, int from, CharSequence text) {
    for (int k = 0; k < e.surface().size(); k++) {
      if (Character.isUpperCase(e.surface().get(k).charAt(0))
          && !Character.isUpperCase(text.charAt(tokens.get(from + k).start()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSurface(LexiconEntry e, List<Token> tokens, int from, CharSequence text) {
    for (int k = 0; k < e.surface().size(); k++) {
      Token t = tokens.get(from + k);
      String want = e.surface().get(k);
      if (t.end() - t.start() != want.length()) {
        return false;
      }
      for (int c = 0; c < want.length(); c++) {
        if (text.charAt(t.start() + c) != want.charAt(c)) {
          return false;
        }
      }
    }
    return true;
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<LexiconEntry> entries = new ArrayList<>(1);
    /** Some entry here matches only in its written case or capitals: check the text. */
    boolean anyCase;
  }
}
