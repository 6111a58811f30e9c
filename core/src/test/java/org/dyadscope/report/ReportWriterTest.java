package org.dyadscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.measure.FileProvenance;
import org.dyadscope.measure.FileTotals;
import org.dyadscope.measure.SmallCase;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the reports of {@link SmallCase} once and checks files, cells, JSON agreement and HTML. */
class ReportWriterTest {
  @TempDir static Path dir;
  static Path out;
  static List<Path> written;

  @BeforeAll
  static void write() throws Exception {
    CaseFile c = SmallCase.caseFile(dir);
    out = dir.resolve("out");
    try (Store store = SmallCase.store(dir)) {
      written = Reports.write(c, store, out);
    }
  }

  private static List<String> lines(String path) throws Exception {
    return Files.readAllLines(out.resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void csvHeadersAreExact() throws Exception {
    String series = "source,dyad,period,events,share,goldstein_mean,goldstein_sum,quad1,quad2,quad3,quad4,tone_mean,"
        + "events_dedup,dedup_policy,events_no_goldstein,events_citation";
    assertThat(lines("series/events_monthly.csv").get(0)).isEqualTo(series);
    assertThat(lines("series/events_yearly.csv").get(0)).isEqualTo(series);
    assertThat(lines("series/unga_distance.csv").get(0)).isEqualTo("pair,session,year,distance");
    assertThat(lines("series/arms_tiv.csv").get(0)).isEqualTo("supplier,recipient,year,tiv_delivered,deals");
    assertThat(lines("series/coverage_monthly.csv").get(0))
        .isEqualTo("source,period,covered,active_days,days,events,events_uncovered");
    assertThat(lines("series/coverage_yearly.csv").get(0)).isEqualTo(lines("series/coverage_monthly.csv").get(0));
    assertThat(lines("provenance.csv").get(0))
        .isEqualTo("file,sha256,format,rows_read,rows_loaded,rows_quarantined,rows_duplicate,rows_filtered,"
            + "rows_unknown_actor_tokens,duplicate_of");
  }

  @Test
  void seriesCellsGapsAndZeros() throws Exception {
    List<String> m = lines("series/events_monthly.csv");
    // gd covers January and March, ic February: 3 covered source-months x 3 dyads, no row for a gap
    assertThat(m).hasSize(1 + 3 * 3);
    assertThat(m).noneMatch(l -> l.startsWith("gd,RUS->IRN,2020-02") || l.startsWith("ic,RUS->IRN,2020-01"));
    assertThat(m).contains(
        // the two events of 2020-01-01 have no actor or event codes: one a day keeps one of them
        "gd,RUS->IRN,2020-01,2,0.5,-1,-2,0.5,0,0.5,0,-1,1,daily,0,0",
        // covered month without dyad events: 0 events, share 0, means empty
        "gd,IRN->RUS,2020-01,0,0,,0,,,,,,0,daily,0,0",
        // the one event has no Goldstein score: counted in events_no_goldstein
        "gd,IRN->RUS,2020-03,1,0.3333333333333333,,,0,1,0,0,2,1,daily,1,0",
        "ic,RUS->IRN,2020-02,1,0.5,3.4,3.4,1,0,0,0,,1,daily,0,0");
    assertThat(lines("series/events_yearly.csv")).contains(
        "gd,RUS->IRN,2020,3,0.42857142857142855,0.3333333333333333,1,0.5,0,0.5,0,-1,2,daily,0,0");
  }

  @Test
  void otherSeriesFiles() throws Exception {
    assertThat(lines("series/coverage_monthly.csv")).containsExactly(
        "source,period,covered,active_days,days,events,events_uncovered",
        "gd,2020-01,0.0967741935483871,3,31,4,0", "gd,2020-02,0,0,29,0,0", "gd,2020-03,0.06451612903225806,2,31,3,0",
        "ic,2020-01,0,0,31,0,0", "ic,2020-02,0.034482758620689655,1,29,2,0", "ic,2020-03,0,0,31,0,0");
    assertThat(lines("series/coverage_yearly.csv")).containsExactly(
        "source,period,covered,active_days,days,events,events_uncovered",
        "gd,2020,0.054945054945054944,5,91,7,0", "ic,2020,0.01098901098901099,1,91,2,0");
    assertThat(lines("series/unga_distance.csv")).containsExactly("pair,session,year,distance",
        "IRN-RUS,75,2020,0.5");
    assertThat(lines("series/arms_tiv.csv")).containsExactly("supplier,recipient,year,tiv_delivered,deals",
        "RUS,IRN,2020,14.5,2", "IRN,RUS,2020,0,0", "RUS,USA,2020,0,0");
    assertThat(lines("provenance.csv")).contains("gd/a.csv,aa,gdelt,6,5,1,0,0,,"); // the fixture did not count unknown tokens: empty, not 0
  }

  @Test
  void duckdbReadsTheSeriesWithNumericTypesAndNulls() throws Exception {
    String f = out.resolve("series/events_monthly.csv").toString().replace("'", "''");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT typeof(events), typeof(share), count(*),"
            + " count(events), sum(events), sum(goldstein_sum), typeof(events_dedup), typeof(events_no_goldstein),"
            + " typeof(events_citation) FROM read_csv_auto('" + f + "') GROUP BY ALL")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("BIGINT");
      assertThat(rs.getString(2)).isEqualTo("DOUBLE");
      assertThat(List.of(rs.getString(7), rs.getString(8), rs.getString(9))).containsOnly("BIGINT");
      assertThat(rs.getLong(3)).isEqualTo(9);
      assertThat(rs.getLong(4)).isEqualTo(9); // 2 sources x 3 dyads x 3 months less 3 gap months per dyad: no empty count
      assertThat(rs.getLong(5)).isEqualTo(2 + 0 + 1 + 0 + 1 + 1 + 1 + 1 + 0);
      assertThat(rs.getDouble(6)).isEqualTo(-2.0 + 0 - 10 + 3 + 0 + 0 + 3.4 + 1.0 + 0);
    }
  }

