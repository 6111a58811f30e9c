package org.dyadscope.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.code.CorpusCoder;
import org.dyadscope.code.EvaluationRecord;
import org.dyadscope.code.IsoDate;
import org.dyadscope.code.LabelScore;
import org.dyadscope.code.SecuritizationCoder;
import org.dyadscope.measure.Securitization;
import org.dyadscope.measure.SecuritizationResults;
import org.dyadscope.report.svg.LineChart;
import org.dyadscope.report.svg.Palette;
import org.dyadscope.report.svg.TimeAxis;

/**
 * The report section "Securitization": the securitization coding ({@link
 * org.dyadscope.code.CorpusCoder}) and its yearly series ({@link Securitization}) as the typed
 * {@link SecuritizationResults}, laid out as
 *
 * <ul>
 *   <li>a line chart of securitizing moves per 1,000 sentences per speaker and year (one line per
 *       speaker and document source: speeches and one-line index titles are not mixed);
 *   <li>the "who names whom as a threat" matrix, moves with a named threat source summed over the
 *       coded years (per year in {@code threat_matrix_yearly.csv});
 *   <li>a key-word-in-context table of each speaker's strongest moves;
 *   <li>the near-duplicate documents left out, and the document rows stored once because their
 *       text was already stored ({@code document_copies.csv}), conflicting metadata named.
 * </ul>
 *
 * The captions state the lexicon version and the coder's accuracy on the case's hand-coded gold
 * set, read from {@code <case>/gold/evaluation.tsv} ({@link EvaluationRecord}). Formats, never
 * computes: every count, sum and ranking comes with the results. Without results (no documents
 * coded) the section is left out.
 */
final class SecuritizationSection {
  private SecuritizationSection() {}

  /**
   * {@code doc} with the section inserted before its last section (the data-files note), or
   * {@code doc} itself when the run coded no documents ({@code results} null).
   *
   * @throws IOException when the case's gold evaluation exists but cannot be read
   */
  static Doc addTo(Doc doc, CaseFile c, SecuritizationResults results) throws IOException {
    if (results == null) {
      return doc;
    }
    List<Doc.Section> sections = new ArrayList<>(doc.sections());
    sections.add(Math.max(0, sections.size() - 1), build(c, results));
    return new Doc(doc.title(), doc.subtitle(), sections);
  }

  /**
   * What the trained detector decided in a {@code run --coder model}, or nothing: the accuracy the
   * section states is the lexicon's, and the reader must know the moves are not all its.
   */
  private static String detector(SecuritizationResults results) {
    if (results.modelDecided() == 0) {
      return "";
    }
    return String.format(Locale.ROOT, ", whose move decision was replaced by the case's trained move detector"
        + " (model/move-detector.json) on the %,d sentences the lexicon saw something in (the codings.csv rows with"
        + " detector model); the accuracy stated here is the lexicon's and, once dyadscope evaluate --split test"
        + " --record has scored it beside the lexicon, the detector's", results.modelDecided());
  }

  static Doc.Section build(CaseFile c, SecuritizationResults results) throws IOException {
    String lexicon = results.lexicon();
    Scored scored = scored(c.folder()); // read once for the text and the caption
    String accuracy = accuracy(scored, lexicon);
    List<Doc.Block> b = new ArrayList<>();
    b.add(new Doc.Para("Securitizing moves (Buzan, Wæver & de Wilde 1998): sentences in which the "
        + "speaker presents something as a threat to a referent object, with urgency, an "
        + "extraordinary measure or a named source; coded sentence by sentence by dyadscope's "
        + "lexicon coder" + (lexicon == null ? "" : " (" + lexicon + ")") + detector(results) + ". Every coding, with its "
        + "matched terms and key word in context, is in ../codings.csv. " + accuracy));
    b.add(rateChart(c, results.rates(), lexicon, briefAccuracy(scored)));
    b.add(matrix(results.threats()));
    b.add(kwicTable(results.strongest()));
    long dups = results.nearDuplicates();
    b.add(new Doc.Para(dups == 0 ? "No document repeats another of the same speaker and date."
        : Num.plural(dups, "document repeats", "documents repeat")
            + " an earlier one of the same speaker and date (same normalised text, or word-trigram "
            + "Jaccard similarity ≥ " + Num.data(CorpusCoder.DUPLICATE_JACCARD) + ") and "
            + (dups == 1 ? "was" : "were") + " not coded, "
            + "so nothing is counted twice; the list is in ../series/near_duplicates.csv."));
    b.add(copies(results.copies()));
    return new Doc.Section("securitization", "Securitization", b);
  }

