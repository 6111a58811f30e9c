package org.dyadscope.code.lexicon;

import java.util.List;

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
 * @param caseSensitive true when the phrase matches only in its written case (flag {@code cs}),
 *     for acronyms that are also words: US, WHO, AU
 */
public record LexiconEntry(
    Category category,
    String phrase,
    List<String> keys,
    List<String> surface,
    String value,
    String attr,
    Sector sector,
    boolean caseSensitive) {}
