package org.dyadscope.code;

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

  /** e.g. {@code P 0.850 R 0.810 F1 0.829 (tp 17, fp 3, fn 4)}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)",
        precision(), recall(), f1(), tp, fp, fn);
  }
}