  /** Conflicting copies named in the text (all are in document_copies.csv). */
  static final int CONFLICTS_SHOWN = 5;

  /** What the store's identity of documents found: copies per relation, the conflicts named. */
  static Doc.Para copies(SecuritizationResults.Copies copies) {
    if (copies.total() == 0) {
      return new Doc.Para("No document file or index entry repeats the text of another: each is stored and"
          + " coded once.");
    }
    List<SecuritizationResults.Conflict> conflicts = copies.conflicts();
    Map<String, Long> by = copies.perRelation();
    StringBuilder t = new StringBuilder(Num.plural(copies.total(), "document row repeats", "document rows repeat")
        + " the text of a stored document (the same text after NFC, case and whitespace folding, whatever"
        + " the file name or date) and " + (copies.total() == 1 ? "was" : "were") + " stored and coded once: "
        + Num.count(by.getOrDefault("identical", 0L)) + " with the same metadata, "
        + Num.count(by.getOrDefault("compatible", 0L)) + " compatible (a field only one copy"
        + " gives, or a year and a full date of that year: the stored document keeps the more precise), "
        + Num.count(conflicts.size()) + " with conflicting metadata, left as first loaded");
    for (int i = 0; i < Math.min(CONFLICTS_SHOWN, conflicts.size()); i++) {
      SecuritizationResults.Conflict r = conflicts.get(i);
      t.append(i == 0 ? ": " : "; ").append(r.docId()).append(" repeats ").append(r.copyOf())
          .append(" (").append(r.differences()).append(')');
    }
    if (conflicts.size() > CONFLICTS_SHOWN) {
      t.append("; and ").append(Num.count(conflicts.size() - CONFLICTS_SHOWN)).append(" more");
    }
    return new Doc.Para(t.append(". The list is in ../series/document_copies.csv.").toString());
  }

  /**
   * Move F1 on the gold set below which the caption warns how far the codings are from a human
   * coding: the 0.8 the project set for move detection (issue "Securitization coding", proof of
   * accuracy).
   */
  static final double TRUSTED_F1 = 0.8;

  /**
   * "Accuracy on the gold set: ..." from the case's evaluation record ({@code gold/evaluation.tsv});
   * without one, the built-in lexicon's on the flagship gold set when the case codes with the
   * built-in lexicon (no {@code lexicon/} folder), so the statement is shown wherever the codings
   * are; else a note that none is recorded.
   */
  static String accuracy(Path caseFolder, String lexicon) throws IOException {
    return accuracy(scored(caseFolder), lexicon);
  }

