package org.dyadscope.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dyadscope.TestData;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.measure.DedupPolicy;
import org.dyadscope.pipeline.CaseRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance (issue 16, item 4): on the real GDELT 2.0 exports and the ICEWS sample of the flagship
 * case, {@code run --actors RUS,IRN,USA,CHN} from the raw files and {@code run --extract} from a
 * {@code local[2]} extract give the same store (events by id, totals, quarantine, provenance,
 * conflicts, left-out ids) and byte-identical series and provenance CSVs.
 */
class ExtractEquivalenceTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = ExtractSession.create("local[2]");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void realFilesGiveTheLocalStoreAndByteIdenticalSeries(@TempDir Path tmp) throws Exception {
    Path data = TestData.root();
    TestData.file("gdelt/v2_export/20191024143000.export.CSV");
    TestData.file("icews/events.2018.sample.tab");
    Path caseDir = Files.createDirectories(tmp.resolve("case"));
    // the flagship's actors, dyads, period and event sources, without its documents
    Files.writeString(caseDir.resolve("case.yaml"), """
        name: equivalence
        title: extract against local load
        actors:
          - {code: RUS, name: Russia}
          - {code: IRN, name: Iran}
          - {code: USA, name: United States}
          - {code: CHN, name: China}
        dyads: [RUS->IRN, IRN->RUS, RUS<->USA, IRN<->USA, IRN<->CHN, RUS<->CHN]
        triads: [[RUS, IRN, USA], [RUS, IRN, CHN]]
        period: {start: 2012-01, end: 2022-12}
        frequencies: [month, year]
        lookups:
          cameo_event_codes: gdelt/lookups/CAMEO.eventcodes.txt
          cameo_goldstein: gdelt/lookups/CAMEO.goldsteinscale.txt
          cameo_names: icews/cameo-codes.csv
          actor_dictionaries: petrarch2/dictionaries
        sources:
          - {name: gdelt2, format: gdelt, files: [gdelt/v2_export/*.export.CSV]}
          - {name: icews, format: icews-tab, files: [icews/events.2018.sample.tab]}
        """);
    CaseFile c = CaseLoader.load(caseDir);
    Set<String> actors = Set.of("RUS", "IRN", "USA", "CHN");
    Path local = tmp.resolve("local");
    new CaseRun(c, data, local, DedupPolicy.of("daily"), actors, null, null).execute();
    Path extract = tmp.resolve("extract");
    ExtractJob.extract(spark, c, data.toString(), actors, extract.toString(), System.err::println);
    Path viaExtract = tmp.resolve("via-extract");
    new CaseRun(c, data, viaExtract, DedupPolicy.of("daily"), null, null, null, extract).execute();

    Path store = viaExtract.resolve("case.duckdb");
    // the published row counts (MANIFEST.tsv), and the 5 RUS<->IRN events of 2019-10-24 14:30
    assertThat(StoreDump.rows(store, "SELECT file, rows_read FROM provenance ORDER BY file")).containsExactly(
        "gdelt/v2_export/20180326044500.export.CSV|1540", "gdelt/v2_export/20191024143000.export.CSV|2111",
        "icews/events.2018.sample.tab|3705");
    assertThat(StoreDump.rows(store, "SELECT count(*) FROM events WHERE file LIKE '%20191024143000%'"
        + " AND actor1_country IN ('RUS', 'IRN') AND actor2_country IN ('RUS', 'IRN') AND actor1_country <> actor2_country"))
        .containsExactly("5");
    for (Map.Entry<String, String> t : StoreDump.TABLES.entrySet()) {
      assertThat(StoreDump.rows(store, t.getValue())).as(t.getKey())
          .isEqualTo(StoreDump.rows(local.resolve("case.duckdb"), t.getValue()));
    }
    List<Path> csvs;
    try (Stream<Path> s = Files.walk(local.resolve("series"))) {
      csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(csvs).extracting(p -> p.getFileName().toString()).contains("events_monthly.csv", "coverage_yearly.csv");
    for (Path csv : Stream.concat(csvs.stream(), Stream.of(local.resolve("provenance.csv"))).toList()) {
      Path other = viaExtract.resolve(local.relativize(csv));
      assertThat(Files.readAllBytes(other)).as(other.toString()).isEqualTo(Files.readAllBytes(csv));
    }
  }
}
