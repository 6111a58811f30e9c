package org.dyadscope.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bayesian process tracing (Bennett 2015, appendix): updates the beliefs in a mutually exclusive,
 * exhaustive set of n ≥ 2 hypotheses evidence item by evidence item and records the whole trail.
 *
 * <p>Priors are divided by their sum (and {@link Trace#priorsNormalised} says so). Each step
 * multiplies belief in H_i by P(E|H_i) when E was observed and by 1 − P(E|H_i) when it was not,
 * then renormalises; with two hypotheses this is the odds form posterior odds = prior odds ×
 * P(E|H)/P(E|¬H) (see {@link Bayes}). Items are assumed conditionally independent given the
 * hypotheses unless they share a dependency group, which enters once ({@link EntryPlanner} gives
 * the rule). Items whose data cannot tell ({@link Observed#UNAVAILABLE}) are not entered.
 */
public final class TraceEngine {
  private TraceEngine() {}

  /** Runs the trace of a loaded case. */
  public static Trace run(TraceSpec spec, ObservationResolver resolver) throws TraceException {
    return run(spec.hypotheses(), spec.evidence(), spec.groups(), resolver);
  }

  /**
   * Runs the trace.
   *
   * @param hypotheses at least two, unique ids
   * @param evidence items in entry order; each gives P(E|H) for every hypothesis
   * @param groups declared dependency groups (may be empty; items may name undeclared groups)
   * @param resolver evaluates query observations
   * @throws IllegalArgumentException if the inputs are inconsistent (duplicate ids, a likelihood
   *     for an unknown hypothesis or none for a known one, a declared group without members)
   * @throws TraceException if an observation cannot be resolved, or an observation has
   *     probability 0 under every hypothesis still held possible
   */
  public static Trace run(List<Hypothesis> hypotheses, List<EvidenceItem> evidence, List<EvidenceGroup> groups,
      ObservationResolver resolver) throws TraceException {
    Map<String, EvidenceGroup> groupsById = validate(hypotheses, evidence, groups);
    Map<String, Observed> observed = new LinkedHashMap<>();
    for (EvidenceItem item : evidence) {
      Observed o = item.observation() instanceof Observation.Literal lit
          ? Observed.of(lit.present())
          : resolver.resolve(item, (Observation.Query) item.observation());
      if (o == null) {
        throw new TraceException("the observation resolver returned nothing for evidence " + item.id());
      }
      observed.put(item.id(), o);
    }
    EntryPlanner.Plan plan = new EntryPlanner(hypotheses).plan(evidence, groupsById, observed);

    int n = hypotheses.size();
    double[] stated = hypotheses.stream().mapToDouble(Hypothesis::prior).toArray();
    double statedSum = 0;
    for (double s : stated) {
      statedSum += s;
    }
    double[] belief = Bayes.normalise(stated);
    List<TrailRow> trail = new ArrayList<>(n * (plan.entries().size() + 1));
    for (int i = 0; i < n; i++) {
      trail.add(new TrailRow(0, "", hypotheses.get(i).id(), stated[i], Double.NaN, belief[i], "", null, Double.NaN, "",
          Double.NaN));
    }
    double[] priors = belief.clone();
    for (Entry e : plan.entries()) {
      double[] pE = e.likelihoods().stream().mapToDouble(Likelihood::value).toArray();
      double[] factors = e.factors();
      double[] posterior = Bayes.update(belief, factors);
      if (posterior == null) {
        throw new TraceException(impossible(e, hypotheses));
      }
      for (int i = 0; i < n; i++) {
        double notH = Bayes.rivalLikelihood(belief, pE, i);
        trail.add(new TrailRow(e.step(), e.id(), hypotheses.get(i).id(), belief[i], pE[i], posterior[i],
            testType(e.likelihoods().get(i), pE[i], notH), Observed.of(e.present()), notH, e.observedAs(observed),
            factors[i]));
      }
      belief = posterior;
    }
    return new Trace(hypotheses, box(priors), statedSum, plan.entries(), trail, plan.independent(),
        plan.unavailable(), box(belief), observed);
  }

  private static String testType(Likelihood l, double pEgivenH, double pEgivenNotH) {
    if (l.role() == Likelihood.Role.TESTED) {
      return l.test().label();
    }
    return Double.isNaN(pEgivenNotH) ? "" : TestType.classify(pEgivenH, pEgivenNotH).label();
  }

  private static String impossible(Entry e, List<Hypothesis> hypotheses) {
    StringBuilder sb = new StringBuilder("evidence ").append(e.id()).append(" was observed ")
        .append(e.present() ? "present" : "absent")
        .append(", which has probability 0 under every hypothesis still held possible (");
    for (int i = 0; i < hypotheses.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "P(E|%s)=%s", hypotheses.get(i).id(),
          e.likelihoods().get(i).value()));
    }
    return sb.append("); give it a likelihood strictly between 0 and 1 for at least one of them").toString();
  }

  private static Map<String, EvidenceGroup> validate(List<Hypothesis> hypotheses, List<EvidenceItem> evidence,
      List<EvidenceGroup> groups) {
    if (hypotheses.size() < 2) {
      throw new IllegalArgumentException("process tracing needs at least two rival hypotheses, got " + hypotheses.size());
    }
    Set<String> hypothesisIds = new HashSet<>();
    for (Hypothesis h : hypotheses) {
      if (!hypothesisIds.add(h.id())) {
        throw new IllegalArgumentException("hypothesis id " + h.id() + " is used twice");
      }
    }
    Map<String, EvidenceGroup> byId = new LinkedHashMap<>();
    for (EvidenceGroup g : groups) {
      if (byId.put(g.id(), g) != null) {
        throw new IllegalArgumentException("dependency group " + g.id() + " is declared twice");
      }
      if (g.stated()) {
        checkCoverage("dependency group " + g.id(), g.likelihoods(), hypothesisIds, hypotheses);
      }
    }
    Set<String> itemIds = new HashSet<>();
    Set<String> usedGroups = new HashSet<>();
    for (EvidenceItem item : evidence) {
      if (!itemIds.add(item.id()) || hypothesisIds.contains(item.id())) {
        throw new IllegalArgumentException("evidence id " + item.id() + " is used twice");
      }
      checkCoverage("evidence " + item.id(), item.likelihoods(), hypothesisIds, hypotheses);
      if (item.group() != null) {
        usedGroups.add(item.group());
      }
    }
    for (String g : byId.keySet()) {
      if (!usedGroups.contains(g)) {
        throw new IllegalArgumentException("dependency group " + g + " has no evidence items; name it in their group");
      }
      if (itemIds.contains(g)) {
        throw new IllegalArgumentException("id " + g + " names both a group and an evidence item");
      }
    }
    for (String g : usedGroups) {
      if (itemIds.contains(g)) {
        throw new IllegalArgumentException("id " + g + " names both a group and an evidence item");
      }
    }
    return byId;
  }

  private static void checkCoverage(String what, Map<String, Likelihood> likelihoods, Set<String> ids,
      List<Hypothesis> hypotheses) {
    for (String h : likelihoods.keySet()) {
      if (!ids.contains(h)) {
        throw new IllegalArgumentException(what + " gives a likelihood for unknown hypothesis " + h);
      }
    }
    for (Hypothesis h : hypotheses) {
      if (!likelihoods.containsKey(h.id())) {
        throw new IllegalArgumentException(what + " gives no P(E|H) for hypothesis " + h.id());
      }
    }
  }

  private static List<Double> box(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
