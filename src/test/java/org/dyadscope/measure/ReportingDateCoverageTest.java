package org.dyadscope.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trap 3: a GDELT 15-minute file reported on one day also holds events dated weeks earlier. The
 * file covers its reporting day only, so those earlier months stay gaps, not zero-event months.
 */
class ReportingDateCoverageTest {
  @TempDir Path dir;

  private static EventRow ev(String id, String eventDate, String reported) {
    return new EventRow("gd", id, LocalDate.parse(eventDate), LocalDateTime.parse(reported + "T04:45"),
        "RUSGOV", null, "RUS", "IRNGOV", null, "IRN", "036", "036", "03", 1, 4.0, 1, 1.0, "https://a.org/" + id,
        "gdelt61", "gd/20200315044500.export.CSV", Long.parseLong(id), null);
  }

  @Test
  void monthsCoveredOnlyByLateReportsAreGaps() throws Exception {
    CaseFile c = SmallCase.caseFile(dir); // 2020-01..2020-03
    List<EventRow> rows = List.of(
        ev("1", "2020-01-20", "2020-03-15"), // an old event in a March file
        ev("2", "2020-03-15", "2020-03-15"),
        ev("3", "2020-03-15", "2020-03-15"));
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      try (FileLoad load = store.beginFile("gd/20200315044500.export.CSV", "gdelt", "gd", "sha")) {
        rows.forEach(load::event);
        load.commit(rows.size());
      }
      Measurements m = Measurements.compute(c, store);
      List<CoveragePoint> cov = m.coverage(Frequency.MONTH).stream().filter(p -> p.source().equals("gd")).toList();
      assertThat(cov).extracting(CoveragePoint::period).containsExactly("2020-01", "2020-02", "2020-03");
      assertThat(cov.get(0).covered()).isZero();
      assertThat(cov.get(2).covered()).isEqualTo(1.0 / 31);
      SeriesPoint jan = m.series(Frequency.MONTH).stream().filter(p -> p.source().equals("gd")
          && p.dyad().equals(new Dyad("RUS", "IRN")) && p.period().equals("2020-01")).findFirst().orElseThrow();
      assertThat(jan.events()).isNull();
      SeriesPoint mar = m.series(Frequency.MONTH).stream().filter(p -> p.source().equals("gd")
          && p.dyad().equals(new Dyad("RUS", "IRN")) && p.period().equals("2020-03")).findFirst().orElseThrow();
      assertThat(mar.events()).isEqualTo(2L);
      assertThat(mar.share()).isEqualTo(1.0);
    }
  }
}
