package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadscope.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code run} says of files and events it did not store twice, on real ICEWS rows. */
class RunRepeatsTest {
  @Test
  void runNamesACopiedFileAndAnEventIdReissuedWithAnotherDate(@TempDir Path dir) throws Exception {
    Path root = TestData.root();
    List<String> lines = Files.readAllLines(TestData.file("icews/events.2018.sample.tab"), StandardCharsets.UTF_8);
    String header = lines.get(0);
    Path ic = Files.createDirectories(dir.resolve("ic"));
    Files.write(ic.resolve("a.tab"), List.of(header, lines.get(1), lines.get(2)), StandardCharsets.UTF_8);
    // b: the first event of a again, dated two days later (the check the old warning missed), and a new one
    Files.write(ic.resolve("b.tab"), List.of(header, lines.get(1).replace("\t2018-06-01\t", "\t2018-06-03\t"),
        lines.get(3)), StandardCharsets.UTF_8);
    Files.copy(ic.resolve("a.tab"), ic.resolve("c.tab"));
    Path caseDir = Files.createDirectories(dir.resolve("case"));
    Files.writeString(caseDir.resolve("case.yaml"), "name: repeats\nactors: [{code: RUS}, {code: IRN}]\n"
        + "dyads: [RUS->IRN]\nperiod: {start: 2018-01, end: 2018-12}\nsources:\n  - name: icews\n"
        + "    format: icews-tab\n    files: [" + ic.toAbsolutePath() + "/*.tab]\n");

    CliRunner.Result r = CliRunner.run("run", caseDir.toString(), "--data", root.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err())
        .contains(ic.toAbsolutePath() + "/c.tab: same content as " + ic.toAbsolutePath() + "/a.tab, already loaded")
        .contains("warning: 1 row repeats an event id already loaded with another event date")
        .contains("SELECT * FROM event_conflicts")
        .contains("3 files (1 with the content of another, not stored), 3 rows loaded, 0 quarantined, 3 duplicate")
        .doesNotContain("stored on more than one row");
  }
}
