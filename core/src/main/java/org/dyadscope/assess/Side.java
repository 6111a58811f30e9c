package org.dyadscope.assess;

import java.util.Locale;

/** Which way Russia's conduct (in general: the source's conduct) bears on the target's security. */
public enum Side {
  CHALLENGE("challenge", -1), OPPORTUNITY("opportunity", +1);

  private final String label;
  private final int sign;

  Side(String label, int sign) {
    this.label = label;
    this.sign = sign;
  }

  /** {@code challenge} or {@code opportunity}. */
  public String label() {
    return label;
  }

  /** −1 for a challenge, +1 for an opportunity: the sign of a score pointing this way. */
  public int sign() {
    return sign;
  }

  /** Parses {@code challenge} or {@code opportunity} (any case). */
  public static Side parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (Side s : values()) {
      if (s.label.equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + text + "' must be challenge or opportunity");
  }
}
