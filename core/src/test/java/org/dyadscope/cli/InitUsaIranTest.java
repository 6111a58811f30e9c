package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * USA→Iran 2012–2022, two actors and no third party, scaffolded by init from the real data and run
 * with no edit (one run for the class); then its gold sample, and the fast failures of a broken copy.
 */
class InitUsaIranTest {
  @TempDir static Path dir;
  static ScaffoldedCase c;

  @BeforeAll
  static void initAndRun() {
    c = ScaffoldedCase.initAndRun(dir, "usa-iran-2012-2022", "USA,IRN", "2012-01..2022-12");
  }

  @Test
  void initWritesTheSourcesItCanReadWithTheirLayout() throws Exception {
    String yaml = Files.readString(c.caseDir().resolve("case.yaml"));
    assertThat(yaml).contains("name: usa-iran-2012-2022", "  - USA->IRN\n  - IRN->USA\n", "period: {start: 2012-01, end: 2022-12}",
            "files: [\"ungd/{USA,IRN}_*_*.txt\"]", "files: [\"gdelt/v2_export/*.CSV\"]",
            "options: {epoch: \"2018-01-01\", first_step: \"0\", naming: \"ids\", time_unit: \"hour\"}",
            "  # - name: kremlin-kremlin-speeches-index\n  #   format: kremlin-index")
        .doesNotContain("triads:", "icews21", "icews14s");
    assertThat(c.init().err()).contains("9 sources found", "7 ready, 2 commented out");
  }

  @Test
  void theUnVotingThemeReadsTheDistancesTheRunWrote() throws Exception {
    // T2a: mean yearly UNGA ideal-point distance USA-IRN over the case's years with data (2012-2021)
    double mean = c.csv("series/unga_distance.csv").stream().filter(r -> r.get("pair").equals("IRN-USA"))
        .filter(r -> Integer.parseInt(r.get("year")) >= 2012).mapToDouble(r -> Double.parseDouble(r.get("distance")))
        .average().orElseThrow();
    assertThat(mean).isCloseTo(4.3864, within(5e-5));
    assertThat(Double.parseDouble(c.column("assessment_indicators.csv", "indicator", "level").get("T2a")))
        .isCloseTo(mean, within(1e-5));
    assertThat(c.column("assessment_indicators.csv", "indicator", "observed").get("T2a")).isEqualTo("10/11 years");
    assertThat(c.column("assessment.csv", "theme", "verdict")).containsEntry("T2", "challenge")
        .containsEntry("T1", "insufficient data");
    // no Iranian arms from the United States in any year: a zero level, pointing to neither side
    assertThat(c.column("assessment_indicators.csv", "indicator", "level").get("T3a")).isEqualTo("0");
  }

  @Test
  void theCooperationThemeReadsTheIcews18YearOfTheDyad() throws Exception {
    CSVRecord y2018 = c.csv("series/events_yearly.csv").stream()
        .filter(r -> r.get("source").equals("icews18") && r.get("dyad").equals("USA->IRN")).findFirst().orElseThrow();
    double balance = Double.parseDouble(y2018.get("quad1")) + Double.parseDouble(y2018.get("quad2"))
        - Double.parseDouble(y2018.get("quad3")) - Double.parseDouble(y2018.get("quad4"));
    assertThat(y2018.get("period")).isEqualTo("2018");
    assertThat(Long.parseLong(y2018.get("events"))).isGreaterThanOrEqualTo(30);
    assertThat(balance).isCloseTo(-0.0947, within(5e-5));
    assertThat(Double.parseDouble(c.column("assessment_indicators.csv", "indicator", "level").get("T1a")))
        .isCloseTo(balance, within(1e-5));
  }

  @Test
  void theTraceWeighsTheMeasuredEvidence() throws Exception {
    List<CSVRecord> trace = c.csv("trace.csv");
    // E2 (a trend between the halves) has one year of events and is unavailable: not a step
    assertThat(trace.stream().map(r -> r.get("evidence_id")).distinct()).containsExactly("", "E1", "E3", "E4");
    assertThat(trace.stream().filter(r -> !r.get("evidence_id").isEmpty()).map(r -> r.get("observed")).distinct())
        .containsExactly("absent");
    CSVRecord h3 = trace.get(trace.size() - 1);
    assertThat(h3.get("hypothesis")).isEqualTo("H3");
    assertThat(Double.parseDouble(h3.get("posterior"))).isCloseTo(0.8458, within(5e-5));
  }

  @Test
  void theReportDrawsTheCasesOwnBreakpointsAndNoJcpoa() throws Exception {
    String html = c.report();
    assertThat(html).contains("Russia annexes Crimea", "WHO declares the COVID-19 pandemic", "Russia invades Ukraine")
        .doesNotContain("JCPOA")
        .contains("Accuracy against the flagship case&#39;s hand-coded gold set");
  }

