package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.TestData;
import org.dyadscope.cases.Dyad;
import org.dyadscope.report.FigureChecks;
import org.dyadscope.report.ReportAgreement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job on the flagship case and the real data: one run shared by the tests of this class
 * (it loads about 1.5 million rows and takes about a minute).
 */
class RunCommandTest {
  private static final String CASE = "cases/russia-iran-2012-2022";

  @TempDir static Path out;
  private static CliRunner.Result run;

  @BeforeAll
  static void runTheCase() {
    Path root = TestData.root();
    run = CliRunner.run("run", CASE, "--data", root.toString(), "--out", out.toString());
  }

  private static List<CSVRecord> csv(String relative) throws IOException {
    try (Reader r = Files.newBufferedReader(out.resolve(relative), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  private static CSVRecord row(List<CSVRecord> rows, Map<String, String> key) {
    return rows.stream()
        .filter(r -> key.entrySet().stream().allMatch(e -> r.get(e.getKey()).equals(e.getValue())))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + key));
  }

  @Test
  void writesEveryOutputFile() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String f : List.of("case.duckdb", "provenance.csv", "series/events_monthly.csv", "series/events_yearly.csv",
        "series/unga_distance.csv", "series/arms_tiv.csv", "series/coverage_monthly.csv",
        "series/coverage_yearly.csv", "report/index.html",
        "report/report.md", "report/report.json")) {
      assertThat(out.resolve(f)).as(f).isRegularFile();
    }
    // built aside and moved in: no work folder is left beside the output folder
    assertThat(out.getParent().toFile().list((d, n) -> n.startsWith("." + out.getFileName() + ".partial-"))).isEmpty();
  }

  @Test
  void eventSeriesHoldTheKnownCounts() throws IOException {
    List<CSVRecord> monthly = csv("series/events_monthly.csv");
    assertThat(row(monthly, Map.of("source", "gdelt2", "dyad", "IRN->RUS", "period", "2019-10")).get("events"))
        .isEqualTo("5");
    assertThat(row(monthly, Map.of("source", "gdelt2", "dyad", "IRN->RUS", "period", "2019-10")).get("quad1"))
        .isEqualTo("1");
    assertThat(row(monthly, Map.of("source", "gdelt2", "dyad", "RUS->IRN", "period", "2019-10")).get("events"))
        .isEqualTo("0");
    assertThat(row(monthly, Map.of("source", "icews", "dyad", "RUS->IRN", "period", "2018-06")).get("events"))
        .isEqualTo("2");
    assertThat(row(monthly, Map.of("source", "icews", "dyad", "IRN->RUS", "period", "2018-06")).get("events"))
        .isEqualTo("2");
    // ICEWS sample covers June 2018 only: every other month is a gap, which has no row (never a 0 row)
    assertThat(monthly).noneMatch(r -> r.get("source").equals("icews") && r.get("period").equals("2018-05"));
    // no placeholder rows: every row of a covered period has integer counts
    assertThat(monthly).allSatisfy(r -> {
      for (String c : List.of("events", "events_dedup", "events_no_goldstein", "events_citation")) {
        assertThat(r.get(c)).as(c).matches("\\d+");
      }
    });
  }

  @Test
  void backDatedGdeltEventsAreCountedApart() throws IOException {
    List<CSVRecord> cov = csv("series/coverage_monthly.csv");
    // the 2018-03-26 file holds 18 events of 2017-03 and 10 of 2018-02, the 2019-10-24 file 24 of
    // 2018-10 and 20 of 2019-09: those months have no coverage, and their events no series
    CSVRecord mar17 = row(cov, Map.of("source", "gdelt2", "period", "2017-03"));
    assertThat(List.of(mar17.get("covered"), mar17.get("events"), mar17.get("events_uncovered")))
        .containsExactly("0", "0", "18");
    assertThat(cov.stream().filter(r -> r.get("source").equals("gdelt2"))
        .mapToLong(r -> Long.parseLong(r.get("events_uncovered"))).sum()).isEqualTo(18 + 10 + 24 + 20);
    assertThat(row(csv("series/coverage_yearly.csv"), Map.of("source", "gdelt2", "period", "2018")).get("events"))
        .isEqualTo("1512");
    assertThat(Files.readString(out.resolve("report/report.md")))
        .contains("gdelt2: data in 2 of 132 months (2018-03–2019-10; gap 2018-04–2019-09) (72 back-dated events in "
            + "months without coverage are not in any series)");
  }

  @Test
  void captionsAndTablesStateTheCsvCounts() throws IOException {
    ReportAgreement.assertCaptionsAgreeWithCsv(out);
  }

  @Test
  void codingsHaveIsoDatesWithTheirPrecisionAndTheSentence() throws IOException {
    List<CSVRecord> codings = csv("codings.csv");
    assertThat(codings).allSatisfy(r -> {
      assertThat(r.get("date")).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(r.get("text")).isNotBlank();
    });
    // UN General Debate speeches are dated by year, Kremlin and MID titles by day
    assertThat(codings).filteredOn(r -> r.get("doc_id").startsWith("ungd:"))
        .allSatisfy(r -> assertThat(r.get("date_precision")).isEqualTo("year"));
    assertThat(codings).filteredOn(r -> r.get("doc_id").startsWith("kremlin:"))
        .allSatisfy(r -> assertThat(r.get("date_precision")).isEqualTo("day"));
  }

  @Test
  void armsAndVotingSeriesHoldTheKnownValues() throws IOException {
    List<CSVRecord> arms = csv("series/arms_tiv.csv");
    assertThat(Double.parseDouble(row(arms, Map.of("supplier", "RUS", "recipient", "IRN", "year", "2016"))
        .get("tiv_delivered"))).isEqualTo(413.0);
    assertThat(Double.parseDouble(row(arms, Map.of("supplier", "RUS", "recipient", "IRN", "year", "2012"))
        .get("tiv_delivered"))).isEqualTo(11.5);
    assertThat(Double.parseDouble(row(arms, Map.of("supplier", "RUS", "recipient", "IRN", "year", "2017"))
        .get("tiv_delivered"))).isEqualTo(3.0);
    List<CSVRecord> unga = csv("series/unga_distance.csv");
    assertThat(Double.parseDouble(row(unga, Map.of("pair", "IRN-RUS", "session", "70")).get("distance")))
        .isCloseTo(1.6774611, within(1e-6));
  }

  @Test
  void everyFileAddsUp() throws IOException {
    List<CSVRecord> prov = csv("provenance.csv");
    // 59 event, vote, arms and speech files + 18 Kremlin/MID title indexes + the R-written GDELT 1.0 file
    // + 1,555 days of the GDELT daily country graph
    assertThat(prov).hasSize(77 + 1 + 1_555);
    assertThat(prov.stream().filter(r -> r.get("format").equals("country-graph"))
        .mapToLong(r -> Long.parseLong(r.get("rows_loaded"))).sum()).isEqualTo(1_555 * 6); // 6 pairs of 4 actors
    assertThat(row(prov, Map.of("file", "gdelt/v1_reformatted/nov2012.csv")).get("rows_loaded")).isEqualTo("5230");
    for (CSVRecord r : prov) {
      assertThat(Long.parseLong(r.get("rows_read")))
          .as(r.get("file"))
          .isEqualTo(Long.parseLong(r.get("rows_loaded")) + Long.parseLong(r.get("rows_quarantined"))
              + Long.parseLong(r.get("rows_duplicate")) + Long.parseLong(r.get("rows_filtered")));
    }
    assertThat(row(prov, Map.of("file", "gdelt/v2_export/20191024143000.export.CSV")).get("rows_loaded"))
        .isEqualTo("2111");
    assertThat(row(prov, Map.of("file", "icews/events.2018.sample.tab")).get("rows_read")).isEqualTo("3705");
  }

  @Test
  void reportJsonAgreesWithTheCsvFiles() throws IOException {
    JsonNode json = new ObjectMapper().readTree(out.resolve("report/report.json").toFile());
    Map<String, String> files = Map.of(
        "events_monthly", "series/events_monthly.csv",
        "events_yearly", "series/events_yearly.csv",
        "unga_distance", "series/unga_distance.csv",
        "arms_tiv", "series/arms_tiv.csv",
        "coverage_monthly", "series/coverage_monthly.csv",
        "coverage_yearly", "series/coverage_yearly.csv",
        "provenance", "provenance.csv");
    for (Map.Entry<String, String> f : files.entrySet()) {
      List<CSVRecord> rows = csv(f.getValue());
      JsonNode arr = json.get(f.getKey());
      assertThat(arr.size()).as(f.getKey()).isEqualTo(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        for (Map.Entry<String, String> cell : rows.get(i).toMap().entrySet()) {
          JsonNode v = arr.get(i).get(cell.getKey());
          String where = f.getKey() + " row " + i + " " + cell.getKey();
          if (cell.getValue().isEmpty()) {
            assertThat(v == null || v.isNull()).as(where).isTrue();
          } else if (v.isNumber()) {
            assertThat(v.asDouble()).as(where).isEqualTo(Double.parseDouble(cell.getValue()));
          } else {
            assertThat(v.asText()).as(where).isEqualTo(cell.getValue());
          }
        }
      }
    }
  }

  @Test
  void dyadChartsAreSmallMultiplesSizedByTheirEvents() throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    // 7 of the 8 sources have RUS->IRN events; the GDELT sample (a few 15-minute files) has none
    assertThat(FigureChecks.shareChart(out, new Dyad("RUS", "IRN"))).hasSize(7).doesNotContainKey("gdelt2")
        .containsEntry("icews22", 871L).containsEntry("icews", 2L);
  }

  @Test
  void aSecondRunWritesTheSameFilesAndStore(@TempDir Path again) throws IOException {
    Path root = TestData.root();
    assertThat(CliRunner.run("run", CASE, "--data", root.toString(), "--out", again.toString()).exitCode()).isZero();
    for (String f : List.of("provenance.csv", "series/events_monthly.csv", "series/events_yearly.csv",
        "series/unga_distance.csv", "series/arms_tiv.csv", "series/coverage_monthly.csv", "codings.csv",
        "report/report.json", "report/index.html")) {
      assertThat(Files.mismatch(out.resolve(f), again.resolve(f))).as(f).isEqualTo(-1L);
    }
    String counts = "SELECT (SELECT count(*) FROM events) || ',' || (SELECT count(DISTINCT (source, event_id, "
        + "event_date)) FROM events) || ',' || (SELECT count(*) FROM quarantine)";
    assertThat(CliRunner.run("query", again.resolve("case.duckdb").toString(), counts).out())
        .isEqualTo(CliRunner.run("query", out.resolve("case.duckdb").toString(), counts).out());
  }

  @Test
  void documentsCarryTheLicenceTheirSourceStates() {
    String sql = "SELECT source || ':' || coalesce(licence, '-') || ':' || count(*) FROM documents"
        + " GROUP BY source, licence ORDER BY 1";
    CliRunner.Result r = CliRunner.run("query", out.resolve("case.duckdb").toString(), sql);
    assertThat(r.exitCode()).as(r.err()).isZero();
    // 44 UNGD speeches (CC0 1.0, case.yaml); the Kremlin index states CC BY 4.0, the MID index none
    assertThat(r.out()).contains("ungd:CC0 1.0:44").containsPattern("kremlin:CC BY 4\\.0:\\d+")
        .containsPattern("mid:-:\\d+");
  }

  @Test
  void aRunWithNoDataSaysSoAndExitsOne(@TempDir Path empty) {
    CliRunner.Result r = CliRunner.run("run", CASE, "--data", empty.toString(), "--out",
        empty.resolve("out").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("no such data file").contains("no data loaded");
  }

  @Test
  void aMissingCaseIsABadUsage(@TempDir Path dir) {
    CliRunner.Result r = CliRunner.run("run", dir.resolve("nope").toString(), "--data", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).contains("nope: no such case folder");
  }

  @Test
  void aCaseFolderWithoutCaseYamlIsNamed(@TempDir Path dir) {
    CliRunner.Result r = CliRunner.run("run", dir.toString(), "--data", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).contains("case.yaml: case file not found");
  }
}
