package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ingest} and {@code query} commands on real GDELT rows, through the whole CLI path. */
class IngestAndQueryTest {
  private static final String GDELT = "gdelt/v2_export/20191024143000.export.CSV";

  @Test
  void ingestQuarantinesACutLineAndAnUnknownCameoCodeWithTheirLineNumbers(@TempDir Path dir) throws Exception {
    Path root = TestData.root();
    List<String> lines = new ArrayList<>(Files.readAllLines(TestData.file(GDELT), StandardCharsets.UTF_8));
    // line 10: cut short after 20 fields; line 20: event code 01O (letter O), not a CAMEO code
    lines.set(9, String.join("\t", List.of(lines.get(9).split("\t", -1)).subList(0, 20)));
    String[] f = lines.get(19).split("\t", -1);
    f[26] = "01O";
    lines.set(19, String.join("\t", f));
    Path bad = dir.resolve("bad.export.CSV");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    Path db = dir.resolve("t.duckdb");

    CliRunner.Result r = CliRunner.run("ingest", bad.toString(), "--db", db.toString(), "--data", root.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains(",gdelt,2111,2109,2");
    CliRunner.Result q = CliRunner.run("query", db.toString(),
        "SELECT line, reason FROM quarantine ORDER BY line");
    assertThat(q.exitCode()).as(q.err()).isZero();
    List<String> rows = q.out().lines().toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo("line,reason");
    assertThat(rows.get(1)).startsWith("10,").contains("20 fields");
    assertThat(rows.get(2)).startsWith("20,").contains("01O");
  }

  @Test
  void ingestLogNamesUnknownActorTokensAndStoresTheEventCountry(@TempDir Path dir) throws Exception {
    Path root = TestData.root();
    List<String> lines = new ArrayList<>(Files.readAllLines(TestData.file(GDELT), StandardCharsets.UTF_8)
        .subList(0, 3));
    String[] f = lines.get(1).split("\t", -1);
    f[5] = "RUSXQZ"; // Actor1Code with a token that is no CAMEO type
    f[53] = "RS"; // ActionGeo_CountryCode: FIPS Russia
    lines.set(1, String.join("\t", f));
    Path file = dir.resolve("x.export.CSV");
    Files.write(file, lines, StandardCharsets.UTF_8);
    Path db = dir.resolve("t.duckdb");

    CliRunner.Result r = CliRunner.run("ingest", file.toString(), "--db", db.toString(), "--data", root.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    // the real rows' IGOEUREEC is understood (EUR, EEC: CAMEO codes of the PETRARCH-2 dictionaries)
    assertThat(r.err()).contains("x.export.CSV: 1 row with unknown actor code tokens (XQZ 1)");
    CliRunner.Result q = CliRunner.run("query", db.toString(),
        "SELECT line, action_country, (SELECT rows_unknown_actor_tokens FROM provenance) AS u FROM events ORDER BY line");
    assertThat(q.exitCode()).as(q.err()).isZero();
    assertThat(q.out().lines().toList()).containsExactly("line,action_country,u", "1,CAN,1", "2,RUS,1", "3,BLR,1");
  }

  @Test
  void aFileWhoseEveryRowIsQuarantinedFailsTheIngest(@TempDir Path dir) throws Exception {
    Path root = TestData.root();
    Path notGdelt = dir.resolve("notes.txt");
    Files.writeString(notGdelt, "a\tb\nc\td\n");
    CliRunner.Result r = CliRunner.run("ingest", notGdelt.toString(), "--format", "gdelt", "--db",
        dir.resolve("t.duckdb").toString(), "--data", root.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains(",gdelt,2,0,2");
    assertThat(r.err()).contains("every row was quarantined");
  }

  @Test
  void reIngestingAFileDoesNotDuplicateRows(@TempDir Path dir) {
    Path root = TestData.root();
    Path file = TestData.file(GDELT);
    Path db = dir.resolve("t.duckdb");
    for (int i = 0; i < 2; i++) {
      assertThat(CliRunner.run("ingest", file.toString(), "--db", db.toString(), "--data", root.toString())
          .exitCode()).isZero();
    }
    CliRunner.Result q = CliRunner.run("query", db.toString(),
        "SELECT count(*) AS n, count(DISTINCT event_id) AS ids FROM events");
    assertThat(q.out().lines().toList()).containsExactly("n,ids", "2111,2111");
    CliRunner.Result ir = CliRunner.run("query", db.toString(),
        "SELECT count(*) FROM events WHERE actor1_country = 'IRN' AND actor2_country = 'RUS' "
            + "AND event_date = DATE '2019-10-24' AND quad_class = 1");
    assertThat(ir.out().lines().toList()).containsExactly("count_star()", "5");
  }

  @Test
  void aCopyUnderAnotherNameStoresNothingAndIngestSaysWhoseContentItHas(@TempDir Path dir) throws Exception {
    Path root = TestData.root();
    Path copy = Files.copy(TestData.file(GDELT), dir.resolve("copy.export.CSV"));
    Path db = dir.resolve("t.duckdb");
    CliRunner.Result r = CliRunner.run("ingest", TestData.file(GDELT).toString(), copy.toString(), "--db",
        db.toString(), "--data", root.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> out = r.out().lines().toList();
    assertThat(out.get(0))
        .isEqualTo("file,format,rows_read,rows_loaded,rows_quarantined,rows_duplicate,rows_filtered,duplicate_of");
    assertThat(out.get(1)).isEqualTo(GDELT + ",gdelt,2111,2111,0,0,0,");
    assertThat(out.get(2)).endsWith(",gdelt,2111,0,0,2111,0," + GDELT);
    assertThat(r.err()).contains("copy.export.CSV: same content as " + GDELT + ", already loaded; nothing of it stored");
    CliRunner.Result q = CliRunner.run("query", db.toString(), "SELECT (SELECT count(*) FROM events) AS n,"
        + " (SELECT sum(events) FROM source_totals) AS total");
    assertThat(q.out().lines().toList()).containsExactly("n,total", "2111,2111");
  }

  @Test
  void aStoreKeepsTheActorFilterItWasLoadedWith(@TempDir Path dir) throws Exception {
    Path root = TestData.root();
    Path renamed = Files.copy(TestData.file(GDELT), dir.resolve("renamed.export.CSV"));
    Path db = dir.resolve("t.duckdb");
    CliRunner.Result filtered = CliRunner.run("ingest", TestData.file(GDELT).toString(), "--db", db.toString(),
        "--data", root.toString(), "--actors", "RUS,IRN");
    assertThat(filtered.exitCode()).as(filtered.err()).isZero();
    // 133 events with a Russian or Iranian actor kept, the other 1,978 filtered: every line adds up
    assertThat(filtered.out().lines().toList().get(1)).isEqualTo(GDELT + ",gdelt,2111,133,0,0,1978,");

    // the same content without the filter would be a duplicate of the 133 rows and never add the 1,978
    CliRunner.Result all = CliRunner.run("ingest", renamed.toString(), "--db", db.toString(), "--data", root.toString());
    assertThat(all.exitCode()).isEqualTo(2);
    assertThat(all.out()).isEmpty();
    assertThat(all.err().lines().count()).isEqualTo(1);
    assertThat(all.err()).contains(db + ": the store's files were loaded with --actors IRN,RUS, not without"
        + " --actors; load with --actors IRN,RUS, or into a new store");
    CliRunner.Result other = CliRunner.run("ingest", renamed.toString(), "--db", db.toString(), "--data",
        root.toString(), "--actors", "RUS");
    assertThat(other.exitCode()).isEqualTo(2);
    assertThat(other.err()).contains("loaded with --actors IRN,RUS, not with --actors RUS;");
    assertThat(CliRunner.run("query", db.toString(), "SELECT file, actors FROM provenance").out())
        .isEqualTo("file,actors\n" + GDELT + ",\"IRN,RUS\"\n");

    // the same filter in another order is the same filter: the copy repeats the file's content
    CliRunner.Result same = CliRunner.run("ingest", renamed.toString(), "--db", db.toString(), "--data",
        root.toString(), "--actors", "irn,rus");
    assertThat(same.exitCode()).as(same.err()).isZero();
    assertThat(same.out().lines().toList().get(1)).endsWith(",gdelt,2111,0,0,2111,0," + GDELT);
    // a new store takes any filter
    CliRunner.Result fresh = CliRunner.run("ingest", renamed.toString(), "--db", dir.resolve("all.duckdb").toString(),
        "--data", root.toString());
    assertThat(fresh.exitCode()).as(fresh.err()).isZero();
    assertThat(fresh.out().lines().toList().get(1)).endsWith(",gdelt,2111,2111,0,0,0,");
  }

  @Test
  void aRefusedIngestCreatesNoStoreAndPrintsNothing(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("t.duckdb");
    // the format is guessed (gdelt), which reads no option
    CliRunner.Result option = CliRunner.run("ingest", TestData.file(GDELT).toString(), "--db", db.toString(),
        "--option", "license=CC0");
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err()).contains("--option 'license' is not read by format gdelt; it takes no options");
    assertThat(option.out()).isEmpty();
    assertThat(db).doesNotExist();
    // tkg needs lookup tables that are not built in: refused before anything is written
    Path tkg = Files.writeString(dir.resolve("train.txt"), "0\t1\t2\t0\n");
    CliRunner.Result noData = CliRunner.run("ingest", tkg.toString(), "--db", db.toString(), "--format", "tkg");
    assertThat(noData.exitCode()).isEqualTo(2);
    assertThat(noData.err()).contains(tkg + ": format tkg needs the data root (--data DIR");
    assertThat(noData.out()).isEmpty();
    assertThat(db).doesNotExist();
    // an actor code no country has would filter every row out: refused with the nearest code
    CliRunner.Result actor = CliRunner.run("ingest", TestData.file(GDELT).toString(), "--db", db.toString(),
        "--actors", "RUS,XXX");
    assertThat(actor.exitCode()).isEqualTo(2);
    assertThat(actor.err()).contains("--actors: unknown actor code XXX, did you mean 'CXR'?");
    assertThat(db).doesNotExist();
    // a folder as the store, and a file of no format it can tell: refused, no store left behind
    CliRunner.Result folder = CliRunner.run("ingest", TestData.file(GDELT).toString(), "--db", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("--db " + dir + " is a folder; give a store file, e.g. --db "
        + dir.resolve("events.duckdb"));
    Path prose = Files.writeString(dir.resolve("notes.md"), "# Notes\nNothing tabular here.\n");
    CliRunner.Result unknown = CliRunner.run("ingest", prose.toString(), "--db", db.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains(prose + ": cannot tell the format from the file; pass --format");
    assertThat(db).doesNotExist();
  }

  @Test
  void queryHelpNamesEveryTableOfAStore(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("t.duckdb");
    org.dyadscope.store.Store.open(db).close();
    CliRunner.Result tables = CliRunner.run("query", db.toString(),
        "SELECT table_name FROM information_schema.tables ORDER BY table_name");
    List<String> names = tables.out().lines().skip(1).toList();
    assertThat(names).contains("document_copies", "event_conflicts", "left_out_event_ids", "events");
    String help = CliRunner.run("query", "--help").out().replaceAll("\\s+", " ");
    for (String t : names) {
      assertThat(help).as("query --help names " + t).containsPattern("Tables: .*\\b" + t + "\\b");
    }
  }

  @Test
  void ingestNamesADocumentCopyWhoseMetadataConflict(@TempDir Path dir) throws Exception {
    String text = "Terrorism threatens our security.\n";
    Path rus = Files.writeString(dir.resolve("RUS_2019-06-01_talk.txt"), text);
    Path again = Files.writeString(dir.resolve("RUS_2019-06-01_again.txt"), text);
    Path usa = Files.writeString(dir.resolve("USA_2019-06-01_talk.txt"), text); // another speaker: a conflict
    CliRunner.Result r = CliRunner.run("ingest", rus.toString(), again.toString(), usa.toString(), "--db",
        dir.resolve("t.duckdb").toString(), "--format", "documents");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("RUS_2019-06-01_again.txt: 1 row repeating a document text already stored, listed"
        + " in table document_copies; not stored, the first is kept");
    assertThat(r.err()).contains("USA_2019-06-01_talk.txt: 1 row repeating a document text already stored, listed"
        + " in table document_copies (1 of them with conflicting metadata: relation conflict, the kept document's"
        + " metadata stay); not stored, the first is kept");
    assertThat(r.out().lines().skip(1).map(l -> l.substring(l.indexOf(','))))
        .containsExactly(",documents,1,1,0,0,0,", ",documents,1,0,0,1,0,", ",documents,1,0,0,1,0,");
  }

  @Test
  void badSqlIsOneLineOnStderrAndExitOne(@TempDir Path dir) {
    Path root = TestData.root();
    Path db = dir.resolve("t.duckdb");
    CliRunner.run("ingest", TestData.file(GDELT).toString(), "--db", db.toString(), "--data", root.toString());
    CliRunner.Result r = CliRunner.run("query", db.toString(), "SELECT nope FROM events");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).contains("t.duckdb").contains("nope");
    // a file that is no store: said so, without the hint about tables
    CliRunner.Result notStore = CliRunner.run("query", TestData.file(GDELT).toString(), "SELECT 1");
    assertThat(notStore.exitCode()).isEqualTo(1);
    assertThat(notStore.err()).contains(TestData.file(GDELT) + ": not a store DuckDB can open (")
        .doesNotContain("information_schema");
  }

  @Test
  void queryRefusesToWrite(@TempDir Path dir) {
    Path root = TestData.root();
    Path db = dir.resolve("t.duckdb");
    CliRunner.run("ingest", TestData.file(GDELT).toString(), "--db", db.toString(), "--data", root.toString());
    CliRunner.Result r = CliRunner.run("query", db.toString(), "DELETE FROM events");
    assertThat(r.exitCode()).isEqualTo(1);
    CliRunner.Result n = CliRunner.run("query", db.toString(), "SELECT count(*) AS n FROM events");
    assertThat(n.out().lines().toList()).containsExactly("n", "2111");
  }

  @Test
  void missingStoreAndBadUsageHaveTheirExitCodes(@TempDir Path dir) {
    CliRunner.Result missing = CliRunner.run("query", dir.resolve("none.duckdb").toString(), "SELECT 1");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.duckdb: no such store");
    assertThat(CliRunner.run("query", dir.resolve("none.duckdb").toString(), "SELECT 1; SELECT 2").exitCode())
        .isEqualTo(2);
    CliRunner.Result typo = CliRunner.run("runn");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).startsWith("dyadscope: ").contains("did you mean run?");
    CliRunner.Result format = CliRunner.run("ingest", "x.csv", "--db", dir.resolve("t.duckdb").toString(),
        "--format", "sipr", "--data", dir.toString());
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("unknown --format 'sipr'");
    CliRunner.Result usage = CliRunner.run("ingest", "--db");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("frobnicate").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("run", "--help").exitCode()).isZero();
  }

  @Test
  void ingestNeedsNoDataRootAndRefusesAnOptionTheFormatDoesNotRead(@TempDir Path dir) throws Exception {
    Path doc = Files.writeString(dir.resolve("RUS_2019-06-01_talk.txt"), "Terrorism threatens our security.\n");
    Path db = dir.resolve("t.duckdb");
    CliRunner.Result typo = CliRunner.run("ingest", doc.toString(), "--db", db.toString(), "--format", "documents",
        "--option", "license=CC0");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("--option 'license' is not read by format documents; its options are licence, speaker");
    assertThat(db).as("refused before the store is made").doesNotExist();
    CliRunner.Result none = CliRunner.run("ingest", doc.toString(), "--db", db.toString(), "--format", "sipri",
        "--option", "licence=CC0");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--option 'licence' is not read by format sipri; it takes no options");

    CliRunner.Result ok = CliRunner.run("ingest", doc.toString(), "--db", db.toString(), "--format", "documents",
        "--option", "licence=CC0");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(CliRunner.run("query", db.toString(), "SELECT speaker, licence FROM documents").out())
        .isEqualTo("speaker,licence\nRUS,CC0\n");
  }

  @Test
  void everyCommandAnswersHelpWithoutAWarning() {
    for (String command : List.of("run", "ingest", "query", "code", "evaluate", "fetch")) {
      CliRunner.Result r = CliRunner.run(command, "--help");
      assertThat(r.exitCode()).as(command + " --help: " + r.err()).isZero();
      assertThat(r.out()).as(command).startsWith("Usage: dyadscope " + command);
      // picocli warns on a bare % in a help text (it is a format string): write %%
      assertThat(r.out() + r.err()).as(command + " --help").doesNotContain("WARN");
    }
    assertThat(CliRunner.run("evaluate", "--help").out()).contains("95% Wilson");
    CliRunner.Result top = CliRunner.run("--help");
    assertThat(top.exitCode()).isZero();
    assertThat(top.out() + top.err()).contains("Usage: dyadscope").doesNotContain("WARN");
    // fetch keeps GDELT's --version 1|2 and still answers -h after its dataset
    CliRunner.Result fetch = CliRunner.run("fetch", "gdelt", "-h");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(fetch.out()).contains("--version=1|2");
  }
}
