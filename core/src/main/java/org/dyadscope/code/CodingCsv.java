package org.dyadscope.code;

import java.io.IOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes sentence codings as CSV (RFC 4180, comma, double quotes where needed, header row), the
 * format of {@code codings.csv} and of {@code dyadscope code}. Booleans are {@code 1}/{@code 0};
 * strength has three decimals; {@code matched_terms} is {@code ;}-separated; {@code actors} lists
 * every actor mention of the sentence in order, {@code ; }-separated, each as {@link
 * ActorMention#label} ({@code RUS=Medvedev [Prime Minister of Russia]; NATO=NATO}); {@code lexicon}
 * is the version that made the coding; {@code kwic_start}, {@code kwic_end} are the character offsets
 * of the key term in the document's NFC text (empty when nothing was coded); {@code date} is always
 * {@code YYYY-MM-DD} and {@code date_precision} says whether it stands for that day, its month or its
 * year ({@link IsoDate}; both empty for an undated document); {@code text} is the sentence (quoted
 * where it holds a comma, quote or line break); {@code securitizing_actor} who presents the threat
 * ({@link SentenceCoding#securitizingActor}); {@code detector} which detector decided the move
 * ({@code lexicon} or {@code model}) and {@code move_probability} the trained detector's P(move) with
 * three decimals (empty when the lexicon decided); empty values are empty fields.
 */
public final class CodingCsv implements AutoCloseable {
  /** Columns of {@code codings.csv}. */
  public static final String[] COLUMNS = {"doc_id", "sentence_no", "speaker", "date", "move",
      "desecuritizing", "sector", "referent", "threat_source", "strength", "matched_terms", "kwic",
      "actors", "lexicon", "kwic_start", "kwic_end",
      // added later, at the end so readers by position keep working
      "date_precision", "text", "securitizing_actor", "detector", "move_probability"};

  private final CSVPrinter printer;
  private final boolean withOffsets;

  /**
   * Starts a CSV on {@code out} and writes the header.
   *
   * @param withOffsets add the columns {@code start} and {@code end} (the sentence's character offsets)
   *     after the standard ones, as {@code dyadscope code} prints them
   */
  public CodingCsv(Appendable out, boolean withOffsets) throws IOException {
    this.withOffsets = withOffsets;
    String[] header = withOffsets ? concat(COLUMNS, "start", "end") : COLUMNS;
    this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header)
        .setRecordSeparator('\n').get());
  }

  /** Writes one coding. */
  public void write(SentenceCoding c) throws IOException {
    IsoDate date = IsoDate.parse(c.date());
    printer.print(c.docId());
    printer.print(c.sentenceNo());
    printer.print(nz(c.speaker()));
    printer.print(date == null ? "" : date.date().toString());
    printer.print(c.move() ? 1 : 0);
    printer.print(c.desecuritizing() ? 1 : 0);
    printer.print(c.sectorLabel());
    printer.print(nz(c.referent()));
    printer.print(nz(c.threatSource()));
    printer.print(String.format(Locale.ROOT, "%.3f", c.strength()));
    printer.print(String.join(";", c.matchedTerms()));
    printer.print(c.kwic());
    printer.print(String.join("; ", c.actors().stream().map(ActorMention::label).toList()));
    printer.print(c.lexiconVersion());
    printer.print(c.kwicStart() < 0 ? "" : String.valueOf(c.kwicStart()));
    printer.print(c.kwicEnd() < 0 ? "" : String.valueOf(c.kwicEnd()));
    printer.print(date == null ? "" : date.precision());
    printer.print(c.text());
    printer.print(nz(c.securitizingActor()));
    printer.print(c.detector());
    printer.print(c.moveProbability() == null ? "" : String.format(Locale.ROOT, "%.3f", c.moveProbability()));
    if (withOffsets) {
      printer.print(c.start());
      printer.print(c.end());
    }
    printer.println();
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
