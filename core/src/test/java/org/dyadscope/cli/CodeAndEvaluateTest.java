package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.TestData;
import org.dyadscope.collect.ungd.SpeechText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeAndEvaluateTest {
  @Test
  void codePrintsOneRowPerSentenceWithItsText(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("speech.txt");
    Files.writeString(doc, "Iran is a threat to the region. We call for dialogue.");
    CliRunner.Result r = CliRunner.run("code", doc.toString(), "--speaker", "USA", "--date", "2018");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> rows = r.out().lines().toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("doc_id,sentence_no,speaker,date,move,desecuritizing,sector,referent,threat_source");
    assertThat(rows.get(1)).startsWith("speech.txt,1,USA,2018-01-01,1,0,").contains(",IRN,")
        .endsWith(",year,Iran is a threat to the region.,USA,lexicon,,0,31"); // the speaker's move: securitizing actor USA
    assertThat(rows.get(2)).startsWith("speech.txt,2,USA,2018-01-01,0,1,").endsWith(",year,We call for dialogue.,,lexicon,,32,53");
  }

  @Test
  void codeReadsHtmlVisibleTextAndNamesAnUnreadablePdf(@TempDir Path dir) throws Exception {
    Path html = Files.writeString(dir.resolve("note.html"),
        "<html><head><title>t</title><script>var threat;</script></head><body><p>NATO&rsquo;s expansion threatens our security.</p></body></html>");
    CliRunner.Result r = CliRunner.run("code", html.toString(), "--speaker", "RUS");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).hasSize(2);
    assertThat(r.out().lines().toList().get(1)).startsWith("note.html,1,RUS,,1,0,military,security,NATO,");
    Path pdf = Files.writeString(dir.resolve("broken.pdf"), "not a pdf");
    CliRunner.Result bad = CliRunner.run("code", pdf.toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("broken.pdf: not a readable PDF");
  }

  @Test
  void codeTakesSpeakerAndYearFromAGeneralDebateFileName() throws IOException {
    // Lavrov at the 72nd session (2017), named without --speaker or --date
    CliRunner.Result r = CliRunner.run("code", TestData.file("ungd/RUS_72_2017.txt").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r.out())).getRecords();
    assertThat(rows).hasSize(100).allSatisfy(c -> {
      assertThat(c.get("doc_id")).isEqualTo("RUS_72_2017.txt");
      assertThat(c.get("speaker")).isEqualTo("RUS");
      assertThat(c.get("date")).isEqualTo("2017-01-01"); // a year: ISO date of its first day, precision year
      assertThat(c.get("date_precision")).isEqualTo("year");
    }).anySatisfy(c -> assertThat(c.get("actors"))
        .contains("USA=Donald Trump [President of the United States from 2017-01-20]"));
    // every coding names its lexicon, and its KWIC span points at the key term in the document
    String text = SpeechText.decode(Files.readAllBytes(TestData.file("ungd/RUS_72_2017.txt"))).text();
    assertThat(rows).allSatisfy(c -> assertThat(c.get("lexicon")).isEqualTo("dyadscope-lexicon-1.5.0"));
    assertThat(rows.stream().filter(c -> !c.get("kwic").isEmpty())).hasSizeGreaterThan(10).allSatisfy(c ->
        assertThat(c.get("kwic")).contains("[[" + text.substring(Integer.parseInt(c.get("kwic_start")),
            Integer.parseInt(c.get("kwic_end"))).replaceAll("\\s+", " ") + "]]"));
    assertThat(rows.stream().filter(c -> c.get("kwic").isEmpty()))
        .allSatisfy(c -> assertThat(c.get("kwic_start") + c.get("kwic_end")).isEmpty());
    CliRunner.Result told = CliRunner.run("code", TestData.file("ungd/RUS_72_2017.txt").toString(), "--date", "2017-09-21");
    assertThat(told.out()).contains(",RUS,2017-09-21,").contains("USA=Donald Trump [President of the United States]");
  }

  @Test
  void codeNamesAMissingFileAndABadDate(@TempDir Path dir) {
    CliRunner.Result r = CliRunner.run("code", dir.resolve("none.txt").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("none.txt: no such file");
    CliRunner.Result folder = CliRunner.run("code", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains(dir + ": is a folder; give one document file in it");
    CliRunner.Result ingest = CliRunner.run("ingest", dir.toString(), "--db", dir.resolve("s.duckdb").toString());
    assertThat(ingest.exitCode()).isEqualTo(2);
    assertThat(ingest.err()).contains(dir + ": is a folder; give its files, e.g. " + dir.resolve("*"));
    CliRunner.Result d = CliRunner.run("code", dir.resolve("none.txt").toString(), "--date", "2015-9");
    assertThat(d.exitCode()).isEqualTo(2);
    assertThat(d.err()).contains("--date 2015-9 is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @Test
  void evaluateScoresTheDevSplitByDefaultAndRecordsOnlyTheHeldOutOne() {
    Path root = TestData.root();
    CliRunner.Result r = CliRunner.run("evaluate", "cases/russia-iran-2012-2022", "--data", root.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // the held-out scores first, then the asked-for dev split, labelled as tuned on
    String heldOut = "held out (never tuned on): gold gold.tsv, split test2+test3+test4+test5+test6+test7+test: 1926 sentences";
    String dev = "TUNED ON (optimistic, the lexicon was fitted to these sentences): gold gold.tsv, split dev: "
        + "748 sentences (0 without a coding)";
    assertThat(r.out()).contains(heldOut, dev);
    assertThat(r.out().indexOf(heldOut)).isLessThan(r.out().indexOf(dev));
    // the case has a trained detector: its scores beside the lexicon's, label by label, on every held-out
    // round pooled (rounds 2 to 8; round 8 as scored once, cases/russia-iran-2012-2022/model/round8-once.txt)
    assertThat(r.out()).contains("move            lexicon P 0.618 R 0.612 F1 0.615 (tp 197, fp 122, fn 125;",
        "\n                model   P 0.652 R 0.634 F1 0.643 (tp 204, fp 109, fn 118; 95% CI P 0.597-0.702, R 0.580-0.684)",
        "\n                model   P 0.540 R 0.501 F1 0.520 (tp 313, fp 267, fn 312;",
        "(the model was trained on the tuning splits: its scores there are optimistic too)");
    assertThat(r.out()).containsPattern("move +lexicon P \\d\\.\\d{3} R \\d\\.\\d{3} F1 \\d\\.\\d{3}");
    CliRunner.Result record = CliRunner.run("evaluate", "cases/russia-iran-2012-2022", "--data", root.toString(),
        "--record");
    assertThat(record.exitCode()).isEqualTo(2);
    assertThat(record.err()).contains("use it with --split test");
    CliRunner.Result unknown = CliRunner.run("evaluate", "cases/russia-iran-2012-2022", "--data", root.toString(),
        "--split", "test9");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("[dev, test, test1, test2, test3, test4, test5, test6, test7], not test9");
  }

  @Test
  void evaluateBeforeTheSampleIsCodedSaysWhatToCodeWhere(@TempDir Path dir) throws IOException {
    Path gold = Files.createDirectories(dir.resolve("case/gold"));
    Files.copy(Path.of("cases/russia-iran-2012-2022/gold/sample.tsv"), gold.resolve("sample.tsv"));
    CliRunner.Result r = CliRunner.run("evaluate", dir.resolve("case").toString(), "--data", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(gold.resolve("coder1.tsv") + ": no such labels file; code the sentences of "
        + gold.resolve("sentences.tsv") + " into it first (header file sentence_no move desecuritizing sector"
        + " threat_source; rules in " + gold.resolve("CODEBOOK.md") + ")");
  }
}
