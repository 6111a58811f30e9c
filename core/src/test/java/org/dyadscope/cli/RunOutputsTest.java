package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyadscope.pipeline.OutputComparison;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** A run builds its outputs aside and swaps them in: a failed run leaves the earlier ones untouched. */
class RunOutputsTest {
  @TempDir Path dir;
  private Path caseDir;
  private Path data;
  private Path out;

  /** A one-document case (no lookup table needed) and a first, successful run of it. */
  @BeforeEach
  void firstRun() throws IOException {
    data = Files.createDirectories(dir.resolve("data/docs"));
    Files.writeString(data.resolve("RUS_2019-06-01_talk.txt"),
        "Terrorism is a grave threat to the security of our people and we must act now.\n"
            + "We welcome cooperation with Iran on trade.\n");
    data = data.getParent();
    caseDir = Files.createDirectories(dir.resolve("case"));
    Files.writeString(caseDir.resolve("case.yaml"), String.join("\n", "name: tiny",
        "actors: [{code: RUS}, {code: IRN}]", "dyads: [RUS->IRN]", "period: {start: 2019-01, end: 2019-12}",
        "sources:", "  - name: speeches", "    format: documents", "    files: [docs/*.txt]",
        "    options: {speaker: RUS}", ""));
    out = dir.resolve("runs/tiny");
    assertThat(run(data).exitCode()).isZero();
    Files.writeString(out.resolve("notes.txt"), "the analyst's own file\n");
  }

  private CliRunner.Result run(Path dataRoot) {
    return CliRunner.run("run", caseDir.toString(), "--data", dataRoot.toString(), "--out", out.toString());
  }

  /** Relative path → SHA-256 of every file under {@code root}. */
  private static Map<String, String> hashes(Path root) throws IOException, NoSuchAlgorithmException {
    Map<String, String> h = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        h.put(root.relativize(p).toString(),
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return h;
  }

  private void assertNoWorkFolderLeft() {
    assertThat(out.getParent().toFile().list()).containsExactly("tiny");
  }

  @Test
  void aRunThatFailsMidwayLeavesTheEarlierOutputsByteForByte() throws Exception {
    Map<String, String> before = hashes(out);
    assertThat(before).containsKeys("case.duckdb", "codings.csv", "provenance.csv", "series/events_monthly.csv",
        "report/index.html", "notes.txt");
    // a malformed trace.yaml is refused before anything is loaded
    Files.writeString(caseDir.resolve("trace.yaml"), "hypotheses: [unclosed\n");
    CliRunner.Result malformed = run(data);
    assertThat(malformed.exitCode()).isEqualTo(1);
    assertThat(malformed.err()).contains("trace.yaml:").doesNotContain("stage 1/6");
    assertThat(hashes(out)).isEqualTo(before);
    assertNoWorkFolderLeft();

    // collected, coded and measured, then the process-tracing stage fails on an evidence query
    Files.writeString(caseDir.resolve("trace.yaml"), String.join("\n", "hypotheses:",
        "  - {id: H1, statement: one, prior: 0.5}", "  - {id: H2, statement: other, prior: 0.5}", "evidence:",
        "  - id: E1", "    description: a query over a table the store lacks", "    source: the store",
        "    observation: {query: \"SELECT count(*) FROM nowhere\", test: \">= 1\"}",
        "    likelihoods: {H1: 0.8, H2: 0.2}", ""));
    CliRunner.Result failed = run(data);
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err()).contains("evidence E1").contains("coded 1 documents");
    assertThat(hashes(out)).isEqualTo(before);
    assertNoWorkFolderLeft();

    // nothing loaded at all (a data root without the case's files)
    Files.delete(caseDir.resolve("trace.yaml"));
    CliRunner.Result empty = run(Files.createDirectories(dir.resolve("empty")));
    assertThat(empty.exitCode()).isEqualTo(1);
    assertThat(empty.err()).contains("no data loaded");
    assertThat(hashes(out)).isEqualTo(before);
    assertNoWorkFolderLeft();
  }

  @Test
  void aRunThatSucceedsReplacesEveryOutputAndKeepsOtherFiles() throws Exception {
    Files.writeString(out.resolve("trace.csv"), "an earlier run's trace\n");
    Files.writeString(out.resolve("codings.csv"), "stale\n");
    CliRunner.Result again = run(data);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(out.resolve("trace.csv")).as("no trace.yaml this time").doesNotExist();
    assertThat(Files.readString(out.resolve("codings.csv"))).startsWith("doc_id,sentence_no,");
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("the analyst's own file\n");
    assertThat(CliRunner.run("query", out.resolve("case.duckdb").toString(), "SELECT count(*) AS n FROM documents")
        .out()).isEqualTo("n\n1\n");
    assertNoWorkFolderLeft();
  }

