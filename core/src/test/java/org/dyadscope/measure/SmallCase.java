package org.dyadscope.measure;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.Actor;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.cases.Lookups;
import org.dyadscope.cases.Period;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;

/**
 * A hand-made case and store whose measures are worked out by hand in the tests.
 *
 * <p>Period 2020-01..2020-03 (31 + 29 + 31 = 91 days). Source {@code gd} (with tone) has events in
 * January and March, none in February (a gap); source {@code ic} (no tone) only in February. Dyads
 * RUS->IRN, IRN->RUS, RUS->USA; triad [RUS, IRN, USA].
 */
public final class SmallCase {
  private SmallCase() {}

  public static CaseFile caseFile(Path folder) {
    return new CaseFile("small", "Small test case", folder,
        List.of(new Actor("RUS", "Russia", null), new Actor("IRN", "Iran", null),
            new Actor("USA", "United States", null)),
        List.of(new Dyad("RUS", "IRN"), new Dyad("IRN", "RUS"), new Dyad("RUS", "USA")),
        List.of(List.of("RUS", "IRN", "USA")),
        new Period(YearMonth.of(2020, 1), YearMonth.of(2020, 3)),
        List.of(Frequency.MONTH, Frequency.YEAR), Lookups.defaults(),
        List.of(new SourceSpec("gd", "gdelt", List.of("gd/*.csv"), null),
            new SourceSpec("ic", "icews-tab", List.of("ic/*.tab"), null),
            new SourceSpec("unga", "unga-idealpoints", List.of("un.csv"), null),
            new SourceSpec("sipri", "sipri", List.of("sipri.csv"), null)),
        Map.of());
  }

  /**
   * A store of one GDELT 15-minute file reported on 2020-03-15: two RUS->IRN events of that day and
   * one dated 2020-01-20, a back-dated report. The file covers its reporting day only, so January is
   * a gap and its event is in no series.
   */
  public static Store lateReports(Path dir) throws SQLException {
    Store store = Store.open(dir.resolve("late.duckdb"));
    List<EventRow> rows = List.of(late("1", "2020-01-20"), late("2", "2020-03-15"), late("3", "2020-03-15"));
    try (FileLoad load = store.beginFile(LATE_FILE, "gdelt", "gdelt", "gd", "sha")) {
      rows.forEach(load::event);
      load.commit(rows.size());
    }
    return store;
  }

  /** The one file of {@link #lateReports}. */
  public static final String LATE_FILE = "gd/20200315044500.export.CSV";

  private static EventRow late(String id, String eventDate) {
    return new EventRow("gd", id, LocalDate.parse(eventDate), LocalDateTime.parse("2020-03-15T04:45"),
        "RUSGOV", null, "RUS", "IRNGOV", null, "IRN", "036", "036", "03", 1, 4.0, 1, 1.0, "https://a.org/" + id,
        "gdelt61", LATE_FILE, Long.parseLong(id), null);
  }

  /** Opens a store in {@code dir} and fills it with the hand-made rows. */
  public static Store store(Path dir) throws SQLException {
    Store store = Store.open(dir.resolve("small.duckdb"));
    try (Statement s = store.connection().createStatement()) {
      // source, id, date, a1, a2, quad, goldstein, tone, file, line
      String[][] ev = {
          {"gd", "1", "2020-01-01", "RUS", "IRN", "1", "2.0", "1.0", "gd/a.csv", "1"},
          {"gd", "2", "2020-01-01", "RUS", "IRN", "3", "-4.0", "-3.0", "gd/a.csv", "2"},
          {"gd", "3", "2020-01-02", "USA", "IRN", "1", "1.0", "0.0", "gd/a.csv", "3"},
          {"gd", "4", "2020-01-03", "RUS", "USA", "4", "-10.0", "-5.0", "gd/a.csv", "4"},
          {"gd", "5", "2020-03-10", "IRN", "RUS", "2", "NULL", "2.0", "gd/b.csv", "1"},
          {"gd", "6", "2020-03-10", "RUS", "IRN", "NULL", "3.0", "NULL", "gd/b.csv", "2"},
          {"gd", "7", "2020-03-11", "CHN", "USA", "1", "1.0", "1.0", "gd/b.csv", "3"},
          {"gd", "8", "2019-12-31", "RUS", "IRN", "1", "7.0", "1.0", "gd/a.csv", "5"},
          {"ic", "9", "2020-02-15", "RUS", "IRN", "1", "3.4", "NULL", "ic/x.tab", "2"},
          {"ic", "10", "2020-02-15", "IRN", "RUS", "1", "1.0", "NULL", "ic/x.tab", "3"},
      };
      for (String[] e : ev) {
        s.execute("INSERT INTO events (source, event_id, event_date, actor1_country, actor2_country,"
            + " quad_class, goldstein, avg_tone, file, line) VALUES ('" + e[0] + "', '" + e[1]
            + "', DATE '" + e[2] + "', '" + e[3] + "', '" + e[4] + "', " + e[5] + ", " + e[6] + ", "
            + e[7] + ", '" + e[8] + "', " + e[9] + ")");
      }
      s.execute("INSERT INTO ideal_points (iso3, session, year, ideal_point, file, line) VALUES"
          + " ('RUS', 75, 2020, -1.5, 'un.csv', 1), ('IRN', 75, 2020, -1.0, 'un.csv', 2),"
          + " ('USA', 74, 2019, 2.9, 'un.csv', 3), ('RUS', 74, 2019, -1.4, 'un.csv', 4),"
          + " ('IRN', 74, 2019, -0.9, 'un.csv', 5)");
      s.execute("INSERT INTO arms_transfers (sipri_id, supplier, recipient, supplier_name, recipient_name,"
          + " delivered_number, delivery_year, tiv_delivered, file, line) VALUES"
          + " ('A', 'RUS', 'IRN', 'Russia', 'Iran', 2, 2020, 10.5, 'sipri.csv', 1),"
          + " ('B', 'RUS', 'IRN', 'Russia', 'Iran', 1, 2020, 4.0, 'sipri.csv', 2),"
          + " ('C', 'RUS', 'IRN', 'Russia', 'Iran', 1, 2019, 8.0, 'sipri.csv', 3),"
          + " ('D', 'CHN', 'IRN', 'China', 'Iran', 1, 2020, 1.0, 'sipri.csv', 4),"
          + " ('E', 'RUS', 'IRN', 'Russia', 'Iran', NULL, NULL, NULL, 'sipri.csv', 5)");
      s.execute("INSERT INTO quarantine VALUES"
          + " ('gd/a.csv', 6, '58 fields, expected 61', 'x\ty'),"
          + " ('gd/b.csv', 4, '58 fields, expected 61', 'p\tq'),"
          + " ('ic/x.tab', 4, 'bad Event Date \"2020-02-30\"', 'z')");
      s.execute("INSERT INTO provenance (file, sha256, format, source, rows_read, rows_loaded,"
          + " rows_quarantined, rows_unresolved) VALUES"
          + " ('gd/a.csv', 'aa', 'gdelt', 'gd', 6, 5, 1, 0),"
          + " ('gd/b.csv', 'bb', 'gdelt', 'gd', 4, 3, 1, 0),"
          + " ('ic/x.tab', 'cc', 'icews-tab', 'ic', 3, 2, 1, 0),"
          + " ('un.csv', 'dd', 'unga-idealpoints', 'unga', 5, 5, 0, 0),"
          + " ('sipri.csv', 'ee', 'sipri', 'sipri', 5, 5, 0, 0)");
    }
    return store;
  }
}
