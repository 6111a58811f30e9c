package org.dyadscope.code;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of the coder against a gold set.
 *
 * @param goldFile the gold file's name
 * @param split the split evaluated ({@code dev}, {@code test}) or {@code all}
 * @param sentences gold sentences evaluated
 * @param missing gold sentences for which no coding was given (counted as uncoded: all labels 0
 *     or empty)
 * @param move securitizing move
 * @param desecuritizing desecuritizing move
 * @param sector sector, micro-averaged
 * @param threatSource threat source, micro-averaged
 * @param sectorByValue sector scores per sector label
 * @param errors the disagreements, one line each ({@code file#sentence label gold=.. coder=..}),
 *     for error analysis
 */
public record EvaluationReport(
    String goldFile,
    String split,
    int sentences,
    int missing,
    LabelScore move,
    LabelScore desecuritizing,
    LabelScore sector,
    LabelScore threatSource,
    Map<String, LabelScore> sectorByValue,
    List<String> errors) {
  /**
   * The splits of the gold set that the current lexicon and the trained detector were never tuned
   * on: rounds 2 to 7's held-out splits (each scored once, then retired) and round 8's {@code test}; {@code dev}
   * (rounds 1 to 2 tuned on) and {@code test1} (tuned on after it was retired) are not among
   * them. Their pooled scores are the coder's accuracy; scores on any other split are optimistic.
   */
  public static final List<String> HELD_OUT_SPLITS = List.of("test2", "test3", "test4", "test5", "test6", "test7", "test");

  /** Whether every split scored is held out (never tuned on). */
  /** The split name of a score against analysts' reviews ({@code evaluate --reviews}), neither held out nor tuned on by rule. */
  public static final String REVIEWS = "reviews";

  public boolean heldOut() {
    return HELD_OUT_SPLITS.containsAll(List.of(split.split("\\+")));
  }

  /**
   * Two detectors' scores on the same sentences, label by label, one line each (the
   * {@link LabelScore} with its Wilson intervals), under this report's heading: this report's as
   * {@code name}, {@code other}'s as {@code otherName}.
   *
   * @throws IllegalArgumentException when {@code other} is not on the same gold file and split
   */
  public String toText(String name, EvaluationReport other, String otherName) {
    if (!other.goldFile.equals(goldFile) || !other.split.equals(split) || other.sentences != sentences) {
      throw new IllegalArgumentException("cannot set " + other.split + " beside " + split + ": not the same sentences");
    }
    String text = toText();
    StringBuilder b = new StringBuilder(text.substring(0, text.indexOf('\n') + 1));
    int w = Math.max(name.length(), otherName.length());
    String row = "%-15s %-" + w + "s %s%n";
    String[] labels = {"move", "desecuritizing", "sector", "threat_source"};
    LabelScore[] mine = {move, desecuritizing, sector, threatSource};
    LabelScore[] theirs = {other.move, other.desecuritizing, other.sector, other.threatSource};
    for (int i = 0; i < labels.length; i++) {
      b.append(String.format(Locale.ROOT, row, labels[i], name, mine[i]));
      b.append(String.format(Locale.ROOT, row, "", otherName, theirs[i]));
    }
    return b.toString();
  }

  /**
   * A plain-text table for the console, headed {@code held out (never tuned on):} or
   * {@code TUNED ON (optimistic):} before the gold file and split.
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s gold %s, split %s: %d sentences (%d without a coding)%n",
        heldOut() ? "held out (never tuned on):" : split.equals(REVIEWS) ? "analysts' reviews (dyadscope serve):"
            : "TUNED ON (optimistic, the lexicon was fitted to these sentences):",
        goldFile, split, sentences, missing));
    b.append(String.format(Locale.ROOT, "%-15s %s%n", "move", move));
    b.append(String.format(Locale.ROOT, "%-15s %s%n", "desecuritizing", desecuritizing));
    b.append(String.format(Locale.ROOT, "%-15s %s%n", "sector", sector));
    b.append(String.format(Locale.ROOT, "%-15s %s%n", "threat_source", threatSource));
    sectorByValue.forEach((k, v) ->
        b.append(String.format(Locale.ROOT, "  sector %-13s %s%n", k, v)));
    return b.toString();
  }
}
