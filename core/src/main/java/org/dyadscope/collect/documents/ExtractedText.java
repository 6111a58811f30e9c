package org.dyadscope.collect.documents;

/**
 * The text of one document, as the coder will read it.
 *
 * @param text NFC-normalised text, blocks (paragraphs, headings, list items, PDF lines) separated
 *     by line breaks
 * @param title the document's own title (HTML {@code <title>} or first {@code <h1>}, PDF
 *     information dictionary), or null
 * @param charset the charset the bytes were decoded with ({@code UTF-8}, {@code windows-1252},
 *     a declared HTML charset), or {@code pdf}
 * @param replacementChars number of U+FFFD characters in {@code text}: bytes the decoder could not
 *     map, a measure of encoding damage
 */
public record ExtractedText(String text, String title, String charset, int replacementChars) {
  /**
   * {@code s} with every unpaired surrogate replaced by U+FFFD: a JSON escape or a title cut in the
   * middle of an emoji leaves half a pair, which no UTF-8 writer can encode.
   */
  static String replaceLoneSurrogates(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
        b.append('\uFFFD');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Counts U+FFFD in {@code s}. */
  static int countReplacements(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\uFFFD') {
        n++;
      }
    }
    return n;
  }
}
