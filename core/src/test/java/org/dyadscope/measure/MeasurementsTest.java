package org.dyadscope.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every measure on {@link SmallCase}, against values worked out by hand. */
class MeasurementsTest {
  private static final Offset<Double> EPS = within(1e-12);
  private static final Dyad RUS_IRN = new Dyad("RUS", "IRN");
  private static final Dyad IRN_RUS = new Dyad("IRN", "RUS");
  private static final Dyad RUS_USA = new Dyad("RUS", "USA");

  @TempDir static Path dir;
  static Measurements m;

  @BeforeAll
  static void compute() throws Exception {
    CaseFile c = SmallCase.caseFile(dir);
    try (Store store = SmallCase.store(dir)) {
      m = Measurements.compute(c, store);
    }
  }

  private static SeriesPoint point(Frequency f, String source, Dyad d, String period) {
    return m.series(f).stream()
        .filter(p -> p.source().equals(source) && p.dyad().equals(d) && p.period().equals(period))
        .findFirst().orElseThrow();
  }

  private static CoveragePoint cov(Frequency f, String source, String period) {
    return m.coverage(f).stream()
        .filter(p -> p.source().equals(source) && p.period().equals(period)).findFirst().orElseThrow();
  }

  @Test
  void sourcesAreTheCaseEventSourcesInOrder() {
    assertThat(m.sources()).containsExactly("gd", "ic");
  }

  @Test
  void everySourceDyadPeriodHasARow() {
    assertThat(m.series(Frequency.MONTH)).hasSize(2 * 3 * 3);
    assertThat(m.series(Frequency.YEAR)).hasSize(2 * 3);
    assertThat(m.coverage(Frequency.MONTH)).extracting(CoveragePoint::period)
        .containsExactly("2020-01", "2020-02", "2020-03", "2020-01", "2020-02", "2020-03");
  }

  @Test
  void coverageIsTheFractionOfDaysWithAnyEvent() {
    assertThat(cov(Frequency.MONTH, "gd", "2020-01").covered()).isCloseTo(3.0 / 31, EPS);
    assertThat(cov(Frequency.MONTH, "gd", "2020-01").sourceEvents()).isEqualTo(4);
    assertThat(cov(Frequency.MONTH, "gd", "2020-02").covered()).isZero();
    assertThat(cov(Frequency.MONTH, "gd", "2020-02").gap()).isTrue();
    assertThat(cov(Frequency.MONTH, "gd", "2020-03").covered()).isCloseTo(2.0 / 31, EPS);
    assertThat(cov(Frequency.MONTH, "ic", "2020-02").covered()).isCloseTo(1.0 / 29, EPS);
    assertThat(cov(Frequency.MONTH, "ic", "2020-01").gap()).isTrue();
    // the year is cut to the case period: 91 days, not 366; the 2019-12-31 event is outside
    assertThat(cov(Frequency.YEAR, "gd", "2020").days()).isEqualTo(91);
    assertThat(cov(Frequency.YEAR, "gd", "2020").covered()).isCloseTo(5.0 / 91, EPS);
    assertThat(cov(Frequency.YEAR, "gd", "2020").sourceEvents()).isEqualTo(7);
    assertThat(cov(Frequency.YEAR, "ic", "2020").covered()).isCloseTo(1.0 / 91, EPS);
  }

  @Test
  void monthWithDyadEvents() {
    SeriesPoint p = point(Frequency.MONTH, "gd", RUS_IRN, "2020-01");
    assertThat(p.events()).isEqualTo(2);
    assertThat(p.share()).isCloseTo(0.5, EPS);
    assertThat(p.goldsteinMean()).isCloseTo(-1.0, EPS);
    assertThat(p.goldsteinSum()).isCloseTo(-2.0, EPS);
    assertThat(List.of(p.quad1(), p.quad2(), p.quad3(), p.quad4())).containsExactly(0.5, 0.0, 0.5, 0.0);
    assertThat(p.toneMean()).isCloseTo(-1.0, EPS);

    SeriesPoint usa = point(Frequency.MONTH, "gd", RUS_USA, "2020-01");
    assertThat(usa.events()).isEqualTo(1);
    assertThat(usa.share()).isCloseTo(0.25, EPS);
    assertThat(usa.quad4()).isEqualTo(1.0);
    assertThat(usa.toneMean()).isCloseTo(-5.0, EPS);
  }

  @Test
  void coveredMonthWithoutDyadEventsIsZeroWithNullMeans() {
    SeriesPoint p = point(Frequency.MONTH, "gd", IRN_RUS, "2020-01");
    assertThat(p.events()).isZero();
    assertThat(p.share()).isZero();
    assertThat(p.goldsteinMean()).isNull();
    assertThat(p.goldsteinSum()).isZero();
    assertThat(p.quad1()).isNull();
    assertThat(p.quad4()).isNull();
    assertThat(p.toneMean()).isNull();
  }

