package org.dyadscope.review;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dyadscope.code.lexicon.Sector;

/**
 * One analyst's judgement of one coded sentence: the labels the analyst gives (move,
 * desecuritizing, sector, threat source) beside what the coder said, keyed by the document's file
 * name (as the gold set keys it) and the sentence's number, with the SHA-256 of the document's text
 * identity and of the sentence text so that a re-run that splits sentences differently is detected
 * ({@link ReviewLog}). One row of {@code reviews.tsv}, columns {@link #COLUMNS}.
 *
 * @param reviewedAt when the review was saved (UTC)
 * @param reviewer the analyst's name, 1..80 characters
 * @param docFile the document's file name, e.g. {@code RUS_72_2017.txt} (the last segment of
 *     {@code documents.file})
 * @param docSha256 {@code documents.text_key} (hex SHA-256 of the normalised text), empty when unknown
 * @param sentenceNo 1-based sentence number ({@code sentences.sentence_no})
 * @param sentenceSha256 hex SHA-256 of the sentence's UTF-8 text
 * @param move a securitizing move
 * @param desecuritizing a desecuritizing move
 * @param sector a Copenhagen sector ({@link Sector#label}) or empty
 * @param threatSource an actor code of the lexicon (e.g. {@code USA}) or empty
 * @param machineMove what the coder said, for the record; null when not known (an imported review)
 * @param machineDesecuritizing the coder's desecuritizing; null when not known
 * @param machineSector the coder's sector, empty when none; null when not known
 * @param machineThreatSource the coder's threat source, empty when none; null when not known
 * @param source where the review was made: {@code browser}, or e.g. {@code qdpx:FILE}
 * @param note free text, empty when none
 */
public record Review(Instant reviewedAt, String reviewer, String docFile, String docSha256, int sentenceNo,
    String sentenceSha256, boolean move, boolean desecuritizing, String sector, String threatSource,
    Boolean machineMove, Boolean machineDesecuritizing, String machineSector, String machineThreatSource,
    String source, String note) {

  /** The columns of {@code reviews.tsv}, in order. */
  public static final List<String> COLUMNS = List.of("reviewed_at", "reviewer", "doc_file", "doc_sha256",
      "sentence_no", "sentence_sha256", "move", "desecuritizing", "sector", "threat_source", "machine_move",
      "machine_desecuritizing", "machine_sector", "machine_threat_source", "source", "note");

  /** The sector labels a review may give (and the empty string: none). */
  public static final List<String> SECTORS = Arrays.stream(Sector.values()).map(Sector::label).toList();

  public static final int MAX_REVIEWER = 80;

  public Review {
    sector = sector == null ? "" : sector;
    threatSource = threatSource == null ? "" : threatSource;
    note = note == null ? "" : note;
    docSha256 = docSha256 == null ? "" : docSha256;
  }

  /**
   * Checks the analyst's values.
   *
   * @param actorCodes the threat sources a review may name (the lexicon's actor codes)
   * @throws ReviewException naming the field and, for a closed list, its valid values
   */
  public void check(Set<String> actorCodes) {
    if (reviewer == null || reviewer.isBlank() || reviewer.length() > MAX_REVIEWER
        || reviewer.chars().anyMatch(Character::isISOControl)) {
      throw new ReviewException("reviewer must be 1 to " + MAX_REVIEWER + " characters without tabs or line breaks",
          List.of());
    }
    if (!sector.isEmpty() && !SECTORS.contains(sector)) {
      throw new ReviewException("unknown sector '" + sector + "'; valid: " + String.join(", ", SECTORS)
          + " or empty", SECTORS);
    }
    if (!threatSource.isEmpty() && !actorCodes.contains(threatSource)) {
      List<String> valid = actorCodes.stream().sorted().toList();
      throw new ReviewException("unknown threat_source '" + threatSource + "'; valid: an actor code of the lexicon ("
          + String.join(", ", valid) + ") or empty", valid);
    }
    if (sentenceNo < 1) {
      throw new ReviewException("sentence_no must be 1 or more, not " + sentenceNo, List.of());
    }
  }

  /** The row as a line of {@code reviews.tsv}, without the line break. */
  public String toTsv() {
    return String.join("\t", List.of(reviewedAt.toString(), esc(reviewer), esc(docFile), docSha256,
        Integer.toString(sentenceNo), sentenceSha256, bit(move), bit(desecuritizing), esc(sector), esc(threatSource),
        machineMove == null ? "" : bit(machineMove),
        machineDesecuritizing == null ? "" : bit(machineDesecuritizing),
        machineSector == null ? "" : esc(machineSector), machineThreatSource == null ? "" : esc(machineThreatSource),
        esc(source), esc(note)));
  }

  /**
   * Parses a line of {@code reviews.tsv}.
   *
   * @throws IllegalArgumentException saying what is wrong (the caller adds file and line)
   */
  public static Review parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != COLUMNS.size()) {
      throw new IllegalArgumentException("has " + f.length + " fields, not " + COLUMNS.size()
          + " (a torn or hand-edited line)");
    }
    try {
      return new Review(Instant.parse(f[0]), unesc(f[1]), unesc(f[2]), f[3], Integer.parseInt(f[4]), f[5],
          flag(f[6], "move"), flag(f[7], "desecuritizing"), unesc(f[8]), unesc(f[9]),
          f[10].isEmpty() ? null : flag(f[10], "machine_move"),
          f[11].isEmpty() ? null : flag(f[11], "machine_desecuritizing"),
          unesc(f[12]), unesc(f[13]), unesc(f[14]), unesc(f[15]));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("has a malformed reviewed_at or sentence_no (" + e.getMessage() + ")", e);
    }
  }

  private static boolean flag(String s, String column) {
    return switch (s) {
      case "1" -> true;
      case "0" -> false;
      default -> throw new IllegalArgumentException(column + " is '" + s + "', not 0 or 1");
    };
  }

  private static String bit(boolean b) {
    return b ? "1" : "0";
  }

  /** Backslash escapes for the characters a TSV field cannot hold: \\, tab, line feed, carriage return. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String unesc(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The key under which a later review replaces an earlier one: reviewer, document file, sentence. */
  public List<Object> key() {
    return List.of(reviewer, docFile, sentenceNo);
  }
}