  @Test
  void aGoldSampleIsDrawnAndScored() throws Exception {
    CliRunner.Result drawn = CliRunner.run("gold", "sample", c.caseDir().toString(), "--n", "200", "--data",
        org.dyadscope.TestData.root().toString());
    assertThat(drawn.exitCode()).as(drawn.err()).isZero();
    Path gold = c.caseDir().resolve("gold");
    List<String> sample = Files.readAllLines(gold.resolve("sample.tsv"));
    // 22 speeches of USA and IRN, 2012-2022: 200 = 22 x 9 + 2, halves of each speech in dev and test
    assertThat(sample).hasSize(201);
    assertThat(sample.stream().skip(1).map(l -> l.split("\t")[0]).distinct()).hasSize(22);
    long test = sample.stream().filter(l -> l.split("\t")[4].equals("test")).count();
    assertThat(test).isEqualTo(20 * 5 + 2 * 5);
    assertThat(drawn.out()).contains("drew 200 sentences of 22 speeches (90 dev, 110 test)");
    assertThat(Files.readAllLines(gold.resolve("sentences.tsv"))).hasSize(201);
    assertThat(Files.readString(gold.resolve("CODEBOOK.md"))).startsWith("# Codebook: securitizing");
    // a coder who codes nothing: every move the coder finds on the test split is a false positive
    try (Stream<String> rows = sample.stream().skip(1)) {
      Files.write(gold.resolve("coder1.tsv"), Stream.concat(Stream.of("file\tsentence_no\tmove\tdesecuritizing\tsector\tthreat_source"),
          rows.map(l -> l.split("\t")[0] + "\t" + l.split("\t")[1] + "\t0\t0\t\t")).toList(), StandardCharsets.UTF_8);
    }
    CliRunner.Result scored = CliRunner.run("evaluate", c.caseDir().toString(), "--split", "test", "--data",
        org.dyadscope.TestData.root().toString());
    assertThat(scored.exitCode()).as(scored.err()).isZero();
    assertThat(scored.out()).contains("split test: 110 sentences").containsPattern("move +P 0.000 R n/a F1 0.000 \\(tp 0, fp [1-9]\\d*, fn 0;");
    CliRunner.Result again = CliRunner.run("gold", "sample", c.caseDir().toString(), "--data",
        org.dyadscope.TestData.root().toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("sample.tsv exists: a gold set is never redrawn");
  }

  @Test
  void aMalformedThemesFileFailsInUnderFiveSecondsAtItsLine() throws Exception {
    Path broken = Files.createDirectories(dir.resolve("broken"));
    for (String f : List.of("case.yaml", "trace.yaml")) {
      Files.copy(c.caseDir().resolve(f), broken.resolve(f));
    }
    String themes = Files.readString(c.caseDir().resolve("themes.yaml"));
    Files.writeString(broken.resolve("themes.yaml"), themes.replaceFirst("measure: goldstein_mean", "measure: goldstien_mean"));
    long started = System.nanoTime();
    CliRunner.Result r = CliRunner.run("run", broken.toString(), "--data", org.dyadscope.TestData.root().toString(),
        "--out", dir.resolve("broken-out").toString());
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(r.exitCode()).isEqualTo(1);
    int line = themes.substring(0, themes.indexOf("measure: goldstein_mean")).split("\n", -1).length;
    assertThat(r.err()).contains("themes.yaml:" + line + ":18: indicator T1b: unknown measure 'goldstien_mean'");
    assertThat(seconds).isLessThan(5);
    assertThat(dir.resolve("broken-out")).doesNotExist();

    Files.delete(broken.resolve("trace.yaml"));
    CliRunner.Result alone = CliRunner.run("run", broken.toString(), "--data", org.dyadscope.TestData.root().toString(),
        "--out", dir.resolve("broken-out").toString());
    assertThat(alone.exitCode()).isEqualTo(1);
    assertThat(alone.err()).contains("themes.yaml:1:1: themes.yaml is assessed only together with trace.yaml");
  }

  @Test
  void oneActorOrOneTwiceIsAUsageErrorNamingWhatInitNeeds() {
    for (String actors : List.of("CHN", "CHN,chn")) {
      CliRunner.Result r = CliRunner.run("init", dir.resolve("one-" + actors.length()).toString(), "--actors", actors,
          "--period", "2014-01..2022-12", "--data", TestData.root().toString());
      assertThat(r.exitCode()).as(actors).isEqualTo(2);
      assertThat(r.err()).contains("--actors needs two or three codes");
      assertThat(dir.resolve("one-" + actors.length())).doesNotExist();
    }
  }
}
