package org.dyadscope.code.lexicon;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link WordList}s of {@code words.tsv}: header {@code list word flags}, one word per row,
 * {@code list} one of the {@link WordList} labels, {@code word} one token (matched folded), flag
 * {@code remove} deleting the word (in a case's override). Immutable.
 */
public final class Words {
  /** Name of the word-list file, built in and in a case's {@code lexicon/}. */
  public static final String FILE = "words.tsv";

  private final Map<WordList, Set<String>> lists;

  private Words(Map<WordList, Set<String>> lists) {
    this.lists = lists;
  }

  /** True when the folded token {@code key} is on {@code list}. */
  public boolean contains(WordList list, String key) {
    return lists.get(list).contains(key);
  }

  /** The words of {@code list}, folded, in file order. */
  public Set<String> of(WordList list) {
    return Collections.unmodifiableSet(lists.get(list));
  }

  /**
   * These lists with the rows of {@code text} applied: added, or removed when flagged {@code remove};
   * all lists emptied first when {@code replace}.
   *
   * @param fold a word's folded key, or null when it is not exactly one token
   * @throws LexiconException at {@code name:line} for an unknown list or flag, or a word of more than one token
   */
  Words with(String text, String name, boolean replace, Function<String, String> fold) {
    Map<WordList, Set<String>> out = new EnumMap<>(WordList.class);
    for (WordList l : WordList.values()) {
      out.put(l, replace ? new LinkedHashSet<>() : new LinkedHashSet<>(lists.get(l)));
    }
    TsvRows.read(text, name, f -> f[0].trim().equals("list"), "list\tword\tflags", (f, where) -> {
      WordList list = Arrays.stream(WordList.values()).filter(l -> l.label().equals(f[0].trim())).findFirst()
          .orElseThrow(() -> new LexiconException(where + ": unknown word list '" + f[0].trim() + "'; expected one of "
              + Labels.of(Arrays.asList(WordList.values()), WordList::label)));
      String word = f.length > 1 ? f[1].trim() : "";
      String key = fold.apply(word);
      if (key == null) {
        throw new LexiconException(where + ": word '" + word + "' is not one word; write one token per row");
      }
      String flags = f.length > 2 ? f[2].trim() : "";
      if (flags.isEmpty()) {
        out.get(list).add(key);
      } else if (flags.equals(Flag.REMOVE.label())) {
        out.get(list).remove(key);
      } else {
        throw new LexiconException(where + ": unknown flag '" + flags + "'; expected remove or empty");
      }
    });
    return new Words(out);
  }

  /** No words: the start of the built-in lists. */
  static Words none() {
    Map<WordList, Set<String>> empty = new EnumMap<>(WordList.class);
    for (WordList l : WordList.values()) {
      empty.put(l, Set.of());
    }
    return new Words(empty);
  }
}