  @Test
  void gapMonthIsAllNull() {
    SeriesPoint p = point(Frequency.MONTH, "gd", RUS_IRN, "2020-02");
    assertThat(p.events()).isNull();
    assertThat(p.share()).isNull();
    assertThat(p.goldsteinMean()).isNull();
    assertThat(p.goldsteinSum()).isNull();
    assertThat(p.quad1()).isNull();
    assertThat(p.toneMean()).isNull();
    assertThat(point(Frequency.MONTH, "ic", RUS_IRN, "2020-03").events()).isNull();
  }

  @Test
  void nullGoldsteinQuadAndToneAreExcluded() {
    // March: RUS->IRN has a Goldstein but no QuadClass and no tone; IRN->RUS the reverse
    SeriesPoint a = point(Frequency.MONTH, "gd", RUS_IRN, "2020-03");
    assertThat(a.events()).isEqualTo(1);
    assertThat(a.share()).isCloseTo(1.0 / 3, EPS);
    assertThat(a.goldsteinMean()).isCloseTo(3.0, EPS);
    assertThat(a.quad1()).isNull();
    assertThat(a.toneMean()).isNull();
    SeriesPoint b = point(Frequency.MONTH, "gd", IRN_RUS, "2020-03");
    assertThat(b.goldsteinMean()).isNull();
    assertThat(b.goldsteinSum()).isNull();
    assertThat(b.quad2()).isEqualTo(1.0);
    assertThat(b.quad1()).isEqualTo(0.0);
    assertThat(b.toneMean()).isCloseTo(2.0, EPS);
  }

  @Test
  void sourceWithoutToneHasNullTone() {
    SeriesPoint p = point(Frequency.MONTH, "ic", RUS_IRN, "2020-02");
    assertThat(p.events()).isEqualTo(1);
    assertThat(p.share()).isCloseTo(0.5, EPS);
    assertThat(p.goldsteinMean()).isCloseTo(3.4, EPS);
    assertThat(p.quad1()).isEqualTo(1.0);
    assertThat(p.toneMean()).isNull();
  }

  @Test
  void yearlySeries() {
    SeriesPoint p = point(Frequency.YEAR, "gd", RUS_IRN, "2020");
    assertThat(p.events()).isEqualTo(3);
    assertThat(p.share()).isCloseTo(3.0 / 7, EPS);
    assertThat(p.goldsteinMean()).isCloseTo(1.0 / 3, EPS);
    assertThat(p.goldsteinSum()).isCloseTo(1.0, EPS);
    assertThat(p.quad1()).isCloseTo(0.5, EPS);
    assertThat(p.quad3()).isCloseTo(0.5, EPS);
    assertThat(p.toneMean()).isCloseTo(-1.0, EPS);
    assertThat(point(Frequency.YEAR, "gd", IRN_RUS, "2020").share()).isCloseTo(1.0 / 7, EPS);
    assertThat(point(Frequency.YEAR, "ic", RUS_USA, "2020").events()).isZero();
  }

  @Test
  void ungaDistanceOnlyWhereBothHaveAnEstimateInThePeriod() {
    assertThat(m.unga()).containsExactly(new UngaDistance("IRN-RUS", "IRN", "RUS", 75, 2020, 0.5));
  }

  @Test
  void sipriDeliveriesPerCaseDyadAndYear() {
    assertThat(m.arms()).containsExactly(
        new ArmsFlow("RUS", "IRN", 2020, 14.5, 2),
        new ArmsFlow("IRN", "RUS", 2020, 0.0, 0),
        new ArmsFlow("RUS", "USA", 2020, 0.0, 0));
  }

  @Test
  void triadTableHasSixDirectedDyadsPerSourceYear() {
    assertThat(m.triads()).hasSize(2);
    TriadRow gd = m.triads().get(0);
    assertThat(gd.source()).isEqualTo("gd");
    assertThat(gd.year()).isEqualTo(2020);
    assertThat(gd.cells()).extracting(c -> c.dyad().toString())
        .containsExactly("RUS->IRN", "IRN->RUS", "RUS->USA", "USA->RUS", "IRN->USA", "USA->IRN");
    assertThat(gd.cells()).extracting(TriadRow.Cell::events).containsExactly(3L, 1L, 1L, 0L, 0L, 1L);
    assertThat(gd.cells().get(0).goldsteinMean()).isCloseTo(1.0 / 3, EPS);
    assertThat(gd.cells().get(1).goldsteinMean()).isNull();
    assertThat(gd.cells().get(2).goldsteinMean()).isCloseTo(-10.0, EPS);
    assertThat(gd.cells().get(5).goldsteinMean()).isCloseTo(1.0, EPS);
    TriadRow ic = m.triads().get(1);
    assertThat(ic.cells()).extracting(TriadRow.Cell::events).containsExactly(1L, 1L, 0L, 0L, 0L, 0L);
  }

