package org.dyadscope.code.lexicon;

import java.util.List;
import java.util.Set;

/**
 * One row of a lexicon file.
 *
 * @param category the file it came from
 * @param phrase the phrase as written (one or more words)
 * @param keys the phrase's folded tokens, the sequence that is matched
 * @param surface the phrase's tokens as written, compared when {@code caseSensitive}
 * @param value category-specific value (see {@link Category})
 * @param attr category-specific attribute, or null when the file's {@code attr} is empty
 * @param sector sector the phrase points to, or null
 * @param flags the file's {@code flags} column (comma- or space-separated, see {@link Flag}), each one
 *     of {@link Category#flags}
 * @param person the key of flag {@code person:<key>} (actors of type leader: the person's dated
 *     offices in {@link Roles}), or null
 */
public record LexiconEntry(
    Category category,
    String phrase,
    List<String> keys,
    List<String> surface,
    String value,
    Attribute attr,
    Sector sector,
    Set<Flag> flags,
    String person) {
  /** True when the phrase matches only in its written case (flag {@code cs}). */
  public boolean caseSensitive() {
    return flags.contains(Flag.CS);
  }

  /**
   * True for an actor name written with capitals ("Turkey", "the West", "Jordan"): it matches only
   * where each of its capitalised words is capitalised in the text too, so the common nouns "turkey",
   * "fine china" and "jordan almonds" name no state. Case-sensitive entries compare the whole
   * surface instead.
   */
  public boolean capitalised() {
    if (category != Category.ACTOR || caseSensitive()) {
      return false;
    }
    for (String w : surface) {
      if (Character.isUpperCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** True when the entry carries {@code flag}. */
  public boolean has(Flag flag) {
    return flags.contains(flag);
  }
}
