package org.dyadscope.code.lexicon;

import java.util.Locale;

/**
 * The five sectors of security of Buzan, Wæver &amp; de Wilde (1998), <i>Security: A New Framework
 * for Analysis</i>, ch. 3-7, in the order used to break ties.
 */
public enum Sector {
  MILITARY, POLITICAL, ECONOMIC, SOCIETAL, ENVIRONMENTAL;

  /** Lower-case name as written in files and CSV output, e.g. {@code military}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a label (case-insensitive).
   *
   * @return the sector, or null for null or blank
   * @throws IllegalArgumentException for any other unknown name
   */
  public static Sector parse(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    try {
      return valueOf(label.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown sector '" + label
          + "'; expected military, political, economic, societal or environmental", e);
    }
  }
}
