package org.dyadscope.trace;

/**
 * The range of one hypothesis's final posterior over the sensitivity box.
 *
 * @param hypothesis hypothesis id
 * @param point the posterior at the stated values
 * @param min the smallest posterior in the box
 * @param max the largest posterior in the box
 */
public record PosteriorInterval(String hypothesis, double point, double min, double max) {
  /**
   * Whether the conclusion about this hypothesis holds throughout the box: its posterior stays on
   * one side of one half (more likely than all rivals together, or less likely) at every corner.
   * A range that crosses one half means the likelihoods chosen, not the observations, decide it.
   */
  public boolean robust() {
    return max < 0.5 || min > 0.5;
  }
}
