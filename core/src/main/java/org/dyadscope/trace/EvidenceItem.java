package org.dyadscope.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One piece of evidence E.
 *
 * @param id short id, unique in the case, e.g. {@code E3}
 * @param description what E is, in a sentence
 * @param source where it comes from
 * @param observation how its presence is known
 * @param likelihoods P(E|H_i) per hypothesis id; must cover every hypothesis of the case
 * @param group id of a dependency group (items not conditionally independent given H, entered
 *     once), or {@code null} for an item assumed independent of all others
 * @param justification why the likelihoods are what they are, in a line; empty if none
 */
public record EvidenceItem(String id, String description, SourceCitation source, Observation observation,
    Map<String, Likelihood> likelihoods, String group, String justification) {
  public EvidenceItem {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an evidence item needs an id");
    }
    if (observation == null || source == null) {
      throw new IllegalArgumentException("evidence " + id + " needs a source and an observation");
    }
    if (likelihoods == null || likelihoods.isEmpty()) {
      throw new IllegalArgumentException("evidence " + id + " needs P(E|H) for every hypothesis");
    }
    description = description == null ? "" : description;
    likelihoods = Collections.unmodifiableMap(new LinkedHashMap<>(likelihoods));
    group = group == null || group.isBlank() ? null : group;
    justification = justification == null ? "" : justification;
  }

  /** An item without a stated justification. */
  public EvidenceItem(String id, String description, SourceCitation source, Observation observation,
      Map<String, Likelihood> likelihoods, String group) {
    this(id, description, source, observation, likelihoods, group, "");
  }

  /**
   * Likelihoods of a Van Evera test for one hypothesis: it gets the type's P(E|H), every other
   * hypothesis the type's P(E|¬H).
   */
  public static Map<String, Likelihood> test(TestType type, String tested, Iterable<String> hypothesisIds) {
    Map<String, Likelihood> m = new LinkedHashMap<>();
    for (String h : hypothesisIds) {
      m.put(h, h.equals(tested) ? Likelihood.tested(type) : Likelihood.rival(type));
    }
    if (!m.containsKey(tested)) {
      throw new IllegalArgumentException("tested hypothesis " + tested + " is not among " + m.keySet());
    }
    return m;
  }
}
