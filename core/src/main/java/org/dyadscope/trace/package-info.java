/**
 * Bayesian process tracing: hypotheses with priors, evidence items as Van Evera tests or explicit
 * likelihoods, updating with an audit trail, and a sensitivity analysis.
 *
 * <p>Use from a command:
 *
 * <pre>
 * TraceSpec spec = TraceLoader.load(caseFolder);                  // trace.yaml; CaseFileException (org.dyadscope.yaml) names file:line:col
 * Trace trace = TraceEngine.run(spec, resolver);                  // resolver evaluates query observations
 * SensitivityResult s = Sensitivity.analyse(trace, spec.sensitivity());
 * TraceCsv.store(store, spec, trace, resolver.values()); // tables trace_steps, evidence_observations
 * TraceCsv.write(store, out);                                     // trace.csv, read from trace_steps
 * </pre>
 *
 * {@link org.dyadscope.trace.Trace} says whether the priors were normalised, which items were
 * assumed independent ({@link org.dyadscope.trace.Trace#independent}) and which were grouped
 * ({@link org.dyadscope.trace.Trace#groups}); {@link org.dyadscope.trace.TestType#classify} names
 * the test a pair of likelihoods amounts to.
 */
package org.dyadscope.trace;
