package org.dyadscope.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyadscope.store.StoreQueries.column;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.store.ResultTables;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measure stage's tables on {@link SmallCase}: what is stored, and that reading them gives the measures back. */
class MeasureTablesTest {
  @TempDir Path dir;

  @Test
  void readingTheTablesGivesBackTheMeasuresStoredGapsIncluded() throws Exception {
    CaseFile c = SmallCase.caseFile(dir);
    try (Store store = SmallCase.store(dir)) {
      Measurements m = MeasureTables.measure(c, store, DedupPolicy.EXACT);
      Measurements read = MeasureTables.read(c, store);
      assertThat(read).isEqualTo(m);
      // gd reported nothing in 2020-02: a gap, not stored, read back as a point without values
      assertThat(read.series(Frequency.MONTH)).filteredOn(p -> p.source().equals("gd") && p.period().equals("2020-02"))
          .hasSize(3).allMatch(p -> p.events() == null && p.share() == null && p.eventsDedup() == null);
      assertThat(read.dedup()).isEqualTo(DedupPolicy.EXACT);
    }
  }

  @Test
  void seriesAndCoverageAreTidyWithAFrequencyColumnAndNoGapRows() throws Exception {
    CaseFile c = SmallCase.caseFile(dir);
    try (Store store = SmallCase.store(dir)) {
      MeasureTables.measure(c, store, DedupPolicy.DAILY);
      // gd covers 2020-01 and 2020-03, ic 2020-02: 3 covered source-months × 3 dyads; one covered year each
      assertThat(column(store, "SELECT frequency || ' ' || count(*) FROM event_series GROUP BY frequency ORDER BY frequency"))
          .containsExactly("month 9", "year 6");
      assertThat(column(store, "SELECT count(*) FROM event_series WHERE source = 'gd' AND period = '2020-02'"))
          .containsExactly("0");
      // RUS->IRN in 2020-01 (gd): ids 1 and 2, Goldstein 2 and −4, QuadClass 1 and 3
      assertThat(column(store, "SELECT concat_ws(' ', events, goldstein_mean, goldstein_sum, quad1, quad3, dedup_policy)"
          + " FROM event_series WHERE frequency = 'month' AND source = 'gd' AND dyad = 'RUS->IRN' AND period = '2020-01'"))
          .containsExactly("2 -1.0 -2.0 0.5 0.5 daily");
      // a yearly row is the sum of its monthly rows
      assertThat(column(store, "SELECT count(*) FROM (SELECT source, dyad, left(period, 4) AS y, sum(events) AS n"
          + " FROM event_series WHERE frequency = 'month' GROUP BY ALL) m JOIN event_series e"
          + " ON e.frequency = 'year' AND e.source = m.source AND e.dyad = m.dyad AND e.period = m.y AND e.events = m.n"))
          .containsExactly("6");
      assertThat(column(store, "SELECT concat_ws(' ', frequency, period, covered, active_days, days) FROM coverage"
          + " WHERE source = 'gd' ORDER BY seq")).containsExactly("month 2020-01 0.0967741935483871 3 31",
          "month 2020-02 0.0 0 29", "month 2020-03 0.06451612903225806 2 31", "year 2020 0.054945054945054944 5 91");
      assertThat(column(store, "SELECT concat_ws(' ', supplier, recipient, year, tiv_delivered, deals) FROM arms_tiv"
          + " WHERE tiv_delivered > 0 ORDER BY seq")).containsExactly("RUS IRN 2020 14.5 2");
      assertThat(column(store, "SELECT count(*) FROM triads")).containsExactly(String.valueOf(2 * 6));
    }
  }

  @Test
  void measuringAgainReplacesTheRowsInsteadOfAddingToThem() throws Exception {
    CaseFile c = SmallCase.caseFile(dir);
    try (Store store = SmallCase.store(dir)) {
      MeasureTables.measure(c, store, DedupPolicy.DAILY);
      MeasureTables.measure(c, store, DedupPolicy.DAILY);
      assertThat(column(store, "SELECT count(*) FROM event_series")).containsExactly("15");
      assertThat(column(store, "SELECT count(*) FROM coverage")).containsExactly(String.valueOf(2 * 3 + 2));
    }
  }

