package org.dyadscope.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearlyMeasureTest {
  @TempDir Path dir;

  /**
   * Two event sets: in 2020 set b has more CHN->RUS events (40 against 35) and wins; in 2021 only set
   * a has 30 or more; in 2022 no set reaches 30. RUS->CHN has 10 events of set b in 2020.
   */
  private Store store() throws Exception {
    Store store = Store.open(dir.resolve("case.duckdb"));
    try (Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO event_series (frequency, source, dyad, period, events, share, goldstein_mean, quad1,"
          + " quad2, quad3, quad4, events_no_goldstein, seq) VALUES"
          + " ('year', 'a', 'CHN->RUS', '2020', 35, 0.01, 2.0, 0.5, 0.1, 0.3, 0.1, 0, 1),"
          + " ('year', 'b', 'CHN->RUS', '2020', 40, 0.02, 4.0, 0.6, 0.2, 0.2, 0.0, 0, 2),"
          + " ('year', 'b', 'RUS->CHN', '2020', 10, 0.005, -2.0, 0.1, 0.1, 0.4, 0.4, 0, 3),"
          + " ('year', 'a', 'CHN->RUS', '2021', 30, 0.03, 1.0, 0.25, 0.25, 0.25, 0.25, 10, 4),"
          + " ('year', 'a', 'CHN->RUS', '2022', 29, 0.03, 1.0, 0.25, 0.25, 0.25, 0.25, 0, 5),"
          + " ('month', 'a', 'CHN->RUS', '2020-01', 100, 0.5, 9.0, 1, 0, 0, 0, 0, 6)");
      s.execute("INSERT INTO unga_distance VALUES ('CHN-RUS', 75, 2020, 0.25, 1), ('CHN-RUS', 76, 2021, 0.5, 2)");
      s.execute("INSERT INTO arms_tiv VALUES ('RUS', 'CHN', 2020, 100, 2, 1), ('CHN', 'RUS', 2020, 5, 1, 2),"
          + " ('RUS', 'CHN', 2021, 0, 0, 3)");
    }
    return store;
  }

  private static Map<Integer, Double> series(Store store, String sql) throws Exception {
    Map<Integer, Double> out = new LinkedHashMap<>();
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getDouble(2));
      }
    }
    return out;
  }

  private static Double one(Store store, String sql) throws Exception {
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      double v = rs.getDouble(1);
      return rs.wasNull() ? null : v;
    }
  }

  @Test
  void eachYearReadsTheEventSetWithTheMostEventsOfTheDyad() throws Exception {
    try (Store store = store()) {
      // 2020: set b (40 events): 0.6 + 0.2 - 0.2 - 0.0; 2021: set a; 2022: 29 events, under 30
      assertThat(series(store, YearlyMeasure.parse("cooperation_balance", "CHN->RUS", null).sql()))
          .containsExactly(Map.entry(2020, 0.6000000000000001), Map.entry(2021, 0.0));
      assertThat(series(store, YearlyMeasure.parse("events", "CHN->RUS", 29).sql()))
          .containsExactly(Map.entry(2020, 40.0), Map.entry(2021, 30.0), Map.entry(2022, 29.0));
      // the 10 events without a Goldstein score are not in its mean's weight, but one set's mean is its own
      assertThat(series(store, YearlyMeasure.parse("goldstein_mean", "CHN->RUS", null).sql()))
          .containsExactly(Map.entry(2020, 4.0), Map.entry(2021, 1.0));
    }
  }

  @Test
  void bothWaysPoolsTheDirectionsWeightedByEvents() throws Exception {
    try (Store store = store()) {
      // set b 2020: 40 events at 4.0 and 10 at -2.0 -> (160 - 20) / 50; conflict (0.2*40 + 0.8*10) / 50
      Map<Integer, Double> g = series(store, YearlyMeasure.parse("goldstein_mean", "CHN<->RUS", null).sql());
      assertThat(g.get(2020)).isCloseTo(2.8, within(1e-12));
      Map<Integer, Double> c = series(store, YearlyMeasure.parse("conflict", "RUS<->CHN", null).sql());
      assertThat(c.get(2020)).isCloseTo(0.32, within(1e-12));
      assertThat(series(store, YearlyMeasure.parse("share", "CHN<->RUS", null).sql()).get(2020))
          .isCloseTo(0.025, within(1e-12));
    }
  }

  @Test
  void ungaAndArmsReadTheirTables() throws Exception {
    try (Store store = store()) {
      assertThat(series(store, YearlyMeasure.parse("unga_distance", "RUS->CHN", null).sql()))
          .containsExactly(Map.entry(2020, 0.25), Map.entry(2021, 0.5));
      assertThat(series(store, YearlyMeasure.parse("arms_tiv", "RUS->CHN", null).sql()))
          .containsExactly(Map.entry(2020, 100.0), Map.entry(2021, 0.0));
      assertThat(series(store, YearlyMeasure.parse("arms_deals", "RUS<->CHN", null).sql()))
          .containsExactly(Map.entry(2020, 3.0), Map.entry(2021, 0.0));
    }
  }

  @Test
  void aggregatesOverYearsAreNullWithoutData() throws Exception {
    try (Store store = store()) {
      YearlyMeasure m = YearlyMeasure.parse("unga_distance", "CHN<->RUS", null);
      assertThat(one(store, m.aggregateSql("mean", 2020, 2021))).isCloseTo(0.375, within(1e-12));
      assertThat(one(store, m.aggregateSql("sum", 2020, 2021))).isCloseTo(0.75, within(1e-12));
      assertThat(one(store, m.aggregateSql("mean", 2012, 2014))).isNull();
    }
  }

  @Test
  void badMeasuresDyadsAndPeriodsAreRefusedWithTheFix() {
    assertThatThrownBy(() -> YearlyMeasure.parse("goldstien_mean", "CHN->RUS", null))
        .hasMessageStartingWith("unknown measure 'goldstien_mean'; use one of arms_deals, arms_tiv,");
    assertThatThrownBy(() -> YearlyMeasure.parse("events", "CHN-RUS", null)).hasMessageContaining("e.g. RUS->IRN");
    // a typo in an actor code is refused at load, with the nearest code, instead of reading no rows
    assertThatThrownBy(() -> YearlyMeasure.parse("events", "USA->CNH", null))
        .hasMessageStartingWith("unknown actor code CNH in dyad 'USA->CNH', did you mean 'CHN'?");
    assertThatThrownBy(() -> YearlyMeasure.parse("events", "CHN->CHN", null)).hasMessageContaining("two different");
    assertThatThrownBy(() -> YearlyMeasure.parse("events", "CHN->RUS", 0)).hasMessageContaining("min_events 0");
    assertThat(YearlyMeasure.years("2014..2018")).containsExactly(2014, 2018);
    assertThat(YearlyMeasure.years("2019")).containsExactly(2019, 2019);
    assertThatThrownBy(() -> YearlyMeasure.years("2018..2014")).hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> YearlyMeasure.years("2014-01..2018")).hasMessageContaining("YYYY..YYYY");
  }
}
