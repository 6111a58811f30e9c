package org.dyadscope.code.text;

import java.text.Normalizer;

/**
 * Text normalisation before lexicon matching.
 *
 * <p>Two steps with different contracts:
 *
 * <ol>
 *   <li>{@link #nfc} composes the text to Unicode NFC. It may change the length, so it is applied
 *       once, to the whole document, before sentence splitting; every offset the coder reports is
 *       an offset into the NFC text (documents in the store are already NFC, so for them the
 *       offsets are offsets into the stored text).
 *   <li>{@link #fold} is length-preserving (one char in, one char out), so offsets found in the
 *       folded text slice the NFC text exactly: lower case (per UTF-16 unit, {@link
 *       Character#toLowerCase(char)}); typographic apostrophes and primes ({@code ’ ‘ ‛ ′ ʼ `}) to
 *       {@code '}; typographic double quotes ({@code “ ” „ ″ « »}) to {@code "}; hyphens and
 *       dashes ({@code ‐ ‑ ‒ – — ―} and the minus sign) to {@code -}; every whitespace character,
 *       including no-break spaces and line breaks, to a plain space.
 * </ol>
 */
public final class TextFold {
  private TextFold() {}

  /** NFC-normalises {@code text}; returns the same instance when it is already NFC. */
  public static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Folds {@code text[from, to)} into {@code out[0, to - from)} by the rules above.
   *
   * @throws IndexOutOfBoundsException when the range is outside {@code text} or {@code out} is
   *     shorter than the range
   */
  public static void fold(CharSequence text, int from, int to, char[] out) {
    for (int i = from; i < to; i++) {
      out[i - from] = foldChar(text.charAt(i));
    }
  }

  /** Folds a whole string; the result has the same length. */
  public static String fold(CharSequence text) {
    char[] out = new char[text.length()];
    fold(text, 0, text.length(), out);
    return new String(out);
  }

  /** The folded form of one char. */
  public static char foldChar(char c) {
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') {
        return (char) (c + 32);
      }
      if (c == '`') {
        return '\'';
      }
      return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B ? ' ' : c;
    }
    switch (c) {
      case '\u2019': case '\u2018': case '\u201B': case '\u2032': case '\u02BC':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u2033': case '\u00AB': case '\u00BB':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212':
        return '-';
      case '\u00A0': case '\u2007': case '\u202F': case '\u2028': case '\u2029': case '\u0085':
        return ' ';
      default:
        return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
    }
  }
}
