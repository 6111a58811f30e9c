package org.dyadscope.code.lexicon;

/**
 * The lexicon categories, one data file each ({@link #fileName}). Meanings of the {@code value}
 * and {@code attr} columns per category:
 *
 * <ul>
 *   <li>{@link #ACTOR}: value = ISO-3166 alpha-3 code or organisation/group code (NATO, UN, ISIL);
 *       attr = actor type, one of {@code state}, {@code alliance}, {@code igo}, {@code group},
 *       {@code region};
 *   <li>{@link #THREAT}: value = canonical threat term; attr = {@code strong} (names a threat by
 *       itself: threat, danger, aggression) or {@code weak} (conflictual, needs support from a
 *       referent or urgency: war, crisis, risk);
 *   <li>{@link #REFERENT}: value = canonical referent object (sovereignty, international peace and
 *       security);
 *   <li>{@link #URGENCY}: value = canonical term; attr = {@code urgency} (must, urgent) or
 *       {@code measure} (sanctions, use of force);
 *   <li>{@link #DESECURITIZATION}: value = canonical term (dialogue, political settlement);
 *   <li>{@link #SECTOR}: value = sector name (military, political, economic, societal,
 *       environmental);
 *   <li>{@link #NEGATION}, {@link #HEDGE}: value = canonical cue;
 *   <li>{@link #MARKER}: value = {@code source} (by, from: the actor after it is the threat's
 *       agent) or {@code target} (against, on: the actor after it is threatened);
 *   <li>{@link #HISTORY}: cues of historical narration (anniversary, the Second World War); a
 *       sentence with one is a move only when it also calls for urgency or a measure.
 *   <li>{@link #TENSE}: value = {@code past} (was, had, ago) or {@code present} (is, will, must,
 *       today): a sentence with past cues and no present cue is narration, not a move;
 *   <li>{@link #REPORTED}: cues that a threat is reported in order to reject it (so-called,
 *       imaginary, pretext, portray as): a threat term they govern is a denial, not a move.
 * </ul>
 */
public enum Category {
  ACTOR("actors.tsv"),
  THREAT("threat.tsv"),
  REFERENT("referent.tsv"),
  URGENCY("urgency.tsv"),
  DESECURITIZATION("desecuritization.tsv"),
  SECTOR("sector.tsv"),
  NEGATION("negation.tsv"),
  HEDGE("hedge.tsv"),
  MARKER("markers.tsv"),
  HISTORY("history.tsv"),
  TENSE("tense.tsv"),
  REPORTED("reported.tsv");

  private final String fileName;

  Category(String fileName) {
    this.fileName = fileName;
  }

  /** Name of this category's data file, built in and in a case's {@code lexicon/} folder. */
  public String fileName() {
    return fileName;
  }
}
