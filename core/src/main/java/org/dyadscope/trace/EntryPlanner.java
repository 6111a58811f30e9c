package org.dyadscope.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns evidence items and their observations into update steps: an independent item is one
 * step; the members of a dependency group are one step together, at the place of the group's
 * first member.
 *
 * <p>Rule for a group (documented for the report): if the case states the group's likelihoods,
 * they are P(every member present | H_i) and the step observes that conjunction (absent if any
 * member is absent, unavailable if none is absent but one is unavailable). Otherwise the most
 * diagnostic observed member stands for the group: the one whose factors (P(E|H_i), or
 * 1 − P(E|H_i) if absent) have the largest ratio max_i / min_i, i.e. the largest likelihood
 * ratio between any two hypotheses; ties go to the first in case order. Counting only the
 * strongest member is conservative: it never credits dependent items as independent confirmations.
 */
final class EntryPlanner {
  private final List<Hypothesis> hypotheses;

  EntryPlanner(List<Hypothesis> hypotheses) {
    this.hypotheses = hypotheses;
  }

  record Plan(List<Entry> entries, List<String> independent, List<String> unavailable) {}

  Plan plan(List<EvidenceItem> items, Map<String, EvidenceGroup> groups, Map<String, Observed> observed) {
    Map<String, List<EvidenceItem>> members = new LinkedHashMap<>();
    for (EvidenceItem item : items) {
      if (item.group() != null) {
        members.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(item);
      }
    }
    List<Entry> entries = new ArrayList<>();
    List<String> independent = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    for (EvidenceItem item : items) {
      int step = entries.size() + 1;
      if (item.group() == null) {
        Observed o = observed.get(item.id());
        if (o == Observed.UNAVAILABLE) {
          unavailable.add(item.id());
          continue;
        }
        independent.add(item.id());
        entries.add(new Entry(step, item.id(), Entry.Kind.SINGLE, List.of(item.id()), item.id(),
            o == Observed.PRESENT, ordered(item.likelihoods())));
        continue;
      }
      List<EvidenceItem> group = members.get(item.group());
      if (group.get(0) != item) {
        continue; // the group was entered at its first member
      }
      List<String> ids = group.stream().map(EvidenceItem::id).toList();
      EvidenceGroup declared = groups.get(item.group());
      Entry e = declared != null && declared.stated()
          ? stated(step, declared, group, ids, observed, unavailable)
          : mostDiagnostic(step, item.group(), group, ids, observed, unavailable);
      if (e != null) {
        entries.add(e);
      }
    }
    return new Plan(entries, independent, unavailable);
  }

  private Entry stated(int step, EvidenceGroup g, List<EvidenceItem> group, List<String> ids,
      Map<String, Observed> observed, List<String> unavailable) {
    boolean anyAbsent = false;
    boolean anyUnavailable = false;
    for (EvidenceItem m : group) {
      Observed o = observed.get(m.id());
      anyAbsent |= o == Observed.ABSENT;
      anyUnavailable |= o == Observed.UNAVAILABLE;
    }
    if (!anyAbsent && anyUnavailable) {
      unavailable.add(g.id());
      return null;
    }
    return new Entry(step, g.id(), Entry.Kind.GROUP_STATED, ids, g.id(), !anyAbsent, ordered(g.likelihoods()));
  }

  private Entry mostDiagnostic(int step, String groupId, List<EvidenceItem> group, List<String> ids,
      Map<String, Observed> observed, List<String> unavailable) {
    EvidenceItem best = null;
    double bestRatio = -1;
    for (EvidenceItem m : group) {
      Observed o = observed.get(m.id());
      if (o == Observed.UNAVAILABLE) {
        continue;
      }
      double ratio = diagnosticity(ordered(m.likelihoods()), o == Observed.PRESENT);
      if (ratio > bestRatio) {
        best = m;
        bestRatio = ratio;
      }
    }
    if (best == null) {
      unavailable.add(groupId);
      return null;
    }
    return new Entry(step, groupId, Entry.Kind.GROUP_MOST_DIAGNOSTIC, ids, best.id(),
        observed.get(best.id()) == Observed.PRESENT, ordered(best.likelihoods()));
  }

  /** max_i f_i / min_i f_i; infinite when some factor is 0 (the item eliminates a hypothesis). */
  static double diagnosticity(List<Likelihood> likelihoods, boolean present) {
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    for (Likelihood l : likelihoods) {
      double f = l.factor(present);
      max = Math.max(max, f);
      min = Math.min(min, f);
    }
    return min == 0 ? Double.POSITIVE_INFINITY : max / min;
  }

  /** The likelihoods in hypothesis order; the engine has checked that every hypothesis has one. */
  List<Likelihood> ordered(Map<String, Likelihood> byHypothesis) {
    List<Likelihood> out = new ArrayList<>(hypotheses.size());
    for (Hypothesis h : hypotheses) {
      out.add(byHypothesis.get(h.id()));
    }
    return out;
  }
}
