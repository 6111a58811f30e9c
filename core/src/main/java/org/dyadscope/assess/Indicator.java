package org.dyadscope.assess;

import java.time.LocalDate;

/**
 * One indicator of a theme, with the rule that turns its data into a side (challenge or
 * opportunity for the target's security). Every indicator states that rule in words
 * ({@link #rule}) so a reader can check it.
 */
public sealed interface Indicator permits Indicator.Series, Indicator.Link, Indicator.Evidence {
  /** Indicator id, unique within the case's themes. */
  String id();

  /** What it measures. */
  String description();

  /** Why its data point the way they do, in a sentence. */
  String rule();

  /**
   * A yearly series computed by SQL over the store. Score of a value v:
   * {@code direction.sign() × clamp((v − neutral) / scale, −1, 1)}: the sign says the side (−1
   * challenge, +1 opportunity), the size the strength. The level is the mean over the case
   * period's years; each year's own score feeds the trend.
   *
   * @param sql a query returning rows (year, value): year an integer or 'YYYY', value a number;
   *     a NULL value is a year without data
   * @param higherMeans the side that values above {@code neutral} point to
   * @param neutral the value that points to neither side
   * @param scale the distance from neutral that counts as full strength (&gt; 0)
   * @param link whether this is the theme's series correlated with the third party (otherwise
   *     the theme's first series is)
   */
  record Series(String id, String description, String rule, String sql, Side higherMeans, double neutral,
      double scale, boolean link) implements Indicator {
    public Series {
      if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(neutral)) {
        throw new IllegalArgumentException("indicator " + id + ": scale must be positive and neutral finite");
      }
    }

    /** The score of one value, in [−1, 1]. */
    public double score(double value) {
      return higherMeans.sign() * Math.max(-1, Math.min(1, (value - neutral) / scale));
    }
  }

  /**
   * A yearly series read through its co-movement with the third-party series: the reading is
   * {@code positiveMeans.sign() × r} (r at lag 0, see {@link LeadLag}) when the permutation
   * p-value is at most {@code alpha}, and 0 (a link not detected: neither side) otherwise. Its
   * coverage is the share of the period's years with both values. Use it where the study's claim
   * is itself about the third party, e.g. "Russia uses Iran as a tool against Washington".
   *
   * @param sql a query returning (year, value) rows, as for {@link Series}
   * @param positiveMeans the side a positive correlation points to
   * @param alpha the largest p-value that counts as a detected link, e.g. 0.1
   */
  record Link(String id, String description, String rule, String sql, Side positiveMeans, double alpha)
      implements Indicator {
    public Link {
      if (!(alpha > 0 && alpha <= 1)) {
        throw new IllegalArgumentException("indicator " + id + ": alpha must lie in (0, 1]");
      }
    }
  }

  /**
   * An evidence item of the trace read as a fact about the theme: present points to
   * {@code whenPresent} with full strength, absent to {@code whenAbsent} (or to neither when that
   * is {@code null}); unavailable is no reading at all.
   *
   * @param evidenceId the trace's evidence id
   * @param date when the fact happened (places it in a segment for the trend); {@code null} if undated
   */
  record Evidence(String id, String description, String rule, String evidenceId, Side whenPresent, Side whenAbsent,
      LocalDate date) implements Indicator {}
}
