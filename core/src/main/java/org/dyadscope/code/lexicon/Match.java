package org.dyadscope.code.lexicon;

import java.util.List;

/**
 * A phrase found in a sentence.
 *
 * @param from index of the first token (inclusive)
 * @param to index after the last token (exclusive)
 * @param start char offset of the first token in the document
 * @param end char offset after the last token
 * @param entries the lexicon rows of the phrase (one phrase may sit in several categories, e.g.
 *     "sanctions" is an extraordinary measure and an economic-sector cue)
 */
public record Match(int from, int to, int start, int end, List<LexiconEntry> entries) {
  /** The entry of {@code category}, or null. */
  public LexiconEntry entry(Category category) {
    for (LexiconEntry e : entries) {
      if (e.category() == category) {
        return e;
      }
    }
    return null;
  }

  /** True when the phrase has an entry of {@code category}. */
  public boolean is(Category category) {
    return entry(category) != null;
  }

  /** Length in tokens. */
  public int length() {
    return to - from;
  }
}
