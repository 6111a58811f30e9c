package org.dyadscope.code;

import org.dyadscope.code.text.Sentence;

/** The key word in context of a coding: the key phrase in [[ ]] with up to {@value #WINDOW}
 * characters of its sentence on either side, on one line. */
final class Kwic {
  private static final int WINDOW = 40;

  private Kwic() {}

  /**
   * @param ks char offset of the key phrase in {@code docText}
   * @param ke char offset after it
   */
  static String of(String docText, Sentence sentence, int ks, int ke) {
    int left = Math.max(sentence.start(), ks - WINDOW);
    int right = Math.min(sentence.end(), ke + WINDOW);
    // never cut a surrogate pair (an emoji) in half: half a pair cannot be written as UTF-8
    if (left > sentence.start() && Character.isLowSurrogate(docText.charAt(left))) {
      left--;
    }
    if (right < sentence.end() && Character.isHighSurrogate(docText.charAt(right - 1))) {
      right++;
    }
    return (oneLine(docText.substring(left, ks)) + "[[" + oneLine(docText.substring(ks, ke)) + "]]"
        + oneLine(docText.substring(ke, right))).strip();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
