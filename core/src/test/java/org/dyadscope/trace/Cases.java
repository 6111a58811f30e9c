package org.dyadscope.trace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-built inputs shared by the trace tests. */
final class Cases {
  private Cases() {}

  static Hypothesis h(String id, double prior) {
    return new Hypothesis(id, "hypothesis " + id, prior, "");
  }

  /** An item with explicit likelihoods, given as id, P(E|H) pairs in order. */
  static EvidenceItem item(String id, boolean present, String group, Object... hypothesisAndP) {
    Map<String, Likelihood> m = new LinkedHashMap<>();
    for (int i = 0; i < hypothesisAndP.length; i += 2) {
      m.put((String) hypothesisAndP[i], Likelihood.explicit(((Number) hypothesisAndP[i + 1]).doubleValue()));
    }
    return new EvidenceItem(id, "evidence " + id, SourceCitation.of("test"), new Observation.Literal(present), m, group);
  }

  /** An item that is a Van Evera test of {@code tested}. */
  static EvidenceItem test(String id, boolean present, TestType type, String tested, List<String> hypotheses) {
    return new EvidenceItem(id, "evidence " + id, SourceCitation.of("test"), new Observation.Literal(present),
        EvidenceItem.test(type, tested, hypotheses), null);
  }

  static Trace run(List<Hypothesis> hs, EvidenceItem... items) throws TraceException {
    return TraceEngine.run(hs, List.of(items), List.of(), ObservationResolver.literalOnly());
  }
}
