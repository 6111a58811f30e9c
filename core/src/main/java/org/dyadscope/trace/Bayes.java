package org.dyadscope.trace;

/**
 * The arithmetic of Bayes' rule over a mutually exclusive, exhaustive set of hypotheses.
 *
 * <p>posterior_i = prior_i × f_i / Σ_j prior_j × f_j, with f_i = P(E|H_i) (or 1 − P(E|H_i) when
 * E is absent). For any i this equals the odds form of Bennett (2015, appendix):
 * posterior odds(H_i) = prior odds(H_i) × P(E|H_i) / P(E|¬H_i), where
 * P(E|¬H_i) = Σ_{j≠i} prior_j f_j / Σ_{j≠i} prior_j is the rivals' likelihood weighted by their
 * current beliefs; with two hypotheses P(E|¬H_1) is simply P(E|H_2).
 */
final class Bayes {
  private Bayes() {}

  /** Weights divided by their sum. */
  static double[] normalise(double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double[] p = new double[weights.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = weights[i] / sum;
    }
    return p;
  }

  /** The posterior, or {@code null} when P(E) = 0 (E impossible under every hypothesis held possible). */
  static double[] update(double[] prior, double[] factors) {
    double[] w = new double[prior.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = prior[i] * factors[i];
      sum += w[i];
    }
    if (!(sum > 0)) {
      return null;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
    return w;
  }

  /** P(E|¬H_i) under {@code prior}: the rivals' likelihoods weighted by their beliefs; NaN if they hold none. */
  static double rivalLikelihood(double[] prior, double[] pE, int i) {
    double mass = 0;
    double weighted = 0;
    for (int j = 0; j < prior.length; j++) {
      if (j != i) {
        mass += prior[j];
        weighted += prior[j] * pE[j];
      }
    }
    return mass > 0 ? Math.min(1, weighted / mass) : Double.NaN;
  }

  /** Index of the largest value; the first on a tie. */
  static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }
}
