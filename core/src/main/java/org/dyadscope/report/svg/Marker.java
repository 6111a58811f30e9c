package org.dyadscope.report.svg;

import java.time.LocalDate;

/**
 * A dated event drawn as a vertical line on time charts, e.g. 2015-07-14 "JCPOA".
 *
 * @param date the day
 * @param label short label drawn at the top of the line
 */
public record Marker(LocalDate date, String label) {}
