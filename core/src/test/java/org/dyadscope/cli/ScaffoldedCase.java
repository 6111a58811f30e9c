package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.TestData;

/**
 * A case written by {@code dyadscope init} from the real data and run with no edit, as a new user
 * would: the acceptance of "any dyad in minutes". The folders left out are the sets that do not
 * concern the tests' dyads (ICEWS14s and ICEWS05-15 hold no Russia or United States nodes) or that
 * would only lengthen the run (ICEWS21/22: 1.3 M rows); the title indexes init leaves commented out.
 *
 * @param caseDir the case folder init wrote
 * @param out the run's output folder
 * @param init what init printed
 * @param run what run printed
 */
record ScaffoldedCase(Path caseDir, Path out, CliRunner.Result init, CliRunner.Result run) {
  // the daily country graph too: 1,555 day files add half a minute to each run (SourceSurveyTest finds it)
  static final String SKIP = "icews14s,icews05-15_chrono,icews05-15_random,icews21_zrllm,icews22_zrllm,gdelt_daily_country_graph";

  /** Scaffolds {@code name} under {@code parent} with init and runs it into {@code parent/out}. */
  static ScaffoldedCase initAndRun(Path parent, String name, String actors, String period) {
    Path root = TestData.root();
    Path caseDir = parent.resolve(name);
    CliRunner.Result init = CliRunner.run("init", caseDir.toString(), "--actors", actors, "--period", period,
        "--data", root.toString(), "--skip", SKIP);
    assertThat(init.exitCode()).as(init.err()).isZero();
    Path out = parent.resolve("out");
    CliRunner.Result run = CliRunner.run("run", caseDir.toString(), "--data", root.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ScaffoldedCase(caseDir, out, init, run);
  }

  /** The rows of an output CSV. */
  List<CSVRecord> csv(String file) throws IOException {
    try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(Files.newBufferedReader(out.resolve(file), StandardCharsets.UTF_8))) {
      return new ArrayList<>(parser.getRecords());
    }
  }

  /** {@code column} of the rows of {@code file} whose {@code key} column is {@code value}, by that value. */
  Map<String, String> column(String file, String key, String column) throws IOException {
    Map<String, String> out = new TreeMap<>();
    csv(file).forEach(r -> out.put(r.get(key), r.get(column)));
    return out;
  }

  String report() throws IOException {
    return Files.readString(out.resolve("report").resolve("index.html"), StandardCharsets.UTF_8);
  }
}
