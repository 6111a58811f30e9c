package org.dyadscope.trace;

/**
 * What was observed for an evidence item. {@link #UNAVAILABLE} means the data cannot tell (e.g.
 * the store does not cover the query's period): such an item is not entered, since missing
 * coverage is not evidence.
 */
public enum Observed {
  PRESENT, ABSENT, UNAVAILABLE;

  public static Observed of(boolean present) {
    return present ? PRESENT : ABSENT;
  }
}
