package org.dyadscope.collect.tkg;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching key of a name: accents removed, lower case, every run of characters that are not
 * letters or digits (blanks, underscores, hyphens, dots, commas, parentheses) as one space,
 * trimmed. "VLADIMIR_V._PUTIN_" and "Vladimir V. Putin" share the key "vladimir v putin".
 */
final class NameKey {
  private NameKey() {}

  static String of(String name) {
    // ASCII fast path: the dictionaries have ~60,000 phrases and almost all are ASCII
    StringBuilder b = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return slow(name);
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        gap = append(b, c, gap);
      } else if (c >= 'A' && c <= 'Z') {
        gap = append(b, (char) (c + ('a' - 'A')), gap);
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  private static boolean append(StringBuilder b, char c, boolean gap) {
    if (gap && b.length() > 0) {
      b.append(' ');
    }
    b.append(c);
    return false;
  }

  private static String slow(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
