package org.dyadscope.exchange;

/**
 * A document's text as a REFI-QDA source holds it: line ends as LF (a CR LF pair or a lone CR
 * becomes one LF), positions counted in Unicode code points from 0, end exclusive (REFI-QDA 1.5,
 * PlainTextSelection). Java strings and the store count UTF-16 units, in which a character outside
 * the Basic Multilingual Plane (an emoji of a MID title) is two; this class converts between them.
 */
public final class PlainText {
  private final String lf;
  /** For each UTF-16 offset 0..length of the original text, the offset of the same place in {@link #lf}. */
  private final int[] toLf;

  private PlainText(String lf, int[] toLf) {
    this.lf = lf;
    this.toLf = toLf;
  }

  /** The text {@code original} with its line ends made LF. */
  public static PlainText of(String original) {
    StringBuilder b = new StringBuilder(original.length());
    int[] map = new int[original.length() + 1];
    for (int i = 0; i < original.length(); i++) {
      map[i] = b.length();
      char c = original.charAt(i);
      if (c == '\r') {
        if (i + 1 < original.length() && original.charAt(i + 1) == '\n') {
          map[++i] = b.length(); // the LF of a CR LF pair is the same place as its CR
        }
        b.append('\n');
      } else {
        b.append(c);
      }
    }
    map[original.length()] = b.length();
    return new PlainText(b.toString(), map);
  }

  /** The text with LF line ends, as written to {@code sources/GUID.txt}. */
  public String lf() {
    return lf;
  }

  /** The UTF-16 offset in {@link #lf} of UTF-16 offset {@code originalOffset} of the original text. */
  public int lfOffset(int originalOffset) {
    return toLf[originalOffset];
  }

  /** The code-point position in {@link #lf} of UTF-16 offset {@code originalOffset} of the original text. */
  public int codePoint(int originalOffset) {
    return lf.codePointCount(0, lfOffset(originalOffset));
  }

  /**
   * The UTF-16 offset of code-point position {@code codePoint} in {@code text}.
   *
   * @throws IllegalArgumentException when the position lies outside the text
   */
  public static int utf16(String text, int codePoint) {
    if (codePoint < 0 || codePoint > text.codePointCount(0, text.length())) {
      throw new IllegalArgumentException("position " + codePoint + " lies outside the text of "
          + text.codePointCount(0, text.length()) + " code points");
    }
    return text.offsetByCodePoints(0, codePoint);
  }
}
