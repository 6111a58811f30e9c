package org.dyadscope.trace;

/**
 * The range of one hypothesis's final posterior over the sensitivity box.
 *
 * @param hypothesis hypothesis id
 * @param point the posterior at the stated values
 * @param min the smallest posterior in the box
 * @param max the largest posterior in the box
 */
public record PosteriorInterval(String hypothesis, double point, double min, double max) {}
