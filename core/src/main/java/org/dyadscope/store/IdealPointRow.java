package org.dyadscope.store;

/**
 * A state's UNGA ideal point in one session (Bailey, Strezhnev &amp; Voeten 2017, "Estimating dynamic
 * state preferences from United Nations voting data", J. Conflict Resolution 61(2)).
 *
 * @param iso3 ISO-3166 alpha-3 code
 * @param ccode Correlates of War country code, or null
 * @param session UNGA session number (1 = 1946)
 * @param year calendar year the session opened (session + 1945)
 * @param idealPoint ideal point on the first dimension (IdealPointAll), unitless, roughly -3..+3
 * @param nVotes number of votes the estimate rests on, or null
 */
public record IdealPointRow(
    String iso3, Integer ccode, int session, int year, double idealPoint, Integer nVotes,
    String file, long line) {}
