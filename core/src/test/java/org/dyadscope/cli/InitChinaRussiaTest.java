package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * China→Russia 2014–2022 with the United States as the third party, scaffolded by init from the
 * real data and run with no edit (one run for the class).
 */
class InitChinaRussiaTest {
  @TempDir static Path dir;
  static ScaffoldedCase c;

  @BeforeAll
  static void initAndRun() {
    c = ScaffoldedCase.initAndRun(dir, "china-russia-2014-2022", "CHN,RUS,USA", "2014-01..2022-12");
  }

  @Test
  void initWritesTheDyadsTriadAndAThirdPartyWithoutSql() throws Exception {
    assertThat(Files.readString(c.caseDir().resolve("case.yaml")))
        .contains("  - CHN->RUS\n  - RUS->CHN\n  - CHN<->USA\n  - RUS<->USA\n", "triads:\n  - [CHN, RUS, USA]");
    assertThat(Files.readString(c.caseDir().resolve("themes.yaml")))
        .contains("third_party:", "  measure: conflict\n  dyad: CHN<->USA", "finding: \"China's policy toward Russia follows its relation with United States\"")
        .doesNotContainPattern("(?m)^\\s+query:").doesNotContain("SELECT");
    assertThat(Files.readString(c.caseDir().resolve("trace.yaml")))
        .contains("statement: \"Common denominator: China's policy toward Russia follows the state of its relation with United States")
        .doesNotContainPattern("(?m)^\\s+query:").doesNotContain("SELECT");
  }

  @Test
  void theThemesReadTheRunsOwnSeries() throws Exception {
    var level = c.column("assessment_indicators.csv", "indicator", "level");
    // T1a: ICEWS18's 521 CHN->RUS events of 2018 (448 before the office holders resolved its leaders), QuadClass 1+2 share minus 3+4 share
    CSVRecord y2018 = c.csv("series/events_yearly.csv").stream()
        .filter(r -> r.get("source").equals("icews18") && r.get("dyad").equals("CHN->RUS")).findFirst().orElseThrow();
    assertThat(y2018.get("events")).isEqualTo("521");
    assertThat(Double.parseDouble(level.get("T1a"))).isCloseTo(0.9731, within(5e-5));
    assertThat(Double.parseDouble(level.get("T1b"))).isCloseTo(Double.parseDouble(y2018.get("goldstein_mean")), within(1e-5));
    // T2a: UNGA distance CHN-RUS 2014-2021 (the release ends with session 76)
    List<Double> unga = c.csv("series/unga_distance.csv").stream().filter(r -> r.get("pair").equals("CHN-RUS"))
        .filter(r -> Integer.parseInt(r.get("year")) >= 2014).map(r -> Double.parseDouble(r.get("distance"))).toList();
    assertThat(unga).hasSize(8);
    assertThat(Double.parseDouble(level.get("T2a"))).isCloseTo(unga.stream().mapToDouble(d -> d).average().orElseThrow(),
        within(1e-5)).isCloseTo(0.5597, within(5e-5));
    // T3a: SIPRI TIV China delivered to Russia, 2014-2022: 24 in all, a mean of 24/9 a year
    double tiv = c.csv("series/arms_tiv.csv").stream()
        .filter(r -> r.get("supplier").equals("CHN") && r.get("recipient").equals("RUS"))
        .filter(r -> Integer.parseInt(r.get("year")) >= 2014 && Integer.parseInt(r.get("year")) <= 2022)
        .mapToDouble(r -> Double.parseDouble(r.get("tiv_delivered"))).sum();
    assertThat(tiv).isEqualTo(24.0);
    assertThat(Double.parseDouble(level.get("T3a"))).isCloseTo(tiv / 9, within(1e-5));
    assertThat(c.column("assessment.csv", "theme", "verdict")).containsEntry("T2", "opportunity")
        .containsEntry("T4", "insufficient data");
  }

  @Test
  void theTraceEndsWithTheCommonDenominatorLeading() throws Exception {
    List<CSVRecord> trace = c.csv("trace.csv");
    assertThat(trace.stream().filter(r -> !r.get("evidence_id").isEmpty()).map(r -> r.get("observed")).distinct())
        .containsExactly("present");
    CSVRecord h1 = trace.get(trace.size() - 3);
    assertThat(h1.get("hypothesis")).isEqualTo("H1");
    // 0.34 x 0.8 x 0.7 x 0.6 over the sum of the three hypotheses' products
    double[] p = {0.34 * 0.8 * 0.7 * 0.6, 0.33 * 0.6 * 0.5 * 0.5, 0.33 * 0.1 * 0.2 * 0.05};
    assertThat(Double.parseDouble(h1.get("posterior"))).isCloseTo(p[0] / (p[0] + p[1] + p[2]), within(1e-9));
  }

  @Test
  void theReportHasTheCasesBreakpointsAndNoFlagshipMarker() throws Exception {
    assertThat(c.report()).contains("Russia annexes Crimea").doesNotContain("JCPOA", "Syria");
  }
}
