package org.dyadscope.store;

import java.time.LocalDate;

/**
 * One cell of a daily country graph (table {@code country_graph_daily}): the derived, undirected
 * weight of a country pair on a day. Not an event count.
 *
 * @param source the source name of the case
 * @param day the graph's day
 * @param countryA the pair's first country (ISO-3, alphabetically before {@code countryB})
 * @param countryB the pair's second country (ISO-3)
 * @param weight the matrix cell, a sum over the day's events of a Goldstein-based score
 * @param file the zip member read ({@code networks/20180901_network.zip!20180901_network.npy})
 * @param line the 1-based matrix row of {@code countryA}
 */
public record CountryGraphRow(
    String source, LocalDate day, String countryA, String countryB, double weight, String file, long line) {}