  @Test
  void provenanceAndQuarantine() {
    assertThat(m.files()).hasSize(5);
    assertThat(m.files().get(0))
        // the fixture's provenance rows leave rows_unknown_actor_tokens NULL, as a store written before
        // the count existed: not counted, which must not read as 0
        .isEqualTo(new FileProvenance("gd/a.csv", "aa", "gdelt", "gd", 6, 5, 1, 0, 0, 0, null, null));
    assertThat(m.quarantine()).hasSize(2);
    QuarantineReason q = m.quarantine().get(0);
    assertThat(q.source()).isEqualTo("gd");
    assertThat(q.reason()).isEqualTo("58 fields, expected 61");
    assertThat(q.lines()).isEqualTo(2);
    assertThat(q.files()).isEqualTo(2);
    assertThat(q.examples()).extracting(QuarantineReason.Example::line).containsExactly(6L, 4L);
    assertThat(m.quarantine().get(1).source()).isEqualTo("ic");
  }

  @Test
  void basesCountRowsAndFilesPerSeries() {
    SeriesId events = SeriesId.events(new Dyad("RUS", "IRN"));
    SeriesId arms = SeriesId.arms(new Dyad("RUS", "IRN"));
    SeriesId unga = SeriesId.unga("IRN-RUS");
    assertThat(List.of(events, arms, unga)).extracting(SeriesId::toString)
        .containsExactly("events RUS->IRN", "arms RUS->IRN", "unga IRN-RUS");
    assertThat(m.basesOf(events)).containsExactly(
        new SeriesBasis(events, "gd", 3, 0, 2, List.of("gd/a.csv", "gd/b.csv")),
        new SeriesBasis(events, "ic", 1, 0, 1, List.of("ic/x.tab")));
    assertThat(m.basesOf(arms)).containsExactly(
        new SeriesBasis(arms, "sipri", 2, 0, 1, List.of("sipri.csv")));
    assertThat(m.basesOf(unga)).containsExactly(
        new SeriesBasis(unga, "unga", 2, 0, 1, List.of("un.csv")));
    assertThat(m.basesOf(SeriesId.unga("RUS-USA"))).isEmpty();
  }

  @Test
  void sourceSummariesListGapRuns() {
    SourceSummary gd = m.sourceSummaries().get(0);
    assertThat(gd).isEqualTo(new SourceSummary("gd", 7, 0, "2020-01", "2020-03", 2, 3,
        List.of(new CoverageGap("gd", "2020-02", "2020-02", 1))));
    SourceSummary ic = m.sourceSummaries().get(1);
    assertThat(ic.gaps()).containsExactly(new CoverageGap("ic", "2020-01", "2020-01", 1),
        new CoverageGap("ic", "2020-03", "2020-03", 1));
  }

  @Test
  void innerGapsAreTheHolesBetweenTheFirstAndLastMonthWithData() {
    // gd: data in January and March, so its February gap is inside; ic: data in February only, so
    // its January and March gaps are before and after its data, not holes
    assertThat(m.sourceSummaries().get(0).innerGaps()).containsExactly(new CoverageGap("gd", "2020-02", "2020-02", 1));
    assertThat(m.sourceSummaries().get(1).innerGaps()).isEmpty();
    SourceSummary none = new SourceSummary("x", 0, 0, null, null, 0, 3, List.of(new CoverageGap("x", "2020-01", "2020-03", 3)));
    assertThat(none.innerGaps()).isEmpty();
  }

  @Test
  void sourceEventsAndSourcesWithDataSumAndFilterTheSummaries() {
    assertThat(m.sourceEvents()).isEqualTo(7 + m.sourceSummaries().get(1).events());
    assertThat(m.sourceSummaries().get(1).events()).isPositive();
    assertThat(m.sourcesWithData()).containsExactly("gd", "ic");
    Measurements noIc = new Measurements(m.sources(), List.of(m.sourceSummaries().get(0),
        new SourceSummary("ic", 0, 0, null, null, 0, 3, List.of())), m.series(), m.coverage(), m.unga(), m.arms(),
        m.triads(), m.files(), m.quarantine(), m.bases(), m.dedup());
    assertThat(noIc.sourcesWithData()).containsExactly("gd");
    assertThat(noIc.sourceEvents()).isEqualTo(7);
  }

  @Test
  void dyadEventsOfSeveralDyadsIsTheSumOfEach() {
    // RUS->IRN has 2 gd events in 2020-01 and RUS->USA 1 (monthWithDyadEvents)
    long irn = m.dyadEvents(Frequency.MONTH, "gd", RUS_IRN);
    long usa = m.dyadEvents(Frequency.MONTH, "gd", RUS_USA);
    assertThat(irn).isGreaterThanOrEqualTo(2);
    assertThat(usa).isGreaterThanOrEqualTo(1);
    assertThat(m.dyadEvents(Frequency.MONTH, "gd", List.of(RUS_IRN, RUS_USA))).isEqualTo(irn + usa);
    assertThat(m.dyadEvents(Frequency.MONTH, "gd", List.of())).isZero();
  }
}
