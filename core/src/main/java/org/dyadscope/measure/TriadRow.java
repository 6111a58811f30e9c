package org.dyadscope.measure;

import java.util.List;
import org.dyadscope.cases.Dyad;

/**
 * One year of one source for a triad (A, B, C): the six directed dyads side by side.
 *
 * @param triad the three actor codes as in the case file, e.g. [RUS, IRN, USA]
 * @param source event dataset
 * @param year calendar year (only years in which the source has events at all)
 * @param cells the dyads in the order {@link #dyads(List)} gives
 */
public record TriadRow(List<String> triad, String source, int year, List<Cell> cells) {
  public TriadRow {
    triad = List.copyOf(triad);
    cells = List.copyOf(cells);
  }

  /**
   * One directed dyad's year.
   *
   * @param dyad the directed dyad
   * @param events number of events
   * @param goldsteinMean mean Goldstein score, null when no event has one
   */
  public record Cell(Dyad dyad, long events, Double goldsteinMean) {}

  /** The six directed dyads of a triad in table order: A→B, B→A, A→C, C→A, B→C, C→B. */
  public static List<Dyad> dyads(List<String> t) {
    Dyad ab = new Dyad(t.get(0), t.get(1));
    Dyad ac = new Dyad(t.get(0), t.get(2));
    Dyad bc = new Dyad(t.get(1), t.get(2));
    return List.of(ab, ab.reverse(), ac, ac.reverse(), bc, bc.reverse());
  }
}
