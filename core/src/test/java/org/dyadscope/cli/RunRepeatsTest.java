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
    // d: a line twice (ICEWS files hold such exact copies); e: a single row
    Files.write(ic.resolve("d.tab"), List.of(header, lines.get(4), lines.get(4)), StandardCharsets.UTF_8);
    Files.write(ic.resolve("e.tab"), List.of(header, lines.get(5)), StandardCharsets.UTF_8);
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
        .contains("/b.tab: 1 row repeating an event id already loaded (1 of them with another event date, listed in"
            + " table event_conflicts); not stored, the first is kept")
        .contains("/d.tab: 1 row copying an earlier line of the file exactly; not stored, the first is kept")
        .contains("/d.tab: 2 rows read, 1 loaded, 0 quarantined, 1 duplicate, 0 filtered")
        .contains("/e.tab: 1 row read, 1 loaded, 0 quarantined, 0 duplicate, 0 filtered")
        .contains("SELECT * FROM event_conflicts")
        .contains("5 files (1 with the content of another, not stored), 5 rows loaded, 0 quarantined, 4 duplicate")
        .doesNotContain("stored on more than one row");
  }
}
