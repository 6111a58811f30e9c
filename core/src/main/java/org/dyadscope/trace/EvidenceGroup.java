package org.dyadscope.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dependency group: evidence items that are not conditionally independent given the
 * hypotheses (e.g. two reports of one arms deal) and so enter the update once, as one joint item.
 *
 * @param id group id, as named by the items' {@code group}
 * @param description why the items depend on each other
 * @param likelihoods P(E_G|H_i) per hypothesis, where E_G is "every member present"; empty when
 *     the case states none (then the group's most diagnostic member stands for it)
 */
public record EvidenceGroup(String id, String description, Map<String, Likelihood> likelihoods) {
  public EvidenceGroup {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a dependency group needs an id");
    }
    description = description == null ? "" : description;
    likelihoods = likelihoods == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(likelihoods));
  }

  public boolean stated() {
    return !likelihoods.isEmpty();
  }
}