  @Test
  void aColumnTheSchemaLacksIsRefusedAndTheTableLeftAsItWas() throws Exception {
    CaseFile c = SmallCase.caseFile(dir);
    try (Store store = SmallCase.store(dir)) {
      MeasureTables.measure(c, store, DedupPolicy.DAILY);
      assertThatThrownBy(() -> ResultTables.replace(store, "arms_tiv", List.of("supplier", "tiv"),
          List.of(ResultTables.row("RUS", 1.0))))
          .isInstanceOf(SQLException.class).hasMessageStartingWith("arms_tiv: could not store")
          .hasMessageContaining("schema.sql");
      assertThat(column(store, "SELECT count(*) FROM arms_tiv")).containsExactly(String.valueOf(3 * 1));
    }
  }

  @Test
  void theReportsDerivedFiguresAreMeasures() throws Exception {
    CaseFile c = SmallCase.caseFile(dir);
    try (Store store = SmallCase.store(dir)) {
      Measurements m = MeasureTables.measure(c, store, DedupPolicy.DAILY);
      // gd RUS->IRN: ids 1 and 2 (same day, same actors, no event code) count once, id 6 apart: 2 of 3 kept
      DedupTotal t = m.dedupTotals().stream().filter(d -> d.source().equals("gd") && d.dyad().equals(new Dyad("RUS", "IRN")))
          .findFirst().orElseThrow();
      assertThat(List.of(t.events(), t.eventsDedup(), t.keptPercent())).containsExactly(3L, 2L, 67L);
      assertThat(new DedupTotal("gd", t.dyad(), 0, 0, 0, 0).keptPercent()).isNull();
      assertThat(m.dyadEventsUncovered()).isZero();
      // SIPRI rows A and B deliver to RUS->IRN in 2020, C in 2019 is outside the case period
      assertThat(m.basisRows(SeriesId.arms(new Dyad("RUS", "IRN")))).isEqualTo(2);
    }
    try (Store late = SmallCase.lateReports(dir)) {
      // the RUS->IRN event of 2020-01-20 reported in a file of 2020-03-15
      assertThat(MeasureTables.measure(c, late, DedupPolicy.DAILY).dyadEventsUncovered()).isEqualTo(1);
    }
  }

  @Test
  void oneFlowMoreThanFiveTimesEveryOtherDominates() {
    Dyad rusIrn = new Dyad("RUS", "IRN");
    Dyad chnIrn = new Dyad("CHN", "IRN");
    Dyad usaIrn = new Dyad("USA", "IRN");
    List<ArmsFlow> flows = List.of(new ArmsFlow("RUS", "IRN", 2019, 10, 1), new ArmsFlow("RUS", "IRN", 2020, 2, 1),
        new ArmsFlow("CHN", "IRN", 2019, 1, 1), new ArmsFlow("CHN", "IRN", 2020, 1.25, 1),
        new ArmsFlow("USA", "IRN", 2019, 0, 0), new ArmsFlow("USA", "IRN", 2020, 0, 0));
    ArmsTotals t = ArmsTotals.of(flows);
    assertThat(t.totals()).containsExactly(org.assertj.core.api.Assertions.entry(rusIrn, 12.0),
        org.assertj.core.api.Assertions.entry(chnIrn, 2.25));
    assertThat(t.none()).containsExactly(usaIrn);
    assertThat(t.dominant()).isEqualTo(rusIrn); // 12 > 5 × 2.25
    List<ArmsFlow> closer = new ArrayList<>(flows);
    closer.add(new ArmsFlow("CHN", "IRN", 2021, 0.25, 1)); // 12 = 5 × 2.4 is not more than five times
    assertThat(ArmsTotals.of(closer).dominant()).isNull();
    assertThat(ArmsTotals.of(flows.subList(0, 2)).dominant()).as("a flow alone dominates nothing").isNull();
  }
}
