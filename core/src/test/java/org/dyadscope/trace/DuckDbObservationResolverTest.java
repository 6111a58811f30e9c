package org.dyadscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver on a small read-only store: three RUS->IRN arms rows and two events. */
class DuckDbObservationResolverTest {
  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void fill() throws Exception {
    Path file = dir.resolve("small.duckdb");
    try (Store s = Store.open(file); Statement st = s.connection().createStatement()) {
      st.execute("INSERT INTO arms_transfers (sipri_id, supplier, recipient, supplier_name, recipient_name,"
          + " designation, delivered_number, delivery_year, tiv_delivered, file, line) VALUES"
          + " ('1', 'RUS', 'IRN', 'Russia', 'Iran', 'S-300PMU2', 4, 2016, 220, 'sipri.csv', 1),"
          + " ('2', 'RUS', 'IRN', 'Russia', 'Iran', '48N6', 150, 2016, 165, 'sipri.csv', 2),"
          + " ('3', 'RUS', 'IRN', 'Russia', 'Iran', 'Konkurs', 50, 2017, 1, 'sipri.csv', 3)");
      st.execute("INSERT INTO events (source, event_id, event_date, actor1_country, actor2_country, quad_class,"
          + " goldstein, file, line) VALUES ('x', '1', DATE '2021-03-01', 'IRN', 'RUS', 1, 3.0, 'x', 1),"
          + " ('x', '2', DATE '2021-04-01', 'IRN', 'RUS', 4, -9.0, 'x', 2)");
    }
    store = Store.openReadOnly(file);
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  private static EvidenceItem item(String id, String sql, String test) {
    return new EvidenceItem(id, "item " + id, SourceCitation.of("store"), new Observation.Query(sql, Threshold.parse(test)),
        Map.of("H1", Likelihood.explicit(0.9), "H2", Likelihood.explicit(0.3)), null);
  }

  private static Observed resolve(DuckDbObservationResolver r, EvidenceItem e) throws TraceException {
    return r.resolve(e, (Observation.Query) e.observation());
  }

  @Test
  void countsAndSumsAreJudgedWithTheThreshold() throws Exception {
    DuckDbObservationResolver r = new DuckDbObservationResolver(store.connection());
    assertThat(resolve(r, item("E1", "SELECT count(*) FROM arms_transfers WHERE designation LIKE 'S-300%'"
        + " AND delivery_year = 2016", ">= 1"))).isEqualTo(Observed.PRESENT);
    assertThat(resolve(r, item("E2", "SELECT sum(tiv_delivered) FROM arms_transfers WHERE delivery_year = 2016",
        "> 400"))).isEqualTo(Observed.ABSENT);
    assertThat(resolve(r, item("E3", "SELECT avg(goldstein) FROM events WHERE actor1_country = 'IRN'", "< 0")))
        .isEqualTo(Observed.PRESENT);
    assertThat(resolve(r, item("E4", "SELECT count(*) > 0 FROM events WHERE quad_class = 4", "== 1")))
        .isEqualTo(Observed.PRESENT);
    assertThat(r.values()).containsEntry("E1", 1.0).containsEntry("E2", 385.0).containsEntry("E4", 1.0);
    assertThat(r.values().get("E3")).isCloseTo(-3.0, within(1e-12));
  }

  @Test
  void noRowOrNullIsUnavailableNeverEvidence() throws Exception {
    DuckDbObservationResolver r = new DuckDbObservationResolver(store.connection());
    assertThat(resolve(r, item("E1", "SELECT tiv_delivered FROM arms_transfers WHERE delivery_year = 2030", ">= 1")))
        .isEqualTo(Observed.UNAVAILABLE);
    assertThat(resolve(r, item("E2", "SELECT avg(goldstein) FROM events WHERE actor1_country = 'CHN'", "< 0")))
        .isEqualTo(Observed.UNAVAILABLE);
    assertThat(r.values()).containsEntry("E1", null).containsEntry("E2", null);
  }

  @Test
  void errorsNameTheEvidenceAndTheProblem() {
    DuckDbObservationResolver r = new DuckDbObservationResolver(store.connection());
    assertThatThrownBy(() -> resolve(r, item("E7", "SELECT count(*) FROM no_such_table", ">= 1")))
        .isInstanceOf(TraceException.class)
        .hasMessageContaining("evidence E7: the observation query failed")
        .hasMessageContaining("no_such_table");
    assertThatThrownBy(() -> resolve(r, item("E8", "SELECT delivery_year FROM arms_transfers", ">= 1")))
        .hasMessageContaining("evidence E8").hasMessageContaining("more than one row");
    assertThatThrownBy(() -> resolve(r, item("E9", "SELECT 1, 2", ">= 1")))
        .hasMessageContaining("evidence E9").hasMessageContaining("2 columns");
    assertThatThrownBy(() -> resolve(r, item("E10", "SELECT 'many'", ">= 1")))
        .hasMessageContaining("evidence E10").hasMessageContaining("not a number");
    // the store is read-only: a write is a query error, not a change
    assertThatThrownBy(() -> resolve(r, item("E11", "DELETE FROM events", ">= 1")))
        .hasMessageContaining("evidence E11");
  }

  @Test
  void engineSkipsUnavailableItems() throws Exception {
    List<Hypothesis> hs = List.of(new Hypothesis("H1", "", 0.5, ""), new Hypothesis("H2", "", 0.5, ""));
    List<EvidenceItem> items = List.of(
        item("E1", "SELECT count(*) FROM arms_transfers WHERE designation LIKE 'S-300%'", ">= 1"),
        item("E2", "SELECT max(tiv_delivered) FROM arms_transfers WHERE delivery_year = 2030", ">= 1"));
    Trace t = TraceEngine.run(hs, items, List.of(), new DuckDbObservationResolver(store.connection()));
    assertThat(t.entries()).extracting(Entry::id).containsExactly("E1");
    assertThat(t.unavailable()).containsExactly("E2");
    // 0.5·0.9 / (0.5·0.9 + 0.5·0.3) = 0.75
    assertThat(t.posterior("H1")).isCloseTo(0.75, within(1e-12));
    assertThat(t.trail()).hasSize(2 * 2);
  }

  @Test
  void aQueryThatWouldWriteIsRefusedAndTheStoreIsUntouched(@TempDir Path writable) throws Exception {
    try (Store w = Store.open(writable.resolve("w.duckdb")); Statement st = w.connection().createStatement()) {
      st.execute("INSERT INTO events (source, event_id, event_date, file, line) VALUES ('x', '1', DATE '2021-03-01', 'x', 1)");
      DuckDbObservationResolver r = new DuckDbObservationResolver(w.connection());
      assertThatThrownBy(() -> resolve(r, item("E9", "DELETE FROM events", ">= 1")))
          .isInstanceOf(TraceException.class)
          .hasMessageStartingWith("evidence E9: the observation query is not a SELECT statement; an evidence query may only read");
      try (var rs = st.executeQuery("SELECT count(*) FROM events")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(1);
      }
    }
  }
}