  @Test
  void jsonAgreesWithEveryCsv() throws Exception {
    JsonNode json = new ObjectMapper().readTree(out.resolve("report/report.json").toFile());
    String[] files = {"series/events_monthly.csv", "series/events_yearly.csv", "series/unga_distance.csv",
        "series/arms_tiv.csv", "series/coverage_monthly.csv", "series/coverage_yearly.csv", "provenance.csv"};
    for (String f : files) {
      String key = f.substring(f.lastIndexOf('/') + 1).replace(".csv", "");
      JsonNode rows = json.get(key);
      assertThat(rows).as(key).isNotNull();
      List<CSVRecord> csv = new ArrayList<>();
      try (Reader r = Files.newBufferedReader(out.resolve(f));
          CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        p.forEach(csv::add);
        assertThat(rows.size()).as(key + " rows").isEqualTo(csv.size());
        for (int i = 0; i < csv.size(); i++) {
          JsonNode row = rows.get(i);
          List<String> names = new ArrayList<>();
          Iterator<String> it = row.fieldNames();
          it.forEachRemaining(names::add);
          assertThat(names).as(key).isEqualTo(p.getHeaderNames());
          for (String col : p.getHeaderNames()) {
            String cell = csv.get(i).get(col);
            JsonNode v = row.get(col);
            String where = key + " row " + (i + 1) + " " + col;
            if (cell.isEmpty()) {
              assertThat(v.isNull()).as(where).isTrue();
            } else if (v.isNumber()) {
              assertThat(Double.parseDouble(cell)).as(where).isEqualTo(v.asDouble());
            } else {
              assertThat(cell).as(where).isEqualTo(v.asText());
            }
          }
        }
      }
    }
    assertThat(json.get("quarantine").get(0).get("lines").asLong()).isEqualTo(2);
    assertThat(json.get("case").get("dyads").get(0).asText()).isEqualTo("RUS->IRN");
  }

  @Test
  void captionsAndTablesStateTheCsvCounts() throws Exception {
    ReportAgreement.assertCaptionsAgreeWithCsv(out);
  }

