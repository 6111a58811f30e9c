package org.dyadscope.measure;

/**
 * Distance between two states' UN General Assembly ideal points in one session.
 *
 * <p>Source: Bailey, Strezhnev &amp; Voeten (2017), "Estimating Dynamic State Preferences from
 * United Nations Voting Data", J. Conflict Resolution 61(2); ideal points on one common scale, so a
 * distance compares across sessions.
 *
 * @param pair the two ISO-3 codes in alphabetical order joined by '-', e.g. {@code IRN-RUS}
 * @param a first state of the pair (alphabetical)
 * @param b second state
 * @param session UNGA session (1 = 1946)
 * @param year the session's year (session + 1945)
 * @param distance |ideal point a − ideal point b|, ideal-point units (≥ 0)
 */
public record UngaDistance(String pair, String a, String b, int session, int year, double distance) {}
