package org.dyadscope.code;

import org.dyadscope.code.text.Sentence;

/** The key word in context of a coding: the key phrase in [[ ]] with up to {@value #WINDOW}
 * characters of its sentence on either side, cut between words, on one line. */
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
    // a window that ends inside a word drops the word's cut part ("apan to stop" reads as a word)
    if (left > sentence.start() && inWord(docText, left)) {
      while (left < ks && !space(docText.charAt(left))) {
        left++;
      }
    }
    if (right < sentence.end() && inWord(docText, right)) {
      while (right > ke && !space(docText.charAt(right - 1))) {
        right--;
      }
    }
    return (oneLine(docText.substring(left, ks)) + "[[" + oneLine(docText.substring(ks, ke)) + "]]"
        + oneLine(docText.substring(ke, right))).strip();
  }

  /**
   * Whether offset {@code i} falls inside one word: between letters or digits, or an apostrophe or
   * hyphen within it ("Japan|’s", "Japan’|s", "counter|-terrorism").
   */
  private static boolean inWord(String text, int i) {
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i);
    return (Character.isLetterOrDigit(before) || joiner(before)) && (Character.isLetterOrDigit(after) || joiner(after))
        && (Character.isLetterOrDigit(before) || Character.isLetterOrDigit(after));
  }

  private static boolean joiner(int c) {
    return c == '\'' || c == '’' || c == '-' || c == '‐';
  }

  /** A break between words: whitespace, or a no-break space. */
  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