  private static String accuracy(Scored scored, String lexicon) {
    if (scored == null) {
      return "No evaluation against a hand-coded gold set is recorded for this case, whose lexicon/ folder"
          + " changes the built-in lexicon: draw a gold set with dyadscope gold sample and score it with dyadscope evaluate.";
    }
    EvaluationRecord r = scored.record();
    String against = scored.builtIn()
        ? "the flagship case's hand-coded gold set (UN General Debate sentences of RUS, IRN, USA and CHN,"
            + " 2012-2022; this case has none of its own: dyadscope gold sample draws one)"
        : "the case's hand-coded gold set";
    StringBuilder s = new StringBuilder("Accuracy against " + against + " ("
        + r.split() + " split, " + r.lexiconVersion() + "): ");
    List<String> parts = new ArrayList<>();
    r.scores().forEach((label, v) ->
        parts.add(label.replace('_', ' ') + " " + (label.equals("move") ? moveScore(v) : prf(v))));
    s.append(String.join("; ", parts)).append('.');
    LabelScore move = r.scores().get("move");
    if (move != null && move.f1() < TRUSTED_F1) {
      // a share of nothing is no share: said so, never 0%
      String precision = move.tp() + move.fp() == 0 ? "none of the sentences is coded a move"
          : String.format(Locale.ROOT, "%.0f%% of the coded moves are moves in the human coding (precision)",
              100 * move.precision());
      String recall = move.tp() + move.fn() == 0 ? "the human coders coded no move"
          : String.format(Locale.ROOT, "the coder finds %.0f%% of the human coders' moves (recall)", 100 * move.recall());
      s.append(" On those hand-coded UN General Debate sentences, ").append(precision).append(" and ").append(recall)
          .append(": read the counts and rates in this section as a measure of explicit threat language, not as"
              + " counts of securitizing moves; the accuracy on other kinds of documents (such as title indexes) is"
              + " not measured.");
    }
    LabelScore modelMove = r.modelScores().get("move");
    // the built-in record's detector is the flagship's, which no other case runs
    if (modelMove != null && !scored.builtIn()) {
      s.append(" The case's trained move detector (model/move-detector.json, run --coder model) on the same gold sentences: move ")
          .append(moveScore(modelMove)).append("; it decides move only, the other labels are the lexicon's rules' (a move it"
              + " adds takes the sector and threat source they give the sentence as a move).");
    }
    double[] k = r.kappa().get("move");
    if (k != null) {
      s.append(String.format(Locale.ROOT, " Agreement of two human coders on moves: Cohen's kappa %.3f.", k[0]));
    }
    if (lexicon != null && !lexicon.equals(r.lexiconVersion())) {
      s.append(" These figures are for ").append(r.lexiconVersion()).append(", not for ").append(lexicon)
          .append(" that coded this run: re-run dyadscope evaluate --record.");
    }
    return s.toString();
  }

  /**
   * The figure caption's one line of accuracy (the section's text gives every label, the intervals
   * and the warnings): move F1, precision and recall on the gold set, or that none is recorded.
   */
  private static String briefAccuracy(Scored scored) {
    LabelScore move = scored == null ? null : scored.record().scores().get("move");
    if (move == null) {
      return "No accuracy on a hand-coded gold set is recorded for this case's lexicon.";
    }
    return String.format(Locale.ROOT, "Move F1 %s (P %s, R %s) on %s (%s split, %s); the section's text gives"
        + " every label with its interval.", move.f1Text(), move.precisionText(), move.recallText(),
        scored.builtIn() ? "the flagship case's hand-coded gold set"
            : "the case's hand-coded gold set", scored.record().split(), scored.record().lexiconVersion());
  }

  /** An evaluation record, and whether it is the built-in lexicon's on the flagship gold set. */
  private record Scored(EvaluationRecord record, boolean builtIn) {}

  /**
   * The case's evaluation record ({@code gold/evaluation.tsv}), else the built-in lexicon's on the
   * flagship gold set when the case codes with the built-in lexicon (no {@code lexicon/} folder),
   * else null.
   */
  private static Scored scored(Path caseFolder) throws IOException {
    Path evaluation = caseFolder.resolve("gold").resolve("evaluation.tsv");
    if (Files.isRegularFile(evaluation)) {
      return new Scored(EvaluationRecord.read(evaluation), false);
    }
    if (!Files.isDirectory(caseFolder.resolve("lexicon"))) {
      return new Scored(EvaluationRecord.builtIn(), true);
    }
    return null;
  }

  /** Precision and recall with their 95% Wilson intervals, and the counts they rest on. */
  private static String moveScore(LabelScore v) {
    LabelScore.Interval p = v.precisionInterval();
    LabelScore.Interval r = v.recallInterval();
    return String.format(Locale.ROOT, "P %s (95%% CI %s) / R %s (95%% CI %s) / F1 %s, from %d coded and %d"
        + " human-coded moves", v.precisionText(), dash(p), v.recallText(), dash(r), v.f1Text(), v.tp() + v.fp(),
        v.tp() + v.fn());
  }

  private static String dash(LabelScore.Interval ci) {
    return ci == null ? "n/a" : String.format(Locale.ROOT, "%.2f–%.2f", ci.lower(), ci.upper());
  }

