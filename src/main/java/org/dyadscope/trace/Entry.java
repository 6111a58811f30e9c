package org.dyadscope.trace;

import java.util.List;

/**
 * One update step: an independent evidence item, or a dependency group entered once.
 *
 * @param step 1-based step number in the trail
 * @param id the item id, or the group id for a group
 * @param kind how the step was formed
 * @param members the items it stands for (one for {@link Kind#SINGLE})
 * @param representative for {@link Kind#GROUP_MOST_DIAGNOSTIC} the member whose likelihoods and
 *     observation were entered; otherwise {@code id}
 * @param present whether E (for a stated group: every member) was observed
 * @param likelihoods P(E|H_i) in hypothesis order
 */
public record Entry(int step, String id, Kind kind, List<String> members, String representative, boolean present,
    List<Likelihood> likelihoods) {
  /** How a step was formed from the case's items. */
  public enum Kind {
    /** An item assumed conditionally independent of all others. */
    SINGLE,
    /** A group with likelihoods stated in the case, for the event "every member present". */
    GROUP_STATED,
    /** A group without stated likelihoods: its most diagnostic observed member stands for it. */
    GROUP_MOST_DIAGNOSTIC
  }

  public Entry {
    members = List.copyOf(members);
    likelihoods = List.copyOf(likelihoods);
  }

  /** Bayes factors per hypothesis: P(E|H_i) if present, 1 − P(E|H_i) if absent. */
  double[] factors() {
    double[] f = new double[likelihoods.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = likelihoods.get(i).factor(present);
    }
    return f;
  }
}
