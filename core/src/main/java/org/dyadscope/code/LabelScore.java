package org.dyadscope.code;

import java.util.Locale;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;

/**
 * Precision, recall and F1 of one label against a gold set.
 *
 * <p>Binary labels (move, desecuritizing): the positive class is 1. Categorical labels (sector,
 * threat source): micro-averaged over the non-empty values — a true positive when both give the
 * same non-empty value, a false positive when the coder gives a value the gold does not, a false
 * negative when the gold gives a value the coder does not (a wrong value counts as both).
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record LabelScore(int tp, int fp, int fn) {
  /** tp / (tp + fp); 0 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn); 0 when the gold has no positive. */
  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /**
   * 95% Wilson score interval of the precision, tp successes in tp + fp trials (Wilson 1927, JASA
   * 22:209; Brown, Cai &amp; DasGupta 2001, Stat. Sci. 16:101, who recommend it for small samples).
   *
   * @return bounds in 0..1, or null when nothing was predicted
   */
  public Interval precisionInterval() {
    return wilson(tp, tp + fp);
  }

  /**
   * 95% Wilson score interval of the recall, tp successes in tp + fn trials (as {@link
   * #precisionInterval}).
   *
   * @return bounds in 0..1, or null when the gold has no positive
   */
  public Interval recallInterval() {
    return wilson(tp, tp + fn);
  }

  private static Interval wilson(int successes, int trials) {
    if (trials == 0) {
      return null;
    }
    ConfidenceInterval ci = IntervalUtils.getWilsonScoreInterval(trials, successes, 0.95);
    // Commons Math's bounds can stray past 0 or 1 by a rounding error (-0.000 printed for 0 successes)
    return new Interval(Math.max(0.0, ci.getLowerBound()), Math.min(1.0, ci.getUpperBound()));
  }

  /**
   * e.g. {@code P 0.850 R 0.810 F1 0.829 (tp 17, fp 3, fn 4; 95% CI P 0.640-0.948, R 0.600-0.923)}:
   * the small gold splits leave wide intervals, and the reader should see them.
   */
  @Override
  public String toString() {
    // a ratio over nothing is undefined, and printed so, never as 0.000
    return String.format(Locale.ROOT, "P %s R %s F1 %s (tp %d, fp %d, fn %d; 95%% CI P %s, R %s)",
        precisionText(), recallText(), f1Text(), tp, fp, fn, range(precisionInterval()), range(recallInterval()));
  }

  /** Precision to 3 decimals, or {@code n/a} when nothing was coded. */
  public String precisionText() {
    return tp + fp == 0 ? "n/a" : three(precision());
  }

  /** Recall to 3 decimals, or {@code n/a} when the gold has no positive. */
  public String recallText() {
    return tp + fn == 0 ? "n/a" : three(recall());
  }

  /** F1 to 3 decimals, or {@code n/a} when neither the coder nor the gold has a positive. */
  public String f1Text() {
    return tp + fp + fn == 0 ? "n/a" : three(f1());
  }

  private static String three(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String range(Interval ci) {
    return ci == null ? "n/a" : String.format(Locale.ROOT, "%.3f-%.3f", ci.lower(), ci.upper());
  }

  /**
   * A confidence interval of a proportion.
   *
   * @param lower lower bound, 0..1
   * @param upper upper bound, lower..1
   */
  public record Interval(double lower, double upper) {}

  /**
   * The score of binary decisions {@code coded} against {@code gold}, element by element.
   *
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public static LabelScore of(boolean[] gold, boolean[] coded) {
    if (gold.length != coded.length) {
      throw new IllegalArgumentException(gold.length + " gold labels against " + coded.length + " decisions");
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < gold.length; i++) {
      tp += gold[i] && coded[i] ? 1 : 0;
      fp += !gold[i] && coded[i] ? 1 : 0;
      fn += gold[i] && !coded[i] ? 1 : 0;
    }
    return new LabelScore(tp, fp, fn);
  }
}
