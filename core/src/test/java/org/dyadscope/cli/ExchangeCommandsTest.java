package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadscope.TestData;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.exchange.SmallStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyadscope export qdpx} and {@code import qdpx} on a small store: output, exit codes, one-line errors. */
class ExchangeCommandsTest {
  private static final String CASE = "cases/russia-iran-2012-2022";
  // the machine coder is a project user named after the lexicon version it coded with
  private static final String MACHINE = "dyadscope coder " + Lexicon.builtIn().version();
  @TempDir Path dir;

  @Test
  void exportValidatesAndImportWritesGoldRows() throws Exception {
    Path out = SmallStore.create(dir).getParent();
    Path data = TestData.file("refi-qda/Project.xsd").getParent().getParent();
    Path qdpx = dir.resolve("small.qdpx");
    CliRunner.Result e = CliRunner.run("export", "qdpx", out.toString(), "--to", qdpx.toString(), "--data", data.toString());
    assertThat(e.exitCode()).as(e.err()).isZero();
    assertThat(e.out()).contains("wrote " + qdpx + ": 3 documents, 4 selections (coded sentences), 6 codings,")
        .contains("valid against " + data.resolve("refi-qda/Project.xsd"));
    // the store file itself, as serve takes it, and query reads the output folder too
    Path again = dir.resolve("again.qdpx");
    CliRunner.Result f = CliRunner.run("export", "qdpx", out.resolve("case.duckdb").toString(), "--to", again.toString());
    assertThat(f.exitCode()).as(f.err()).isZero();
    assertThat(f.out()).contains("wrote " + again + ": 3 documents, 4 selections (coded sentences), 6 codings,");
    CliRunner.Result q = CliRunner.run("query", out.toString(), "SELECT count(*) AS n FROM documents");
    assertThat(q.exitCode()).as(q.err()).isZero();
    assertThat(q.out()).isEqualTo("n\n3\n");

    Path gold = dir.resolve("gold.tsv");
    CliRunner.Result i = CliRunner.run("import", "qdpx", qdpx.toString(), "--case", CASE, "--out", out.toString(),
        "--coder", MACHINE, "--gold", gold.toString(), "--reviews");
    assertThat(i.exitCode()).as(i.err()).isZero();
    assertThat(i.out()).contains("3 text sources (3 matched to documents), 4 selections (4 mapped to sentences),"
        + " 6 codings (6 of known codes); coder '" + MACHINE + "': 4 sentences coded")
        .contains("wrote " + gold + ": 9 gold rows").contains("appended 4 reviews");
    assertThat(Files.readAllLines(gold)).contains("RUS_72_2017.txt\t3\t0\t0\t\t");
    assertThat(Files.readAllLines(out.resolve("reviews.tsv"))).hasSize(1 + 4);

    // a project in which no person coded: the coder must be named
    CliRunner.Result none = CliRunner.run("import", "qdpx", qdpx.toString(), "--case", CASE, "--out", out.toString(),
        "--gold", dir.resolve("g2.tsv").toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("no person coded anything the case knows; pick one with --coder NAME (coders: "
        + MACHINE + ")");

    Path qdc = dir.resolve("codebook.qdc");
    CliRunner.Result c = CliRunner.run("export", "qdpx", out.toString(), "--to", qdc.toString(), "--codebook-only",
        "--data", data.toString());
    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(c.out()).contains("valid against " + data.resolve("refi-qda/Codebook.xsd"));
  }

  @Test
  void badInputIsOneLineAndWritesNothing() throws Exception {
    Path out = SmallStore.create(dir).getParent();
    Path data = TestData.file("refi-qda/Project.xsd").getParent().getParent();
    Path notZip = Files.writeString(dir.resolve("coded.qdpx"), "not a zip");
    Path gold = dir.resolve("gold.tsv");
    CliRunner.Result r = CliRunner.run("import", "qdpx", notZip.toString(), "--case", CASE, "--out", out.toString(),
        "--gold", gold.toString(), "--reviews", "--data", data.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("dyadscope import qdpx: " + notZip + ": not a zip file");
    assertThat(gold).doesNotExist();
    assertThat(out.resolve("reviews.tsv")).doesNotExist();

    CliRunner.Result d = CliRunner.run("export", "qdpx", out.toString(), "--to", dir.resolve("x.qdpx").toString(),
        "--from", "2015-13-01");
    assertThat(d.exitCode()).isEqualTo(2);
    assertThat(d.err()).contains("--from: '2015-13-01' is not a day; write YYYY-MM-DD");
    CliRunner.Result s = CliRunner.run("export", "qdpx", dir.resolve("nowhere").toString(), "--to",
        dir.resolve("x.qdpx").toString());
    assertThat(s.exitCode()).isEqualTo(2);
    assertThat(s.err()).contains("no store; give the output folder of `dyadscope run`");
    // a filter that can only select nothing, and a folder for the file: refused, naming the fix
    String x = dir.resolve("x.qdpx").toString();
    CliRunner.Result sp = CliRunner.run("export", "qdpx", out.toString(), "--to", x, "--speaker", "ZZZ,rus");
    assertThat(sp.exitCode()).isEqualTo(2);
    assertThat(sp.err()).containsPattern("--speaker: no stored document has ZZZ; the store's are [A-Z, ]*RUS");
    CliRunner.Result so = CliRunner.run("export", "qdpx", out.toString(), "--to", x, "--source", "nosuch");
    assertThat(so.exitCode()).isEqualTo(2);
    assertThat(so.err()).contains("--source: no stored document has nosuch; the store's are ");
    CliRunner.Result days = CliRunner.run("export", "qdpx", out.toString(), "--to", x, "--from", "2019-01-01",
        "--until", "2018-01-01");
    assertThat(days.exitCode()).isEqualTo(2);
    assertThat(days.err()).contains("--from 2019-01-01 is after --until 2018-01-01");
    CliRunner.Result folder = CliRunner.run("export", "qdpx", out.toString(), "--to", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("--to " + dir + " is a folder; give a file name, e.g. --to "
        + dir.resolve("project.qdpx"));
    CliRunner.Result slash = CliRunner.run("export", "qdpx", out.toString(), "--to", dir.resolve("newdir") + "/");
    assertThat(slash.exitCode()).isEqualTo(2);
    assertThat(slash.err()).contains("is a folder; give a file name, e.g. --to " + dir.resolve("newdir/project.qdpx"));
    assertThat(dir.resolve("newdir")).doesNotExist();
    assertThat(dir.resolve("x.qdpx")).doesNotExist();
    assertThat(dir.resolve("project.qdpx")).doesNotExist();
  }
}
