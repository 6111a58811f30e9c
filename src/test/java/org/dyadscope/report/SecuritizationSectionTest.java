package org.dyadscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecuritizationSectionTest {
  @TempDir Path out;

  private static final CaseFile CASE = flagship();

  private static CaseFile flagship() {
    try {
      return CaseLoader.load(Path.of("cases/russia-iran-2012-2022"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void series(String name, String... lines) throws Exception {
    Files.createDirectories(out.resolve("series"));
    Files.write(out.resolve("series").resolve(name), List.of(lines));
  }

  @Test
  void chartMatrixKwicAndCaptionsComeFromTheCoderFilesAndTheGoldEvaluation() throws Exception {
    series("securitization_yearly.csv", "speaker,year,sector,moves,desecuritizing,sentences,moves_per_1000_sentences",
        "RUS,2015,all,20,5,100,200.00");
    series("securitization_yearly_by_source.csv",
        "source,speaker,year,moves,desecuritizing,sentences,moves_per_1000_sentences",
        "ungd,RUS,2015,20,5,100,200.00", "ungd,RUS,2016,10,5,100,100.00", "ungd,USA,2015,3,1,60,50.00");
    series("threat_matrix_yearly.csv", "year,speaker,threat_source,moves",
        "2015,RUS,NATO,4", "2016,RUS,NATO,2", "2015,RUS,USA,1", "2015,USA,RUS,3");
    series("securitization_kwic.csv",
        "speaker,rank,doc_id,sentence_no,date,sector,threat_source,strength,kwic,lexicon,date_precision",
        // a speech dated by its year: ISO date of the year's first day, shown as the year
        "RUS,1,ungd:RUS_70_2015,55,2015-01-01,military,NATO,1.000,NATO [[threatens]] us,dyadscope-lexicon-9.9.9,year");
    series("near_duplicates.csv", "doc_id,duplicate_of,kind,jaccard", "a,b,exact,1.000");

    Doc.Section s = SecuritizationSection.build(CASE, out.resolve("series"));
    assertThat(s.title()).isEqualTo("Securitization");
    Doc.Figure chart = (Doc.Figure) s.blocks().get(1);
    assertThat(chart.panels()).singleElement().satisfies(svg -> assertThat(svg).contains("<svg", "RUS · ungd", "USA · ungd"));
    // the caption names the lexicon and the gold-set figures, and flags that they are for another version
    assertThat(chart.caption()).contains("Sentences coded: RUS · ungd 200, USA · ungd 60",
        "Lexicon dyadscope-lexicon-9.9.9", "Accuracy against the case's hand-coded gold set (test split, dyadscope-lexicon-1.4.2): move P 0.561 (95% CI 0.41–0.70) / R 0.657 (95% CI 0.49–0.79) / F1 0.605, from 41 coded and 35 human-coded moves",
        "56% of the coded moves are moves in the human coding (precision) and the coder finds 66% of the human coders' moves (recall)",
        "Cohen's kappa 0.923", "These figures are for dyadscope-lexicon-1.4.2, not for dyadscope-lexicon-9.9.9");
    Doc.Table matrix = (Doc.Table) s.blocks().get(2);
    assertThat(matrix.header()).containsExactly("Speaker", "NATO", "RUS", "USA", "All sources");
    assertThat(matrix.rows()).containsExactly(List.of("RUS", "6", "—", "1", "7"), List.of("USA", "—", "3", "—", "3"));
    Doc.Table kwic = (Doc.Table) s.blocks().get(3);
    assertThat(kwic.rows()).containsExactly(List.of("RUS", "ungd:RUS_70_2015 #55", "2015", "military", "NATO", "1.000",
        "NATO [[threatens]] us"));
    assertThat(((Doc.Para) s.blocks().get(4)).text()).startsWith("1 document repeats an earlier one");
    assertThat(((Doc.Para) s.blocks().get(5)).text()).startsWith("No document file or index entry repeats");
  }

  @Test
  void documentCopiesAreCountedPerRelationAndTheConflictsNamed() throws Exception {
    series("document_copies.csv", "doc_id,file,line,copy_of,copy_of_file,relation,differences",
        "docs:RUS_2023-09-23,docs/RUS_2023-09-23.txt,1,ungd:RUS_78_2023,ungd/RUS_78_2023.txt,compatible,"
            + "date: 2023 | 2023-09-23",
        "docs:USA_2023-09-23,docs/USA_2023-09-23.txt,1,ungd:RUS_78_2023,ungd/RUS_78_2023.txt,conflict,"
            + "speaker: RUS | USA",
        "mid:2017-1123,mid/2017.json,1123,mid:2017-1122,mid/2017.json,identical,");
    Doc.Para p = SecuritizationSection.copies(
        org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(Files.newBufferedReader(out.resolve("series/document_copies.csv"))).getRecords());
    assertThat(p.text()).startsWith("3 document rows repeat the text of a stored document")
        .contains("were stored and coded once: 1 with the same metadata, 1 compatible",
            "1 with conflicting metadata, left as first loaded: docs:USA_2023-09-23 repeats ungd:RUS_78_2023"
                + " (speaker: RUS | USA). The list is in ../series/document_copies.csv.");
  }

  @Test
  void theCaveatAppearsOnlyBelowTheTargetF1(@TempDir Path dir) throws Exception {
    String header = "lexicon\tsplit\tlabel\tprecision\trecall\tf1\ttp\tfp\tfn\n";
    Path good = Files.writeString(dir.resolve("good.tsv"), header + "x-1\ttest\tmove\t0.9\t0.8\t0.85\t8\t1\t2\n");
    assertThat(SecuritizationSection.accuracy(good, "x-1"))
        .isEqualTo("Accuracy against the case's hand-coded gold set (test split, x-1): move P 0.889 (95% CI 0.57–0.98) / R 0.800 (95% CI 0.49–0.94) / F1 0.842, from 9 coded and 10 human-coded moves.");
    Path weak = Files.writeString(dir.resolve("weak.tsv"), header + "x-1\ttest\tmove\t0.5\t0.25\t0.33\t2\t2\t6\n");
    assertThat(SecuritizationSection.accuracy(weak, "x-1")).contains(
        "50% of the coded moves are moves in the human coding (precision) and the coder finds 25% of the human coders' moves (recall)");
    // nothing coded as a move: no precision interval
    Path none = Files.writeString(dir.resolve("none.tsv"), header + "x-1\ttest\tmove\t0\t0\t0\t0\t0\t6\n");
    assertThat(SecuritizationSection.accuracy(none, "x-1")).contains(
        "move P 0.000 (95% CI n/a) / R 0.000 (95% CI 0.00–0.39) / F1 0.000, from 0 coded and 6 human-coded moves");
  }

  @Test
  void withoutCodedDocumentsTheReportIsUnchanged() throws Exception {
    Doc doc = new Doc("t", "s", List.of(new Doc.Section("files", "Data files", List.of())));
    assertThat(SecuritizationSection.addTo(doc, CASE, out)).isSameAs(doc);
    series("securitization_yearly.csv", "speaker,year,sector,moves,desecuritizing,sentences,moves_per_1000_sentences");
    assertThat(SecuritizationSection.addTo(doc, CASE, out).sections()).extracting(Doc.Section::id)
        .containsExactly("securitization", "files");
  }
}
