package org.dyadscope.trace;

/**
 * One row of the audit trail ({@code trace.csv}): one hypothesis at one step.
 *
 * @param step 0 for the priors, then 1.. per entered item or group
 * @param evidenceId the entry's id ({@link Entry#id}); empty at step 0
 * @param hypothesis hypothesis id
 * @param prior belief before the step; at step 0 the prior weight as stated in the case
 * @param pEgivenH P(E|H) as the case states it (not 1 − P(E|H) for an absent E: see
 *     {@code likelihoodApplied}); NaN at step 0
 * @param posterior belief after the step; at step 0 the normalised prior
 * @param testType the declared test type for the hypothesis a test is for, otherwise what the
 *     likelihoods amount to ({@link TestType#classify} of P(E|H) against P(E|¬H)); empty at step
 *     0 and when the rivals hold no belief
 * @param observed what was observed at the step; {@code null} at step 0
 * @param pEgivenNotH P(E|¬H) at this step: the rivals' likelihoods weighted by their beliefs
 *     before the step; NaN at step 0 or when the rivals hold no belief
 * @param observedAs the observation as trace.csv states it ({@link Entry#observedAs}); empty at step 0
 * @param likelihoodApplied the factor the update multiplied this hypothesis's belief by: P(E|H)
 *     when E was present, 1 − P(E|H) when absent; NaN at step 0. Row by row, posterior =
 *     prior × likelihoodApplied / Σ over the step's hypotheses (prior × likelihoodApplied)
 */
public record TrailRow(int step, String evidenceId, String hypothesis, double prior, double pEgivenH,
    double posterior, String testType, Observed observed, double pEgivenNotH, String observedAs,
    double likelihoodApplied) {}
