package org.dyadscope.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.SparkSession;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.collect.gdelt.GdeltRows;
import org.dyadscope.measure.DedupPolicy;
import org.dyadscope.pipeline.CaseRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extract's identity and quarantine rules on small GDELT files written here, in {@code local[2]},
 * each against the local loader's store from the same files. Files, in read order:
 * <ul>
 *   <li>{@code a.export.CSV}: event 1 RUS->IRN (kept), event 2 USA->FRA (left out by the filter),
 *       line 3 with CAMEO code 999 (quarantined);
 *   <li>{@code b.export.CSV.zip}, one member: event 1 again (same day: a repeat), event 4 IRN->RUS
 *       (kept), line 3 cut to 40 fields (quarantined, line 3 of the member), event 2 again a day
 *       later (a conflict with the left-out row), event 1 a day later (a conflict with a's line 1);
 *   <li>{@code c.export.CSV.zip}: a zip of {@code a.export.CSV} (the same content: stores nothing).
 * </ul>
 */
class ExtractRulesTest {
  private static SparkSession spark;
  @TempDir static Path tmp;
  private static Path local;
  private static Path viaExtract;

  @BeforeAll
  static void extractAndLoad() throws Exception {
    spark = ExtractSession.create("local[2]");
    Path data = tmp.resolve("data");
    Files.createDirectories(data.resolve("gdelt"));
    String a = lines(row("1", "20191024", "RUS", "IRN", "036"), row("2", "20191024", "USA", "FRA", "036"),
        row("3", "20191024", "RUS", "IRN", "999"));
    Files.writeString(data.resolve("gdelt/a.export.CSV"), a);
    String cut = String.join("\t", List.of(row("5", "20191024", "RUS", "IRN", "036").split("\t")).subList(0, 40));
    zip(data.resolve("gdelt/b.export.CSV.zip"), "b.export.CSV", lines(row("1", "20191024", "RUS", "IRN", "036"),
        row("4", "20191024", "IRN", "RUS", "042"), cut, row("2", "20191025", "USA", "FRA", "036"),
        row("1", "20191025", "RUS", "IRN", "036")));
    zip(data.resolve("gdelt/c.export.CSV.zip"), "a.export.CSV", a);
    Path caseDir = Files.createDirectories(tmp.resolve("case"));
    Files.writeString(caseDir.resolve("case.yaml"), """
        name: rules
        title: extract rules
        actors:
          - {code: RUS, name: Russia}
          - {code: IRN, name: Iran}
        dyads: [RUS<->IRN]
        period: {start: 2019-01, end: 2019-12}
        frequencies: [month, year]
        sources:
          - {name: gdelt2, format: gdelt, files: [gdelt/*.export.CSV*]}
        """);
    CaseFile c = CaseLoader.load(caseDir);
    Set<String> actors = Set.of("RUS", "IRN");
    local = tmp.resolve("local");
    new CaseRun(c, data, local, DedupPolicy.of("daily"), actors, null, "collect").execute();
    Path extract = tmp.resolve("extract");
    ExtractJob.extract(spark, c, data.toString(), actors, extract.toString(), System.err::println);
    viaExtract = tmp.resolve("via-extract");
    new CaseRun(c, data, viaExtract, DedupPolicy.of("daily"), null, null, "collect", extract).execute();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void zippedFileIsReadMemberByMemberAndSameContentStoresNothing() throws Exception {
    assertThat(rows("SELECT file, rows_read, rows_loaded, rows_quarantined, rows_duplicate, rows_filtered,"
        + " duplicate_of, actors FROM provenance ORDER BY file")).containsExactly(
        "gdelt/a.export.CSV|3|1|1|0|1|null|IRN,RUS",
        "gdelt/b.export.CSV.zip|5|1|1|3|0|null|IRN,RUS",
        "gdelt/c.export.CSV.zip|3|0|0|3|0|gdelt/a.export.CSV|IRN,RUS");
    assertThat(rows("SELECT event_id, file, line FROM events ORDER BY event_id"))
        .containsExactly("1|gdelt/a.export.CSV|1", "4|gdelt/b.export.CSV.zip|2");
  }

  @Test
  void badRowInZipMemberKeepsItsLineNumber() throws Exception {
    assertThat(rows("SELECT file, line, reason FROM quarantine ORDER BY file, line")).containsExactly(
        "gdelt/a.export.CSV|3|CAMEO code '999' not in the CAMEO table",
        "gdelt/b.export.CSV.zip|3|40 fields, expected 57, 58 or 61");
  }

  @Test
  void repeatsAcrossFilesKeepTheFirstRowAndCountItsDayOnce() throws Exception {
    assertThat(rows("SELECT family, event_id, file, line, event_date, kept_file, kept_line, kept_date"
        + " FROM event_conflicts ORDER BY event_id")).containsExactly(
        "gdelt|1|gdelt/b.export.CSV.zip|5|2019-10-25|gdelt/a.export.CSV|1|2019-10-24",
        "gdelt|2|gdelt/b.export.CSV.zip|4|2019-10-25|null|null|2019-10-24");
    // events 1 and 2 of a, 4 of b: the repeats are not a second event of their day
    assertThat(rows("SELECT file, event_date, events FROM source_totals ORDER BY file"))
        .containsExactly("gdelt/a.export.CSV|2019-10-24|2", "gdelt/b.export.CSV.zip|2019-10-24|1");
  }

  @Test
  void extractGivesTheLocalLoadersStore() throws Exception {
    for (Map.Entry<String, String> t : StoreDump.TABLES.entrySet()) {
      assertThat(StoreDump.rows(viaExtract.resolve("case.duckdb"), t.getValue())).as(t.getKey())
          .isEqualTo(StoreDump.rows(local.resolve("case.duckdb"), t.getValue()));
    }
  }

  @Test
  void unreadableFileFailsTheExtractByNameAndWritesNothing() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("bad-data/icews"));
    Files.writeString(data.resolve("empty.tab"), "");
    Path caseDir = Files.createDirectories(tmp.resolve("bad-case"));
    Files.writeString(caseDir.resolve("case.yaml"), """
        name: bad
        title: an ICEWS file without its header row
        actors: [{code: RUS, name: Russia}, {code: IRN, name: Iran}]
        dyads: [RUS->IRN]
        period: {start: 2018-01, end: 2018-12}
        frequencies: [year]
        sources:
          - {name: icews, format: icews-tab, files: [icews/empty.tab]}
        """);
    Path out = tmp.resolve("bad-extract");
    assertThatThrownBy(() -> ExtractJob.extract(spark, CaseLoader.load(caseDir), data.getParent().toString(),
        Set.of("RUS"), out.toString(), System.err::println))
        .isInstanceOf(IOException.class)
        .hasMessage(data.resolve("empty.tab").toUri() + ": empty file; expected an ICEWS header row (Event ID,"
            + " Event Date, ...); nothing of the extract was written");
    assertThat(out).doesNotExist();
  }

  /** Rows of {@code sql} over both stores, which must agree. */
  private static List<String> rows(String sql) throws Exception {
    List<String> extracted = StoreDump.rows(viaExtract.resolve("case.duckdb"), sql);
    assertThat(extracted).isEqualTo(StoreDump.rows(local.resolve("case.duckdb"), sql));
    return extracted;
  }

  private static String row(String id, String date, String actor1, String actor2, String code) {
    return GdeltRows.v2().set(0, id).set(1, date).set(5, actor1).set(7, actor1).set(15, actor2).set(17, actor2)
        .set(26, code).set(27, code).set(28, code.substring(0, 2)).line61();
  }

  private static String lines(String... rows) {
    return String.join("\n", rows) + "\n";
  }

  private static void zip(Path file, String member, String text) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(member));
      z.write(text.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
  }
}
