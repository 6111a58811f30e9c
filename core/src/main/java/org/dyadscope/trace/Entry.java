package org.dyadscope.trace;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

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

  /**
   * What the step observed, as trace.csv's {@code observed} column states it: {@code present} or
   * {@code absent} for an item; for a group the same followed by how it was formed and what each
   * member was observed as, e.g. {@code present via E08 (E08 present, E09 unavailable)} for a
   * group its most diagnostic member stood for, {@code absent, joint (E05 absent, E06 present)}
   * for a group with stated joint likelihoods.
   *
   * @param observed each evidence item's observation, by id (must hold every member)
   */
  public String observedAs(Map<String, Observed> observed) {
    String what = present ? "present" : "absent";
    if (kind == Kind.SINGLE) {
      return what;
    }
    StringJoiner each = new StringJoiner(", ", " (", ")");
    members.forEach(m -> each.add(m + " " + observed.get(m).name().toLowerCase(Locale.ROOT)));
    return what + (kind == Kind.GROUP_STATED ? ", joint" : " via " + representative) + each;
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
