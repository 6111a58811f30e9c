package org.dyadscope.assess;

import java.time.LocalDate;

/**
 * A date that splits the case period for trends, e.g. 2015-07-14 JCPOA.
 *
 * @param date the first day of the new segment
 * @param label short name
 */
public record Breakpoint(LocalDate date, String label) {}
