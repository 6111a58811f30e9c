package org.dyadscope.measure;

import java.util.Locale;
import org.dyadscope.cases.Dyad;

/**
 * The id of one measured series, as captions and {@code report.json}'s {@code bases} name it:
 * {@code events RUS->IRN}, {@code arms RUS->IRN}, {@code unga IRN-RUS} ({@link #toString}).
 *
 * @param kind what the series counts
 * @param subject the directed dyad ({@code RUS->IRN}) or, for UNGA, the pair of states ({@code IRN-RUS})
 */
public record SeriesId(Kind kind, String subject) {
  /** What a series counts. */
  public enum Kind {
    /** Events of a directed dyad (event series). */
    EVENTS,
    /** SIPRI arms transfers of a supplier to a recipient. */
    ARMS,
    /** UNGA ideal-point distance of a pair of states. */
    UNGA;

    /** Lower-case name, the id's first word. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The event series of {@code dyad}. */
  public static SeriesId events(Dyad dyad) {
    return new SeriesId(Kind.EVENTS, dyad.toString());
  }

  /** The arms-transfer series of {@code dyad} (supplier to recipient). */
  public static SeriesId arms(Dyad dyad) {
    return new SeriesId(Kind.ARMS, dyad.toString());
  }

  /** The UNGA distance series of {@code pair}, e.g. {@code IRN-RUS} ({@link UngaDistance#pair}). */
  public static SeriesId unga(String pair) {
    return new SeriesId(Kind.UNGA, pair);
  }

  /** {@code <kind> <subject>}, e.g. {@code events RUS->IRN}. */
  @Override
  public String toString() {
    return kind.label() + " " + subject;
  }
}
