package org.dyadscope.collect.ungd;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decodes the bytes of one plain-text document into clean text.
 *
 * <p>UNGDC speeches are published as UTF-8 (UNGDC README, v12), some with a byte-order mark, but
 * older and re-distributed copies are sometimes Windows-1252. The rules, in order:
 *
 * <ol>
 *   <li>a UTF-16 BOM ({@code FE FF} / {@code FF FE}) selects UTF-16;
 *   <li>otherwise the bytes are decoded as strict UTF-8 (a UTF-8 BOM is dropped);
 *   <li>when they are not valid UTF-8, they are decoded as Windows-1252 (not ISO-8859-1: bytes
 *       0x80-0x9F are curly quotes and dashes there). Its five undefined bytes become U+FFFD.
 * </ol>
 *
 * The result is NFC-normalised and {@link #replacementChars} counts the U+FFFD characters left.
 *
 * @param text decoded, BOM-free, NFC-normalised text
 * @param charset name of the charset the bytes were decoded with
 * @param replacementChars number of U+FFFD characters in {@code text}
 */
public record SpeechText(String text, String charset, int replacementChars) {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decodes {@code bytes} by the rules above; never fails. */
  public static SpeechText decode(byte[] bytes) {
    String raw;
    Charset used;
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      used = StandardCharsets.UTF_16; // reads and drops the BOM itself
      raw = new String(bytes, used);
    } else {
      int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
      try {
        raw = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in)
            .toString();
        used = StandardCharsets.UTF_8;
      } catch (CharacterCodingException e) {
        // a UTF-8 BOM before invalid UTF-8 is dropped too, rather than read as "ï»¿"
        raw = new String(bytes, skip, bytes.length - skip, WINDOWS_1252);
        used = WINDOWS_1252;
      }
    }
    if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
      raw = raw.substring(1);
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    return new SpeechText(text, used.name(), countReplacements(text));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int countReplacements(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        n++;
      }
    }
    return n;
  }
}
