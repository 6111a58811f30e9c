package org.dyadscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.code.CorpusCoder;
import org.dyadscope.code.SecuritizationCoder;
import org.dyadscope.measure.SecuritizationResults;
import org.dyadscope.measure.SecuritizationResults.Conflict;
import org.dyadscope.measure.SecuritizationResults.Copies;
import org.dyadscope.measure.SecuritizationResults.RateLine;
import org.dyadscope.measure.SecuritizationResults.SpeakerThreats;
import org.dyadscope.measure.SecuritizationResults.StrongMove;
import org.dyadscope.measure.SecuritizationResults.ThreatMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecuritizationSectionTest {
  private static final CaseFile CASE = flagship();

  private static CaseFile flagship() {
    try {
      return CaseLoader.load(Path.of("cases/russia-iran-2012-2022"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Copies noCopies() {
    return new Copies(0, Map.of("identical", 0L, "compatible", 0L, "conflict", 0L), List.of());
  }

  @Test
  void chartMatrixKwicAndCaptionsFormatTheTypedResultsAndTheGoldEvaluation() throws Exception {
    SecuritizationResults results = new SecuritizationResults("dyadscope-lexicon-9.9.9",
        List.of(new RateLine("RUS", "ungd", 200, Map.of(2015, 200.0, 2016, 100.0)),
            new RateLine("USA", "ungd", 60, Map.of(2015, 50.0))),
        new ThreatMatrix(List.of("NATO", "RUS", "USA"), List.of(
            new SpeakerThreats("RUS", Map.of("NATO", 6L, "USA", 1L), 7),
            new SpeakerThreats("USA", Map.of("RUS", 3L), 3)), 2015, 2016),
        // a speech dated by its year: ISO date of the year's first day, shown as the year
        List.of(new StrongMove("RUS", "ungd:RUS_70_2015", 55, LocalDate.of(2015, 1, 1), "year", "military", "NATO",
            1.0, "NATO [[threatens]] us")),
        1, noCopies());

    Doc.Section s = SecuritizationSection.build(CASE, results);
    assertThat(s.title()).isEqualTo("Securitization");
    Doc.Figure chart = (Doc.Figure) s.blocks().get(1);
    assertThat(chart.panels()).singleElement().satisfies(svg -> assertThat(svg).contains("<svg", "RUS · ungd", "USA · ungd"));
    // the caption names the lexicon and the move figures in one line; the text above it gives every
    // label, the intervals and the warnings, once, and flags that they are for another version
    assertThat(chart.caption()).contains("Sentences coded: RUS · ungd 200, USA · ungd 60",
        "Lexicon dyadscope-lexicon-9.9.9. Move F1 0.709 (P 0.709, R 0.709) on the case's hand-coded gold set (test split,"
            + " dyadscope-lexicon-1.5.0); the section's text gives every label with its interval.")
        .doesNotContain("Accuracy against", "kappa");
    assertThat(((Doc.Para) s.blocks().get(0)).text()).contains("Accuracy against the case's hand-coded gold set (test split, dyadscope-lexicon-1.5.0): move P 0.709 (95% CI 0.58–0.81) / R 0.709 (95% CI 0.58–0.81) / F1 0.709, from 55 coded and 55 human-coded moves",
        "The case's trained move detector (model/move-detector.json, run --coder model) on the same gold sentences: move P 0.712 (95% CI 0.58–0.82) / R 0.673 (95% CI 0.54–0.78) / F1 0.692, from 52 coded and 55 human-coded moves; it decides move only",
        "71% of the coded moves are moves in the human coding (precision) and the coder finds 71% of the human coders' moves (recall)",
        "Cohen's kappa 0.912", "These figures are for dyadscope-lexicon-1.5.0, not for dyadscope-lexicon-9.9.9");
    Doc.Table matrix = (Doc.Table) s.blocks().get(2);
    assertThat(matrix.header()).containsExactly("Speaker", "NATO", "RUS", "USA", "All sources");
    assertThat(matrix.rows()).containsExactly(List.of("RUS", "6", "—", "1", "7"), List.of("USA", "—", "3", "—", "3"));
    assertThat(matrix.caption()).contains("summed 2015–2016; the 3 most named sources shown");
    Doc.Table kwic = (Doc.Table) s.blocks().get(3);
    assertThat(kwic.rows()).containsExactly(List.of("RUS", "ungd:RUS_70_2015 #55", "2015", "military", "NATO", "1.000",
        "NATO [[threatens]] us"));
    // the coder's constants, not restated: its hedge factor and near-duplicate threshold
    assertThat(kwic.caption()).contains("× " + SecuritizationCoder.HEDGE_FACTOR + " when hedged");
    assertThat(((Doc.Para) s.blocks().get(4)).text()).startsWith("1 document repeats an earlier one")
        .contains("Jaccard similarity ≥ " + CorpusCoder.DUPLICATE_JACCARD + ")");
    assertThat(((Doc.Para) s.blocks().get(5)).text()).startsWith("No document file or index entry repeats");
  }

  @Test
  void documentCopiesAreCountedPerRelationAndTheConflictsNamed() {
    Doc.Para p = SecuritizationSection.copies(new Copies(3, Map.of("identical", 1L, "compatible", 1L, "conflict", 1L),
        List.of(new Conflict("docs:USA_2023-09-23", "ungd:RUS_78_2023", "speaker: RUS | USA"))));
    assertThat(p.text()).startsWith("3 document rows repeat the text of a stored document")
        .contains("were stored and coded once: 1 with the same metadata, 1 compatible",
            "1 with conflicting metadata, left as first loaded: docs:USA_2023-09-23 repeats ungd:RUS_78_2023"
                + " (speaker: RUS | USA). The list is in ../series/document_copies.csv.");
  }

  /** A case folder whose gold/evaluation.tsv holds one move row. */
  private static Path caseWith(Path dir, String name, String moveRow) throws Exception {
    Path gold = Files.createDirectories(dir.resolve(name).resolve("gold"));
    Files.writeString(gold.resolve("evaluation.tsv"), "lexicon\tsplit\tlabel\tprecision\trecall\tf1\ttp\tfp\tfn\n"
        + "x-1\ttest\tmove\t" + moveRow + "\n");
    return gold.getParent();
  }

  @Test
  void theCaveatAppearsOnlyBelowTheTargetF1(@TempDir Path dir) throws Exception {
    assertThat(SecuritizationSection.accuracy(caseWith(dir, "good", "0.9\t0.8\t0.85\t8\t1\t2"), "x-1"))
        .isEqualTo("Accuracy against the case's hand-coded gold set (test split, x-1): move P 0.889 (95% CI 0.57–0.98) / R 0.800 (95% CI 0.49–0.94) / F1 0.842, from 9 coded and 10 human-coded moves.");
    assertThat(SecuritizationSection.accuracy(caseWith(dir, "weak", "0.5\t0.25\t0.33\t2\t2\t6"), "x-1")).contains(
        "50% of the coded moves are moves in the human coding (precision) and the coder finds 25% of the human coders' moves (recall)");
    // nothing coded as a move: no precision interval
    assertThat(SecuritizationSection.accuracy(caseWith(dir, "none", "0\t0\t0\t0\t0\t6"), "x-1")).contains(
        "move P n/a (95% CI n/a) / R 0.000 (95% CI 0.00–0.39) / F1 0.000, from 0 coded and 6 human-coded moves",
        "none of the sentences is coded a move and the coder finds 0% of the human coders' moves (recall)")
        .doesNotContain("0% of the coded moves");
  }

  @Test
  void aCaseWithoutAGoldSetShowsTheBuiltInLexiconsAccuracy(@TempDir Path dir) throws Exception {
    // the flagship's record, shipped in the jar: move on the held-out test split (round 7), 35 TP, 27 FP, 18 FN;
    // the flagship's detector is not this case's, so its figures are not shown
    assertThat(SecuritizationSection.accuracy(dir, "dyadscope-lexicon-1.5.0"))
        .startsWith("Accuracy against the flagship case's hand-coded gold set")
        .contains("(test split, dyadscope-lexicon-1.5.0): move P 0.709", "from 55 coded and 55 human-coded moves")
        .doesNotContain("re-run dyadscope evaluate", "trained move detector");
    Files.createDirectories(dir.resolve("lexicon"));
    assertThat(SecuritizationSection.accuracy(dir, "dyadscope-lexicon-1.5.0"))
        .startsWith("No evaluation against a hand-coded gold set is recorded for this case, whose lexicon/ folder");
  }

  @Test
  void withoutCodedDocumentsTheReportIsUnchanged() throws Exception {
    Doc doc = new Doc("t", "s", List.of(new Doc.Section("files", "Data files", List.of())));
    assertThat(SecuritizationSection.addTo(doc, CASE, null)).isSameAs(doc);
    SecuritizationResults nothing = new SecuritizationResults(null, List.of(),
        new ThreatMatrix(List.of(), List.of(), null, null), List.of(), 0, noCopies());
    assertThat(SecuritizationSection.addTo(doc, CASE, nothing).sections()).extracting(Doc.Section::id)
        .containsExactly("securitization", "files");
  }
}
