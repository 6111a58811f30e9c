package org.dyadscope.code.text;

/**
 * One sentence of a document.
 *
 * @param number 1-based position of the sentence in its document
 * @param start offset of the first char in the document's NFC text (UTF-16 units, inclusive)
 * @param end offset after the last char (exclusive); {@code text.substring(start, end)} is the
 *     sentence
 * @param text the sentence exactly as in the document (line breaks kept)
 */
public record Sentence(int number, int start, int end, String text) {
  /** Length in chars. */
  public int length() {
    return end - start;
  }
}
