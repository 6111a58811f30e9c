package org.dyadscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output comparison names the file, row and column (or JSON path) of each difference. */
class OutputComparisonTest {
  @TempDir Path dir;

  private Path run(String name, String events, String report) throws IOException {
    Path out = dir.resolve(name);
    Files.createDirectories(out.resolve("series"));
    Files.createDirectories(out.resolve("report"));
    Files.writeString(out.resolve("series/events_yearly.csv"), events);
    Files.writeString(out.resolve("report/report.json"), report);
    Files.writeString(out.resolve("report/index.html"), "<p>" + name + "</p>"); // not compared
    return out;
  }

  @Test
  void identicalRunsHaveNoDifference() throws IOException {
    String events = "source,dyad,period,events\ngdelt2,RUS->IRN,2019,5\n";
    assertThat(OutputComparison.differences(run("a", events, "{\"n\": 5}"), run("b", events, "{\"n\": 5}")))
        .isEmpty();
  }

  @Test
  void eachDifferingCellAndJsonValueIsOneLine() throws IOException {
    Path a = run("a", "source,dyad,period,events\ngdelt2,RUS->IRN,2019,5\ngdelt2,IRN->RUS,2019,7\n",
        "{\"sources\": [{\"name\": \"gdelt2\", \"events\": 12}], \"title\": \"x\"}");
    Path b = run("b", "source,dyad,period,events\ngdelt2,RUS->IRN,2019,5\ngdelt2,IRN->RUS,2019,8\nicews,RUS->IRN,2018,2\n",
        "{\"sources\": [{\"name\": \"gdelt2\", \"events\": 13}], \"title\": \"x\"}");
    Files.writeString(a.resolve("trace.csv"), "step\n0\n");
    assertThat(OutputComparison.differences(a, b)).containsExactly(
        "report/report.json: $.sources[0].events: '12' -> '13'",
        "series/events_yearly.csv: row 2, column events: '7' -> '8'",
        "series/events_yearly.csv: 2 rows -> 3 rows",
        "trace.csv: only in " + a);
  }

  @Test
  void theSameRowsInAnotherOrderAreOneLine() throws IOException {
    Path a = run("a", "period,events\n2019,5\n2020,6\n", "{}");
    Path b = run("b", "period,events\n2020,6\n2019,5\n", "{}");
    assertThat(OutputComparison.differences(a, b))
        .containsExactly("series/events_yearly.csv: the same 2 rows in another order");
  }
}