  @Test
  void htmlIsSelfContainedAndNamesSourcesAndGaps() throws Exception {
    String html = Files.readString(out.resolve("report/index.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<svg")
        .doesNotContain("<script").doesNotContain(" src=").doesNotContain("href=\"http")
        .doesNotContain("<link");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
    assertThat(html).contains("Small test case", "Events RUS-&gt;IRN", "Coverage by source",
        "gd: 3 events from 2 files (gd/a.csv, gd/b.csv)", "ic: 1 event from 1 file (ic/x.tab)",
        "gd: data in 2 of 3 months (2020-01–2020-03; gap 2020-02)",
        "58 fields, expected 61", "UNGA voting distance", "Delivery rows per dyad: RUS-&gt;IRN 2 (sipri: sipri.csv)", "14.50 (2)",
        "No deliveries recorded 2020–2020 for IRN-&gt;RUS, RUS-&gt;USA",
        "No session with estimates for both states: RUS-USA", "Triad RUS–IRN–USA",
        "+0.33 (3)", "— (0)", "2 files, 8 rows", "1 file, 2 rows", "Unknown tokens</th>");
    // a share and a Goldstein chart per dyad, coverage, comparison (2 sources as panels of one chart), UNGA, SIPRI
    assertThat(count(html, "<svg ")).isEqualTo(3 * 2 + 1 + 1 + 1 + 1);
    assertThat(count(html, "<div class=\"table-wrap\">")).isEqualTo(count(html, "<table>"));
  }

  @Test
  void aCaseWithoutATriadSaysHowToNameOne() throws Exception {
    CaseFile s = SmallCase.caseFile(dir);
    CaseFile c = new CaseFile(s.name(), s.title(), s.folder(), s.actors(), s.dyads(), List.of(), s.period(),
        s.frequencies(), s.lookups(), s.sources(), s.entityOverrides());
    Path two = dir.resolve("no-triad");
    try (Store store = SmallCase.store(Files.createDirectories(dir.resolve("no-triad-store")))) {
      Reports.write(c, store, two);
    }
    String md = Files.readString(two.resolve("report/report.md"));
    assertThat(md).contains("The case names no triad. List three of its actors under triads: in case.yaml")
        .doesNotContain("Mean Goldstein score (events) per year for the six directed dyads");
  }

  @Test
  void aSourceWithNoFileLoadedSaysSoInTheSourcesTable() {
    List<FileProvenance> files = List.of(
        new FileProvenance("gd/a.csv", "aa", "gdelt", "gd", 6, 5, 1, 0, 0, 0, 0L, null),
        new FileProvenance("gd/b.csv", "bb", "gdelt", "gd", 1_500, 1_234, 0, 0, 0, 0, 0L, null));
    FileTotals gd = FileTotals.of(files);
    assertThat(List.of(gd.files(), gd.rowsRead(), gd.rowsLoaded(), gd.rowsQuarantined(), gd.rowsUnknownActorTokens()))
        .containsExactly(2L, 1_506L, 1_239L, 1L, 0L);
    assertThat(ReportContent.loaded(gd)).isEqualTo("2 files, 1,239 rows");
    assertThat(ReportContent.loaded(FileTotals.of(List.of())))
        .isEqualTo("no file found: absent from this run (check the data folder)");
    assertThat(FileTotals.of(List.of(new FileProvenance("old.csv", "cc", "gdelt", "gd", 1, 1, 0, 0, 0, 0, null, null)))
        .rowsUnknownActorTokens()).as("not counted is not zero").isNull();
  }

  @Test
  void dyadFigureHasOnePanelPerSourceAndGapsFromCoverage() throws Exception {
    String svg = Files.readString(out.resolve("report/figures/dyad-RUS-IRN-1.svg"));
    assertThat(count(svg, "<g class=\"panel\"")).isEqualTo(2); // gd and ic both have RUS->IRN events
    String gd = svg.substring(svg.indexOf("data-key=\"gd\""), svg.indexOf("data-key=\"ic\""));
    // gd has January and March but no February (a gap in coverage): two one-point runs, no segment
    assertThat(count(gd, "<circle")).isEqualTo(2);
    assertThat(gd).doesNotContain(" L").contains(">gd (n = 3 events)</text>")
        .contains("<title>2020-01 · gd · share 0.5 · n = 2 events</title>")
        .contains("<title>2020-03 · gd · share 0.333 · n = 1 event</title>");
    assertThat(svg).contains("y: share (fraction of the source&#39;s events, 0..1, as in the CSV column share)")
        .doesNotContain("% of");
  }

  @Test
  void votingAndArmsMarksCarryTooltips() throws Exception {
    assertThat(Files.readString(out.resolve("report/figures/unga.svg")))
        .contains("<title>2020 (session 75) · IRN-RUS · distance 0.500</title>");
    assertThat(Files.readString(out.resolve("report/figures/arms.svg")))
        .contains("<title>2020 · RUS-&gt;IRN · 14.5 TIV, millions · 2 deals with deliveries</title>");
  }

  @Test
  void markdownReferencesFigureFilesThatExist() throws Exception {
    String md = Files.readString(out.resolve("report/report.md"));
    Matcher mt = Pattern.compile("\\]\\((figures/[^)]+\\.svg)\\)").matcher(md);
    int n = 0;
    while (mt.find()) {
      assertThat(out.resolve("report").resolve(mt.group(1))).isRegularFile();
      n++;
    }
    assertThat(n).isEqualTo(10);
    assertThat(md).contains("| Source | Reason | Lines | Files | Examples |")
        .contains("Ideal-point rows per pair: IRN-RUS 2 (unga: un.csv)");
    assertThat(written).contains(out.resolve("report/index.html"), out.resolve("report/report.json"));
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
