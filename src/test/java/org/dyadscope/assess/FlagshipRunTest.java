package org.dyadscope.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.TestData;
import org.dyadscope.cli.Main;
import org.dyadscope.trace.TraceCsv;
import org.dyadscope.trace.TraceLoader;
import org.dyadscope.trace.TraceSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyadscope run} on the flagship case over the real data (../shared/data), once for the
 * class (about a minute): trace.csv, assessment.csv and the report sections.
 */
class FlagshipRunTest {
  private static final Path CASE = Path.of("cases/russia-iran-2012-2022");
  @TempDir static Path out;
  static int exit;

  @BeforeAll
  static void run() {
    Path data = TestData.file("sipri/trade_register.csv").getParent().getParent();
    exit = Main.execute("run", CASE.toString(), "--data", data.toString(), "--out", out.toString());
  }

  private static List<CSVRecord> csv(String name) throws Exception {
    try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  @Test
  void traceCsvHoldsEveryHypothesisAtEveryStep() throws Exception {
    assertThat(exit).isZero();
    assertThat(Files.readAllLines(out.resolve("trace.csv")).get(0)).isEqualTo(String.join(",", TraceCsv.HEADER));
    TraceSpec spec = TraceLoader.load(CASE);
    List<CSVRecord> rows = csv("trace.csv");
    long steps = rows.stream().map(r -> r.get("step")).distinct().count();
    // 27 items: 4 dependency groups of 2 enter once each, 19 items on their own → 23 steps + step 0
    assertThat(spec.evidence()).hasSize(27);
    assertThat(steps).isEqualTo(24);
    assertThat(rows).hasSize(spec.hypotheses().size() * 24);
    assertThat(rows.subList(0, 3)).extracting(r -> r.get("prior")).containsExactly("0.4", "0.35", "0.25");
    Map<String, Double> last = rows.stream().filter(r -> r.get("step").equals("23"))
        .collect(Collectors.toMap(r -> r.get("hypothesis"), r -> Double.parseDouble(r.get("posterior"))));
    assertThat(last.get("H1")).isCloseTo(0.98777, within(1e-4));
    assertThat(last.get("H2")).isCloseTo(0.01222, within(1e-4));
    assertThat(last.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    // E12 (ICEWS18: RUS<->IRN share after the US withdrawal / before = 0.73 < 1.2) was observed absent
    CSVRecord e12 = rows.stream().filter(r -> r.get("evidence_id").equals("E12") && r.get("hypothesis").equals("H1"))
        .findFirst().orElseThrow();
    assertThat(Double.parseDouble(e12.get("posterior"))).isLessThan(Double.parseDouble(e12.get("prior")));
  }

  @Test
  void assessmentCsvHasElevenThemesWithTheStudysClaims() throws Exception {
    assertThat(exit).isZero();
    assertThat(Files.readAllLines(out.resolve("assessment.csv")).get(0))
        .isEqualTo(String.join(",", AssessmentCsv.HEADER));
    List<CSVRecord> rows = csv("assessment.csv");
    assertThat(rows).extracting(r -> r.get("theme"))
        .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "O1", "O2", "O3", "O4", "O5");
    assertThat(rows.subList(0, 6)).extracting(r -> r.get("study_claim")).containsOnly("challenge");
    assertThat(rows.subList(6, 11)).extracting(r -> r.get("study_claim")).containsOnly("opportunity");
    assertThat(rows).extracting(r -> r.get("verdict"))
        .allMatch(v -> List.of("challenge", "opportunity", "mixed", "insufficient data").contains(v));
    Map<String, CSVRecord> byTheme = rows.stream().collect(Collectors.toMap(r -> r.get("theme"), r -> r));
    // Iran's share of Russian arms deliveries, 0.0061 on average in 2012-2022 against 0.03 before
    assertThat(byTheme.get("C2").get("verdict")).isEqualTo("challenge");
    assertThat(byTheme.get("C2").get("agreement")).isEqualTo("agree");
    // facts only: confidence one half
    assertThat(byTheme.get("C6").get("confidence")).isEqualTo("0.5");
    assertThat(byTheme.get("C6").get("third_party_r")).isEmpty();
    // the JCPOA revival: Russia's guarantee demand and the absent post-withdrawal rise cancel the two facts for it
    assertThat(byTheme.get("O5").get("verdict")).isEqualTo("mixed");
    assertThat(byTheme.get("O5").get("agreement")).isEqualTo("disagree");
    assertThat(byTheme.get("O5").get("evidence_ids")).isEqualTo("E15;E23;E22;E12");
    // RUS<->IRN events per mille against RUS<->USA excess conflict over 2014, 2018, 2021, 2022: r = 0.794, exact p = 5/24
    assertThat(Double.parseDouble(byTheme.get("C5").get("third_party_r"))).isCloseTo(0.7943, within(1e-4));
    assertThat(Double.parseDouble(byTheme.get("C5").get("third_party_p"))).isCloseTo(5.0 / 24, within(1e-4));
    List<CSVRecord> indicators = csv("assessment_indicators.csv");
    assertThat(indicators).extracting(r -> r.get("theme")).contains("C1", "O5");
    CSVRecord o2a = indicators.stream().filter(r -> r.get("indicator").equals("O2a")).findFirst().orElseThrow();
    // 447 TIV millions over 11 years
    assertThat(Double.parseDouble(o2a.get("level"))).isCloseTo(447.0 / 11, within(1e-3));
    assertThat(o2a.get("observed")).isEqualTo("11/11 years");
  }

  @Test
  void reportCarriesTheTraceAndAssessmentSections() throws Exception {
    assertThat(exit).isZero();
    String html = Files.readString(out.resolve("report/index.html"));
    assertThat(html).contains("<section id=\"trace\">", "<section id=\"assessment\">", "fig-posterior-trajectory",
        "Monitoring Iran-China relations", "query value 3.4399922", "Sensitivity range");
    assertThat(html.indexOf("id=\"assessment\"")).isLessThan(html.indexOf("id=\"files\""));
    assertThat(out.resolve("report/figures/posterior-trajectory.svg")).exists();
    assertThat(Files.readString(out.resolve("report/report.md"))).contains("## Process tracing",
        "The use of Russia to revive the Joint Comprehensive Plan of Action (JCPOA)");
  }
}
