package org.dyadscope.measure;

/**
 * A run of consecutive gap months of one source (no event at all), inclusive.
 *
 * @param source dataset name
 * @param from first gap month, {@code YYYY-MM}
 * @param to last gap month, {@code YYYY-MM}
 * @param months number of months in the run
 */
public record CoverageGap(String source, String from, String to, int months) {}
