package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.TestData;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --coder lexicon|model} on code and run: the codings say which detector decided. */
class CoderOptionTest {
  private static final Path FLAGSHIP = Path.of("cases/russia-iran-2012-2022");

  private static List<CSVRecord> rows(String csv) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
  }

  /** A case of two General Debate speeches, with the flagship's trained detector when {@code withModel}. */
  private static Path smallCase(Path dir, boolean withModel) throws Exception {
    Path c = dir.resolve("two-speeches");
    Files.createDirectories(c);
    Files.writeString(c.resolve("case.yaml"), String.join("\n",
        "name: two-speeches",
        "title: Two General Debate speeches",
        "actors:",
        "  - {code: RUS, name: Russia}",
        "  - {code: IRN, name: Iran}",
        "dyads: [RUS->IRN]",
        "period: {start: 2017-01, end: 2017-12}",
        "frequencies: [year]",
        "sources:",
        "  - name: ungd",
        "    format: ungd",
        "    description: two UN General Debate speeches of 2017",
        "    files: [ungd/RUS_72_2017.txt, ungd/IRN_72_2017.txt]",
        "    options: {licence: CC0 1.0}",
        ""));
    if (withModel) {
      Files.createDirectories(c.resolve("model"));
      Files.copy(FLAGSHIP.resolve("model/move-detector.json"), c.resolve("model/move-detector.json"));
    }
    return c;
  }

  @Test
  void codeWithTheModelKeepsTheLexiconsEvidenceAndSaysTheModelDecided() throws Exception {
    String speech = TestData.file("ungd/RUS_72_2017.txt").toString();
    CliRunner.Result lex = CliRunner.run("code", speech, "--case", FLAGSHIP.toString());
    CliRunner.Result mod = CliRunner.run("code", speech, "--case", FLAGSHIP.toString(), "--coder", "model");
    assertThat(mod.exitCode()).as(mod.err()).isZero();
    List<CSVRecord> l = rows(lex.out());
    List<CSVRecord> m = rows(mod.out());
    assertThat(m).hasSameSizeAs(l).hasSize(100);
    assertThat(l).allSatisfy(r -> {
      assertThat(r.get("detector")).isEqualTo("lexicon");
      assertThat(r.get("move_probability")).isEmpty();
    });
    // the detector judges the 51 sentences the lexicon saw something in; the others keep the lexicon's "no move"
    assertThat(m.stream().filter(r -> r.get("detector").equals("model"))).hasSize(51).allSatisfy(r -> {
      double p = Double.parseDouble(r.get("move_probability"));
      assertThat(r.get("move")).isEqualTo(p >= 0.34 ? "1" : "0");
      assertThat(r.get("move").equals("1") ? r.get("kwic") : "[[x]]").contains("[[");
    });
    assertThat(m.stream().filter(r -> r.get("detector").equals("lexicon"))).hasSize(49).allSatisfy(r -> {
      assertThat(r.get("move_probability")).isEmpty();
      assertThat(r.get("move")).isEqualTo("0");
    });
    for (int i = 0; i < l.size(); i++) {
      // the lexicon's evidence stays: matched terms and, where the lexicon coded something, its key word in context
      assertThat(m.get(i).get("matched_terms")).isEqualTo(l.get(i).get("matched_terms"));
      if (!l.get(i).get("kwic").isEmpty()) {
        assertThat(m.get(i).get("kwic")).isEqualTo(l.get(i).get("kwic"));
      }
    }
    long lexMoves = l.stream().filter(r -> r.get("move").equals("1")).count();
    long modelMoves = m.stream().filter(r -> r.get("move").equals("1")).count();
    assertThat(lexMoves).isEqualTo(LEXICON_MOVES_RUS_72);
    assertThat(modelMoves).isEqualTo(MODEL_MOVES_RUS_72);
  }

  /** Lavrov's 2017 speech: 22 moves by the lexicon 1.5.0, 27 by the flagship's frozen detector. */
  private static final long LEXICON_MOVES_RUS_72 = 22;
  private static final long MODEL_MOVES_RUS_72 = 27;

  @Test
  void theModelNeedsACaseWithATrainedDetector(@TempDir Path dir) throws Exception {
    String speech = TestData.file("ungd/RUS_72_2017.txt").toString();
    CliRunner.Result noCase = CliRunner.run("code", speech, "--coder", "model");
    assertThat(noCase.exitCode()).isEqualTo(2);
    assertThat(noCase.err()).contains("--coder model needs --case DIR");
    Path c = smallCase(dir, false);
    CliRunner.Result code = CliRunner.run("code", speech, "--case", c.toString(), "--coder", "model");
    assertThat(code.exitCode()).isEqualTo(2);
    assertThat(code.err()).contains("model/move-detector.json: the case has no trained move detector",
        "dyadscope train " + c);
    CliRunner.Result run = CliRunner.run("run", c.toString(), "--data", TestData.root().toString(),
        "--out", dir.resolve("out").toString(), "--coder", "model");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the case has no trained move detector", "dyadscope train " + c);
    assertThat(dir.resolve("out")).doesNotExist(); // refused before anything ran
    CliRunner.Result bad = CliRunner.run("code", speech, "--coder", "rules");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--coder must be lexicon or model, not rules");
  }

  @Test
  void runWithTheModelStoresTheDetectorAndReusesTheLastRunsEmbeddings(@TempDir Path dir) throws Exception {
    Path c = smallCase(dir, true);
    Path out = dir.resolve("out");
    String root = TestData.root().toString();
    CliRunner.Result first = CliRunner.run("run", c.toString(), "--data", root, "--out", out.toString(), "--coder", "model");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).containsPattern("move detector .*: [1-9][0-9]* sentences embedded");
    CliRunner.Result second = CliRunner.run("run", c.toString(), "--data", root, "--out", out.toString(), "--coder", "model");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err()).contains(": 0 sentences embedded");
    try (Store s = Store.openReadOnly(out.resolve("case.duckdb")); Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE detector = 'model'),"
            + " count(move_probability), count(*) FILTER (WHERE move) FROM codings")) {
      rs.next();
      assertThat(rs.getLong(2)).isPositive().isLessThan(rs.getLong(1)); // the candidates
      assertThat(rs.getLong(3)).isEqualTo(rs.getLong(2));
    }
    // the report says the detector decided those moves and that its accuracy figures are the lexicon's
    assertThat(Files.readString(out.resolve("report/report.md")).replaceAll("\\s+", " "))
        .containsPattern("replaced by the case's trained move detector \\(model/move-detector.json\\) on the \\d+ sentences")
        .contains("the accuracy stated here is the lexicon's");
    assertThat(Files.readString(out.resolve("codings.csv")).lines().findFirst().orElseThrow())
        .endsWith(",securitizing_actor,detector,move_probability");
    CliRunner.Result lexicon = CliRunner.run("run", c.toString(), "--data", root, "--out", out.toString(), "--only", "code");
    assertThat(lexicon.exitCode()).as(lexicon.err()).isZero();
    try (Store s = Store.openReadOnly(out.resolve("case.duckdb")); Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE detector = 'lexicon'), count(*),"
            + " count(move_probability) FROM codings")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2));
      assertThat(rs.getLong(3)).isZero();
    }
    // a full lexicon run builds a new store, carrying the embeddings over: the next model run embeds nothing
    CliRunner.Result full = CliRunner.run("run", c.toString(), "--data", root, "--out", out.toString());
    assertThat(full.exitCode()).as(full.err()).isZero();
    CliRunner.Result again = CliRunner.run("run", c.toString(), "--data", root, "--out", out.toString(), "--coder", "model");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains(": 0 sentences embedded");
  }
}
