package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.measure.SmallCase;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unresolved entities of a hand-made TKG load, worked out by hand. */
class UnresolvedEntitiesTest {
  @TempDir Path tmp;

  private static EventRow row(int line, String date, String n1, String c1, String n2, String c2) {
    return new EventRow("tk", "train.txt:" + line, LocalDate.parse(date), null, n1, n1, c1, n2, n2, c2, "036", "036",
        "03", 1, 4.0, null, null, null, "tkg-names", "tk/train.txt", line, null);
  }

  @Test
  void theMostFrequentUnresolvedEntityAndTheDyadItCouldChangeMost() throws Exception {
    // case RUS->IRN, IRN->RUS, RUS->USA over 2020-01..2020-03
    CaseFile c = SmallCase.caseFile(tmp);
    List<EventRow> rows = new ArrayList<>();
    rows.add(row(1, "2020-01-05", "Donald Trump", null, "Iran", "IRN"));
    rows.add(row(2, "2020-01-06", "Donald Trump", null, "Iran", "IRN"));
    rows.add(row(3, "2020-02-06", "Donald Trump", null, "Iran", "IRN"));
    rows.add(row(4, "2020-02-07", "Russia", "RUS", "Donald Trump", null));
    rows.add(row(5, "2020-02-07", "Russia", "RUS", "Iran", "IRN"));
    rows.add(row(6, "2020-03-07", "Russia", "RUS", "Iran", "IRN"));
    rows.add(row(7, "2020-03-08", "Unspecified Actor", null, "Zeta", null));
    rows.add(row(8, "2019-12-31", "Donald Trump", null, "Iran", "IRN")); // before the case period
    try (Store store = Store.open(tmp.resolve("u.duckdb"))) {
      try (FileLoad load = store.beginFile("tk/train.txt", "tkg", null, "tk", "sha")) {
        rows.forEach(load::event);
        load.commit(rows.size());
      }
      // Zeta has no country by definition here; the others may belong to a state
      UnresolvedEntities.store(c, store, e -> e.equals("Zeta") ? "IGOZZZ" : null);
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT entity, rows_unresolved, entity_rank, dyad, dyad_events, could_add,"
              + " max_change FROM unresolved_entities WHERE entity = 'Donald Trump' ORDER BY seq")) {
        // RUS->IRN: 3 rows as subject against IRN + 1 as object of RUS = 4 over its 2 events
        Object[][] expected = {{"RUS->IRN", 2L, 4L, 2.0}, {"IRN->RUS", 0L, 0L, null}, {"RUS->USA", 0L, 1L, null}};
        for (Object[] e : expected) {
          r.next();
          assertThat(r.getLong(2)).isEqualTo(4);
          assertThat(r.getInt(3)).isEqualTo(1);
          assertThat(r.getString(4)).isEqualTo(e[0]);
          assertThat(r.getLong(5)).isEqualTo(e[1]);
          assertThat(r.getLong(6)).isEqualTo(e[2]);
          assertThat(r.getObject(7)).isEqualTo(e[3]);
        }
        assertThat(r.next()).isFalse();
      }
      List<UnresolvedEntities.Entity> top = UnresolvedEntities.read(store, 10);
      assertThat(top).extracting(UnresolvedEntities.Entity::entity).containsExactly("Donald Trump");
      assertThat(top.get(0).describe()).isEqualTo("Donald Trump: 4 rows of tk; RUS->IRN could change by up to 200%");
      try (Statement s = store.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT entity, entity_rank, rows_unresolved, sum(could_add), non_state_code FROM unresolved_entities"
              + " WHERE entity <> 'Donald Trump' GROUP BY ALL ORDER BY non_state_code NULLS FIRST, entity_rank")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("Unspecified Actor");
        assertThat(r.getInt(2)).isEqualTo(2);
        assertThat(r.getLong(4)).isZero(); // its row names no case actor: it could change no dyad
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("Zeta");
        assertThat(r.getInt(2)).isEqualTo(1); // ranked apart, first of its kind
        assertThat(r.next()).isFalse();
      }
      assertThat(UnresolvedEntities.readNonState(store, 10))
          .containsExactly(new UnresolvedEntities.NonStateEntity("Zeta", "IGOZZZ", 1));
    }
  }
}
