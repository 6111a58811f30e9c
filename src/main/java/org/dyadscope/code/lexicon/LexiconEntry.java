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
 * @param attr category-specific attribute, or empty
 * @param sector sector the phrase points to, or null
 * @param flags lower-case flags from the file's {@code flags} column (comma- or space-separated):
 *     {@code cs} = match the written case only (acronyms that are also words: US, WHO, AU);
 *     {@code endable} (threat terms) = ending it is de-escalation ("end the war");
 *     {@code person:<key>} (actors of type leader) = the person's dated offices in {@link Roles}
 */
public record LexiconEntry(
    Category category,
    String phrase,
    List<String> keys,
    List<String> surface,
    String value,
    String attr,
    Sector sector,
    Set<String> flags) {
  /** True when the phrase matches only in its written case (flag {@code cs}). */
  public boolean caseSensitive() {
    return flags.contains("cs");
  }

  /**
   * The value of a {@code key:value} flag ({@code person:putin} gives {@code putin} for key
   * {@code person}), or null when the entry has none.
   */
  public String flagValue(String key) {
    String prefix = key + ":";
    for (String f : flags) {
      if (f.startsWith(prefix) && f.length() > prefix.length()) {
        return f.substring(prefix.length());
      }
    }
    return null;
  }

  /** True when the entry carries {@code flag}. */
  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
