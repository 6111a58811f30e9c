package org.dyadscope.exchange;

import java.util.Objects;

/**
 * One coder's labels of one sentence, as the store's {@code codings} and the gold set hold them.
 *
 * @param move a securitizing move
 * @param desecuritizing a desecuritizing move
 * @param sector a Copenhagen sector label ({@code military} ...), empty when none
 * @param threatSource the code of the actor presented as the threat's source, empty when none
 */
public record Labels(boolean move, boolean desecuritizing, String sector, String threatSource) {
  /** Nothing coded. */
  public static final Labels NONE = new Labels(false, false, "", "");

  public Labels {
    sector = Objects.requireNonNullElse(sector, "");
    threatSource = Objects.requireNonNullElse(threatSource, "");
  }

  /** True when nothing is coded. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * These labels and {@code other}'s together: a move when either is, the sector or threat source
   * the one that gives it.
   *
   * @throws IllegalArgumentException when both give a sector, or a threat source, and they differ
   *     (the store holds one of each per sentence)
   */
  public Labels with(Labels other) {
    return new Labels(move || other.move, desecuritizing || other.desecuritizing,
        one("sector", sector, other.sector), one("threat source", threatSource, other.threatSource));
  }

  private static String one(String what, String a, String b) {
    if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
      throw new IllegalArgumentException("two " + what + "s, " + a + " and " + b);
    }
    return a.isEmpty() ? b : a;
  }
}