  @Test
  void aRunFromAStageRerunsOverTheStoreAndWritesWhatAFullRunWrites() throws Exception {
    Path full = dir.resolve("full");
    assertThat(CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out", full.toString())
        .exitCode()).isZero();
    CliRunner.Result rerun = CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out",
        out.toString(), "--from", "code");
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(rerun.err()).contains("stages code, measure, trace, assess, report", "stage 1/5: code")
        .doesNotContain("stage collect");
    // the copies file is named where it ends up, not in the work folder the swap deletes
    assertThat(rerun.err()).contains(": " + out.resolve("series").resolve("document_copies.csv") + System.lineSeparator())
        .doesNotContain(".partial-");
    assertThat(OutputComparison.differences(full, out)).isEmpty();
    assertNoWorkFolderLeft();
  }

  @Test
  void aStoreWithoutATableAStageRequiresIsRefusedInOneLine() throws Exception {
    Path older = Files.createDirectories(dir.resolve("older/tiny"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + older.resolve("case.duckdb").toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE events (event_id VARCHAR)"); // a store of an earlier version, without source_totals
    }
    CliRunner.Result refused = CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out",
        older.toString(), "--only", "trace");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("dyadscope run: stage trace requires table events, which no earlier "
        + "stage of this run produces and no run on this store has filled; run from collect" + System.lineSeparator());
    assertThat(older.toFile().list()).containsExactly("case.duckdb");
    assertThat(older.getParent().toFile().list()).containsExactly("tiny");
  }

  @Test
  void aRerunWithoutAStoreOrWithActorsOrAnUnknownStageIsBadUsage() {
    CliRunner.Result noStore = CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out",
        dir.resolve("elsewhere").toString(), "--from", "measure");
    assertThat(noStore.exitCode()).isEqualTo(2);
    assertThat(noStore.err()).startsWith("dyadscope run: no store " + dir.resolve("elsewhere").resolve("case.duckdb"))
        .endsWith("run the case without --from or --only first" + System.lineSeparator());
    CliRunner.Result actors = CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out",
        out.toString(), "--from", "measure", "--actors", "RUS");
    assertThat(actors.exitCode()).isEqualTo(2);
    assertThat(actors.err()).contains("--actors filters what stage collect loads");
    CliRunner.Result unknown = CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out",
        out.toString(), "--only", "plot");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no stage plot; the stages are collect, code, measure, trace, assess, report");
    CliRunner.Result both = CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out",
        out.toString(), "--from", "code", "--only", "report");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--from and --only exclude each other");
    assertNoWorkFolderLeft();
  }

  @Test
  void aStoreFilledByIngestAloneHasNoCodingsOrSeriesAStageCouldRunOver() throws Exception {
    Path ingested = Files.createDirectories(dir.resolve("ingested/only"));
    CliRunner.Result loaded = CliRunner.run("ingest", data.resolve("docs/RUS_2019-06-01_talk.txt").toString(),
        "--db", ingested.resolve("case.duckdb").toString(), "--format", "documents", "--option", "speaker=RUS");
    assertThat(loaded.exitCode()).as(loaded.err()).isZero();
    // every table of the schema exists in that store, empty: only a finished stage counts
    for (String[] c : new String[][] {{"--from", "trace", "stage trace requires table codings, which no earlier stage"
        + " of this run produces and no run on this store has filled; run from code"},
        {"--only", "report", "stage report requires table event_series, which no earlier stage of this run produces"
        + " and no run on this store has filled; run from measure"}}) {
      CliRunner.Result refused = CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out",
          ingested.toString(), c[0], c[1]);
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.err()).isEqualTo("dyadscope run: " + c[2] + System.lineSeparator());
    }
    // from code on, every table a later stage needs is filled by this run
    CliRunner.Result fromCode = CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out",
        ingested.toString(), "--from", "code");
    assertThat(fromCode.exitCode()).as(fromCode.err()).isZero();
  }

  @Test
  void anOutputPathThatIsAFileIsRefusedBeforeAnyStageRunsAndTheFileIsKept() throws IOException {
    Path file = Files.writeString(dir.resolve("runs/a-file"), "not a folder\n");
    CliRunner.Result r = CliRunner.run("run", caseDir.toString(), "--data", data.toString(), "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--out " + file + " is a file, not a folder; give a folder (created when absent)")
        .doesNotContain("stage 1/6");
    assertThat(file).hasContent("not a folder");
  }

  @Test
  void aFileSystemErrorSaysWhatIsWrongWithThePathNotOnlyThePath() {
    @Command(name = "fails")
    class Fails implements Callable<Integer> {
      @Override
      public Integer call() throws IOException {
        throw new FileAlreadyExistsException("/some/out");
      }
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute(new Fails());
    } finally {
      System.setErr(saved);
    }
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("dyadscope fails: /some/out: already exists,"
        + " and is not what this command can write over (a file where a folder is needed?)" + System.lineSeparator());
  }
}
