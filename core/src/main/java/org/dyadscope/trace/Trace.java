package org.dyadscope.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of {@link TraceEngine#run}: the audit trail and what the engine assumed.
 *
 * @param hypotheses the hypotheses, in case order
 * @param priors the normalised priors, in hypothesis order
 * @param statedPriorSum the sum of the priors as stated; 1 unless the engine normalised
 * @param entries the update steps, in order (independent items and dependency groups)
 * @param trail one row per hypothesis per step, step 0 first; hypotheses × (entries + 1) rows
 * @param independent ids of the items entered on their own, i.e. assumed conditionally independent
 * @param unavailable ids of items (or stated groups) not entered because the data could not tell
 * @param posteriors the final posteriors, in hypothesis order
 * @param observed what each evidence item was observed as, by item id in case order (literal
 *     items as stated, query items as their resolver judged them, unavailable ones included)
 */
public record Trace(List<Hypothesis> hypotheses, List<Double> priors, double statedPriorSum, List<Entry> entries,
    List<TrailRow> trail, List<String> independent, List<String> unavailable, List<Double> posteriors,
    Map<String, Observed> observed) {
  /** Tolerance within which stated priors count as summing to 1. */
  public static final double SUM_TOLERANCE = 1e-9;

  public Trace {
    hypotheses = List.copyOf(hypotheses);
    priors = List.copyOf(priors);
    entries = List.copyOf(entries);
    trail = List.copyOf(trail);
    independent = List.copyOf(independent);
    unavailable = List.copyOf(unavailable);
    posteriors = List.copyOf(posteriors);
    observed = Collections.unmodifiableMap(new LinkedHashMap<>(observed));
  }

  /** Whether the stated priors did not sum to 1 and were divided by their sum. */
  public boolean priorsNormalised() {
    return Math.abs(statedPriorSum - 1) > SUM_TOLERANCE;
  }

  /** One sentence for the report on what normalisation did, e.g. "priors summed to 4; each was divided by 4". */
  public String normalisationNote() {
    if (!priorsNormalised()) {
      return "priors sum to 1; not normalised";
    }
    String s = String.format(Locale.ROOT, "%.6g", statedPriorSum).replaceAll("\\.?0+$", "");
    return "priors summed to " + s + "; each was divided by " + s;
  }

  /** The dependency groups among the entries. */
  public List<Entry> groups() {
    List<Entry> g = new ArrayList<>();
    for (Entry e : entries) {
      if (e.kind() != Entry.Kind.SINGLE) {
        g.add(e);
      }
    }
    return g;
  }

  /** The final posterior of a hypothesis. */
  public double posterior(String hypothesisId) {
    return posteriors.get(indexOf(hypothesisId));
  }

  /** The normalised prior of a hypothesis. */
  public double prior(String hypothesisId) {
    return priors.get(indexOf(hypothesisId));
  }

  /** The hypothesis with the highest final posterior (the first in case order on a tie). */
  public String leading() {
    return hypotheses.get(Bayes.argmax(posteriors.stream().mapToDouble(Double::doubleValue).toArray())).id();
  }

  int indexOf(String hypothesisId) {
    for (int i = 0; i < hypotheses.size(); i++) {
      if (hypotheses.get(i).id().equals(hypothesisId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no hypothesis " + hypothesisId);
  }
}
