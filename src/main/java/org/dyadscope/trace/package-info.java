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
 * TraceCsv.write(trace, out.resolve("trace.csv"));
 * </pre>
 *
 * {@link org.dyadscope.trace.Trace} says whether the priors were normalised, which items were
 * assumed independent ({@link org.dyadscope.trace.Trace#independent}) and which were grouped
 * ({@link org.dyadscope.trace.Trace#groups}); {@link org.dyadscope.trace.TestType#classify} names
 * the test a pair of likelihoods amounts to.
 */
package org.dyadscope.trace;