  private static String prf(LabelScore v) {
    return "P " + v.precisionText() + " / R " + v.recallText() + " / F1 " + v.f1Text();
  }

  private static Doc.Figure rateChart(CaseFile c, List<SecuritizationResults.RateLine> rates, String lexicon,
      String accuracy) {
    int y0 = c.period().start().getYear();
    int y1 = c.period().end().getYear();
    TimeAxis axis = TimeAxis.years(y0, y1);
    LineChart chart = new LineChart("Securitizing moves per 1,000 sentences", axis, "moves per 1,000 sentences")
        .dots().includeZero();
    List<String> counts = new ArrayList<>();
    int i = 0;
    for (SecuritizationResults.RateLine line : rates) {
      String name = (line.speaker().isEmpty() ? "?" : line.speaker()) + " · " + line.source();
      List<LineChart.Point> pts = new ArrayList<>();
      for (int y = y0; y <= y1; y++) {
        pts.add(new LineChart.Point(axis.x(Integer.toString(y)), line.perThousand().get(y)));
      }
      chart.series(name, Palette.color(i++), pts);
      counts.add(name + " " + Num.count(line.sentences()));
    }
    String caption = "Securitizing moves per 1,000 sentences, per speaker and document source and "
        + "year, " + y0 + "–" + y1 + "; a gap is a year without documents. Sentences coded: "
        + (counts.isEmpty() ? "none" : String.join(", ", counts)) + ". Index sources hold one-line "
        + "titles, so their rates are not comparable with speeches. Lexicon "
        + (lexicon == null ? "unknown" : lexicon) + ". " + accuracy + " Data: ../series/"
        + "securitization_yearly_by_source.csv (by sector: securitization_yearly.csv).";
    return new Doc.Figure("securitization-rate", "Securitizing moves per 1,000 sentences",
        rates.isEmpty() ? List.of() : List.of(chart.render()), caption);
  }

  private static Doc.Table matrix(SecuritizationResults.ThreatMatrix m) {
    List<String> sources = m.sources();
    List<String> header = new ArrayList<>(List.of("Speaker"));
    header.addAll(sources);
    header.add("All sources");
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numeric = new ArrayList<>();
    for (int i = 1; i < header.size(); i++) {
      numeric.add(i);
    }
    for (SecuritizationResults.SpeakerThreats s : m.speakers()) {
      List<String> row = new ArrayList<>(List.of(s.speaker()));
      sources.forEach(src -> row.add(s.moves().containsKey(src) ? Num.count(s.moves().get(src)) : "—"));
      row.add(Num.count(s.total()));
      rows.add(row);
    }
    String span = m.firstYear() == null ? "" : " " + m.firstYear() + "–" + m.lastYear();
    return new Doc.Table("Who names whom as a threat: securitizing moves with a named threat source, by "
        + "speaker (rows) and source (columns), summed" + span + "; the " + sources.size()
        + " most named sources shown, — for none. Per year: ../series/threat_matrix_yearly.csv.",
        header, rows, numeric);
  }

  private static Doc.Table kwicTable(List<SecuritizationResults.StrongMove> kwic) {
    List<List<String>> rows = new ArrayList<>();
    for (SecuritizationResults.StrongMove r : kwic) {
      rows.add(List.of(r.speaker(), r.docId() + " #" + r.sentenceNo(),
          r.date() == null ? "" : IsoDate.label(r.date().toString(), r.datePrecision()),
          r.sector(), r.threatSource() == null ? "—" : r.threatSource(),
          String.format(Locale.ROOT, "%.3f", r.strength()), r.kwic()));
    }
    return new Doc.Table("Strongest securitizing moves per speaker (strength = share of threat, referent, "
        + "urgency and source present, × " + Num.data(SecuritizationCoder.HEDGE_FACTOR) + " when hedged; moves with"
        + " a key term first; where the trained detector decided, strength × its P(move); ties in document order),"
        + " key term in [[ ]]. All codings: ../codings.csv.",
        List.of("Speaker", "Document #sentence", "Date", "Sector", "Threat source", "Strength", "Key word in context"),
        rows, List.of(5));
  }
}
