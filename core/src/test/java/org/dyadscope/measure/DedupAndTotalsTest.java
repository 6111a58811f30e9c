package org.dyadscope.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Traps 10 (de-duplication policies side by side with raw counts) and 11 (shares under an actor filter). */
class DedupAndTotalsTest {
  @TempDir Path dir;

  private static EventRow ev(String id, String date, String a1, String a2, String code, Double gold,
      String url) {
    return new EventRow("gd", id, LocalDate.parse(date), LocalDateTime.parse(date + "T00:00"),
        a1 == null ? null : a1 + "GOV", null, a1, a2 == null ? null : a2 + "GOV", null, a2, code,
        code, code.substring(0, 2), 1, gold, 1, 1.0, url, "gdelt61", "gd/a.csv", Long.parseLong(id), null);
  }

  /** Seven RUS->IRN rows of January 2020 built so that each policy gives a different count. */
  private static final List<EventRow> ROWS = List.of(
      ev("1", "2020-01-05", "RUS", "IRN", "036", 4.0, "https://a.org/1"),
      ev("2", "2020-01-05", "RUS", "IRN", "036", 4.0, "https://a.org/1"), // row 1 again, other id
      ev("3", "2020-01-05", "RUS", "IRN", "036", 4.0, "https://b.org/2"), // same day, key, other article
      ev("4", "2020-01-05", "RUS", "IRN", "040", 1.0, "https://a.org/1"), // same article, other code
      ev("5", "2020-01-06", "RUS", "IRN", "040", 1.0, "BBC Monitoring"),
      ev("6", "2020-01-06", "RUS", "IRN", "040", 1.0, "BBC Monitoring"), // citation: never merged by url
      ev("7", "2020-01-07", "RUS", "IRN", "036", null, null));

  private Store load(List<EventRow> rows, Set<String> keep) throws Exception {
    Store store = Store.open(dir.resolve("s" + System.nanoTime() + ".duckdb"));
    try (FileLoad load = store.beginFile("gd/a.csv", "gdelt", "gdelt", "gd", "sha")) {
      load.keepActors(keep);
      rows.forEach(load::event);
      load.commit(rows.size());
    }
    return store;
  }

  private static SeriesPoint point(Measurements m, Frequency f, String period) {
    return m.series(f).stream().filter(p -> p.source().equals("gd") && p.dyad().equals(new Dyad("RUS", "IRN"))
        && p.period().equals(period)).findFirst().orElseThrow();
  }

  @Test
  void eachPolicyCountsBesideTheRawCount() throws Exception {
    CaseFile c = SmallCase.caseFile(dir);
    try (Store store = load(ROWS, null)) {
      long[] expected = {7, 5, 4, 5}; // none, exact (rows 2 and 6 are copies), daily, url
      DedupPolicy[] policies = {DedupPolicy.NONE, DedupPolicy.EXACT, DedupPolicy.DAILY, DedupPolicy.URL};
      for (int i = 0; i < policies.length; i++) {
        Measurements m = Measurements.compute(c, store, policies[i]);
        SeriesPoint p = point(m, Frequency.MONTH, "2020-01");
        assertThat(p.events()).as(policies[i].id()).isEqualTo(7);
        assertThat(p.eventsDedup()).as(policies[i].id()).isEqualTo(expected[i]);
        assertThat(p.eventsNoGoldstein()).isEqualTo(1);
        assertThat(p.eventsCitation()).isEqualTo(2);
        // the blank Goldstein is left out of the mean: (4 * 3 + 1 * 3) / 6
        assertThat(p.goldsteinMean()).isEqualTo(15.0 / 6);
        assertThat(m.dedupTotals()).singleElement().isEqualTo(
            new DedupTotal("gd", new Dyad("RUS", "IRN"), 7, expected[i], 1, 2));
      }
      assertThat(DedupPolicy.of(" URL ")).isEqualTo(DedupPolicy.URL);
      assertThatThrownBy(() -> DedupPolicy.of("weekly")).hasMessageContaining("none, exact, daily, url");
    }
  }

  @Test
  void sharesUnderAnActorFilterAreSharesOfAllEventsOfTheSource() throws Exception {
    CaseFile c = SmallCase.caseFile(dir);
    List<EventRow> rows = List.of(
        ev("1", "2020-01-05", "RUS", "IRN", "036", 4.0, "https://a.org/1"),
        ev("2", "2020-01-05", "FRA", "DEU", "036", 4.0, "https://a.org/2"),
        ev("3", "2020-01-06", "BRA", "ARG", "036", 4.0, "https://a.org/3"),
        ev("4", "2020-03-01", "USA", "CHN", "036", 4.0, "https://a.org/4"),
        ev("5", "2020-03-01", "GBR", null, "036", 4.0, "https://a.org/5"));
    try (Store all = load(rows, null); Store some = load(rows, Set.of("RUS", "IRN", "USA", "CHN"))) {
      try (Statement s = some.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM events), rows_filtered,"
              + " (SELECT sum(events) FROM source_totals), (SELECT count(*) FROM source_totals) FROM provenance")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(2);
        assertThat(rs.getLong(2)).isEqualTo(3);
        assertThat(rs.getLong(3)).isEqualTo(5);
        assertThat(rs.getLong(4)).isEqualTo(3); // three event days
      }
      Measurements full = Measurements.compute(c, all);
      Measurements filtered = Measurements.compute(c, some);
      assertThat(point(filtered, Frequency.MONTH, "2020-01").share()).isEqualTo(1.0 / 3)
          .isEqualTo(point(full, Frequency.MONTH, "2020-01").share());
      assertThat(filtered.coverage(Frequency.MONTH)).isEqualTo(full.coverage(Frequency.MONTH));
      // March has events (of other dyads only): covered, with 0 RUS->IRN events, not a gap
      assertThat(point(filtered, Frequency.MONTH, "2020-03").events()).isZero();
      assertThat(point(filtered, Frequency.MONTH, "2020-02").events()).isNull();
    }
  }
}
