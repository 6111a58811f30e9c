package org.dyadscope.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trap 3: a GDELT 15-minute file reported on one day also holds events dated weeks earlier. The
 * file covers its reporting day only, so those earlier months stay gaps, not zero-event months, and
 * their events are counted apart, in no series of any frequency.
 */
class ReportingDateCoverageTest {
  private static final Dyad RUS_IRN = new Dyad("RUS", "IRN");

  @TempDir Path dir;

  private static SeriesPoint point(Measurements m, Frequency f, String period) {
    return m.series(f).stream().filter(p -> p.source().equals("gd") && p.dyad().equals(RUS_IRN)
        && p.period().equals(period)).findFirst().orElseThrow();
  }

  @Test
  void monthsCoveredOnlyByLateReportsAreGapsAndTheirEventsAreInNoSeries() throws Exception {
    CaseFile c = SmallCase.caseFile(dir); // 2020-01..2020-03
    try (Store store = SmallCase.lateReports(dir)) {
      Measurements m = Measurements.compute(c, store);
      List<CoveragePoint> cov = m.coverage(Frequency.MONTH).stream().filter(p -> p.source().equals("gd")).toList();
      assertThat(cov).extracting(CoveragePoint::period).containsExactly("2020-01", "2020-02", "2020-03");
      assertThat(cov.get(0).covered()).isZero();
      assertThat(cov.get(0).sourceEvents()).isZero();
      assertThat(cov.get(0).uncoveredEvents()).isEqualTo(1);
      assertThat(cov.get(2).covered()).isEqualTo(1.0 / 31);
      assertThat(cov.get(2).sourceEvents()).isEqualTo(2);
      assertThat(point(m, Frequency.MONTH, "2020-01").events()).isNull();
      assertThat(point(m, Frequency.MONTH, "2020-03").events()).isEqualTo(2L);
      assertThat(point(m, Frequency.MONTH, "2020-03").share()).isEqualTo(1.0);
      // the year is covered (March), but the January event is not counted in it either: yearly = sum of monthly
      CoveragePoint year = m.coverage(Frequency.YEAR).get(0);
      assertThat(List.of(year.sourceEvents(), year.uncoveredEvents())).containsExactly(2L, 1L);
      assertThat(point(m, Frequency.YEAR, "2020").events()).isEqualTo(2L);
      assertThat(point(m, Frequency.YEAR, "2020").share()).isEqualTo(1.0);
      assertThat(m.triads().get(0).cells().get(0).events()).isEqualTo(2L);
      assertThat(m.dedupTotals().get(0).events()).isEqualTo(2L);
      assertThat(m.basesOf(SeriesId.events(new Dyad("RUS", "IRN")))).containsExactly(
          new SeriesBasis(SeriesId.events(new Dyad("RUS", "IRN")), "gd", 2, 1, 1, List.of(SmallCase.LATE_FILE)));
      SourceSummary gd = m.sourceSummaries().get(0);
      assertThat(List.of(gd.events(), gd.eventsUncovered())).containsExactly(2L, 1L);
    }
  }
}
