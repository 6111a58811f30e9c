package org.dyadscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadscope.measure.SmallCase;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A back-dated GDELT report (an event of 2020-01 in a file of 2020-03) is in no series; the report
 * states it where its events would be, and every count it gives is the CSV's.
 */
class BackDatedEventsTest {
  @TempDir Path dir;

  @Test
  void leftOutEventsAreStatedAndCaptionsAgreeWithTheCsv() throws Exception {
    Path out = dir.resolve("out");
    try (Store store = SmallCase.lateReports(dir)) {
      Reports.write(SmallCase.caseFile(dir), store, out);
    }
    String md = Files.readString(out.resolve("report/report.md"));
    assertThat(md).contains("gd: 2 events from 1 file (gd/20200315044500.export.CSV), 1 back-dated event in "
        + "months without coverage is not in any series.",
        "gd: data in 1 of 3 months (2020-03) (1 back-dated event in months without coverage is not in any series)",
        "| gd | RUS->IRN | 2 | 1 |",
        "1 back-dated event in months without coverage is not in any series (per source in the dyad captions).");
    JsonNode json = new ObjectMapper().readTree(out.resolve("report/report.json").toFile());
    assertThat(json.get("sources").get(0).get("events").asLong()).isEqualTo(2);
    assertThat(json.get("sources").get(0).get("events_uncovered").asLong()).isEqualTo(1);
    assertThat(json.get("bases").get(0).get("rows_uncovered").asLong()).isEqualTo(1);
    assertThat(Files.readAllLines(out.resolve("series/events_monthly.csv")))
        .filteredOn(l -> l.startsWith("gd,RUS->IRN,")).extracting(l -> l.split(",")[2] + ":" + l.split(",")[3])
        .containsExactly("2020-03:2");
    ReportAgreement.assertCaptionsAgreeWithCsv(out);
  }
}
