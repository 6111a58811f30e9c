package org.dyadscope.collect.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.dyadscope.collect.gdelt.TestGdelt;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.FileLoader;
import org.dyadscope.collect.FileResult;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.collect.icews.IcewsFileName.Kind;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.Store;
import org.dyadscope.store.StoreQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trap 9 (ICEWS keys, duplicates, file names, dates), each from a small file written here. */
class IcewsTrapsTest {
  private static final String HEADER = "Event ID\tEvent Date\tSource Name\tSource Country\tCAMEO Code"
      + "\tIntensity\tTarget Name\tTarget Country\tPublisher";

  private static IcewsTabReader reader;

  @TempDir Path tmp;

  @BeforeAll
  static void setUp() throws IOException {
    reader = new IcewsTabReader(TestGdelt.cameo(), Countries.standard());
  }

  private static String row(String id, String date, String code, String publisher) {
    return String.join("\t", id, date, "Vladimir Putin", "Russian Federation", code, "3",
        "Iran", "Iran", publisher);
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  private static RecordingSink read(Path file) throws IOException {
    RecordingSink sink = new RecordingSink();
    long rows = reader.read(file, "icews", file.getFileName().toString(), sink);
    assertThat(rows).isEqualTo(sink.events.size() + sink.quarantined.size());
    return sink;
  }

  @Test
  void sameEventIdOnTwoDatesIsOneEventWithAConflictAndCopiesAreDroppedAndCounted() throws Exception {
    Path f = write("events.2018.sample.tab", List.of(HEADER,
        row("100", "2018-06-01", "040", "Reuters"),
        row("100", "2018-06-02", "040", "Reuters"),   // same id, other date: a conflict, the first kept
        row("100", "2018-06-01", "040", "Reuters"),   // line 2 again, byte for byte
        row("100", "2018-06-01", "040", "AFP"),       // same id and date, other content: a repeat
        row("101", "2018-06-01", "040", "Reuters"),
        row("101", "2018-06-01", "040", "Reuters"))); // line 6 again

    // the reader hands on every row but exact copies; the store decides what an id is
    RecordingSink sink = read(f);
    assertThat(sink.events).extracting(EventRow::line).containsExactly(2L, 3L, 5L, 6L);
    assertThat(sink.events).extracting(e -> e.eventId() + "@" + e.eventDate())
        .containsExactly("100@2018-06-01", "100@2018-06-02", "100@2018-06-01", "101@2018-06-01");
    // a sink without a duplicate count gets them as quarantined lines naming the first copy
    assertThat(sink.quarantined).extracting(RecordingSink.Rejected::reason)
        .containsExactly("exact duplicate of line 2", "exact duplicate of line 6");

    // the store keeps the first row of each id and counts the rest: rows_read = loaded + quarantined + duplicate
    try (Store store = Store.open(tmp.resolve("s.duckdb"))) {
      FileResult r = FileLoader.load(store, reader, f, "icews/events.2018.sample.tab", "icews");
      assertThat(r.rowsRead()).isEqualTo(6);
      assertThat(r.rowsLoaded()).isEqualTo(2);
      assertThat(r.conflicts()).isEqualTo(1);
      assertThat(r.rowsQuarantined()).isZero();
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT rows_read, rows_loaded, rows_quarantined, rows_duplicate,"
              + " rows_filtered, (SELECT count(*) FROM quarantine), (SELECT count(*) FROM events"
              + " WHERE event_id = '100') FROM provenance")) {
        rs.next();
        assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            rs.getLong(6), rs.getLong(7))).containsExactly(6L, 2L, 0L, 4L, 0L, 0L, 1L);
      }
      assertThat(StoreQueries.column(store, "SELECT concat_ws(' ', event_id, file, line, event_date, kept_line,"
          + " kept_date) FROM event_conflicts")).containsExactly("100 icews/events.2018.sample.tab 3 2018-06-02 2 2018-06-01");
    }
  }

  @Test
  void fileNamesOfEveryCadenceAreRecognisedCaseInsensitively() {
    assertThat(IcewsFileName.parse("events.2018.20200427084805.tab"))
        .isEqualTo(new IcewsFileName.Parsed(Kind.YEARLY, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)));
    assertThat(IcewsFileName.parse("data/Events.1995.20150313082510.TAB.ZIP").kind()).isEqualTo(Kind.YEARLY);
    assertThat(IcewsFileName.parse("events.2018.sample.tab").kind()).isEqualTo(Kind.YEARLY);
    assertThat(IcewsFileName.parse("EVENTS.2018-06.20200427084805.tab"))
        .isEqualTo(new IcewsFileName.Parsed(Kind.MONTHLY, LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 30)));
    assertThat(IcewsFileName.parse("201902-icews-events.zip").last()).isEqualTo(LocalDate.of(2019, 2, 28));
    assertThat(IcewsFileName.parse("20181004-icews-events.zip"))
        .isEqualTo(new IcewsFileName.Parsed(Kind.DAILY_OR_WEEKLY, LocalDate.of(2018, 10, 4), LocalDate.of(2018, 10, 4)));
    assertThat(IcewsFileName.parse("20200517-ICEWS-Events.tab").kind()).isEqualTo(Kind.DAILY_OR_WEEKLY);
    assertThat(IcewsFileName.parse("20190309-icews-events-part2.tab.zip").kind()).isEqualTo(Kind.DAILY_OR_WEEKLY);
    assertThat(IcewsFileName.parse("20191332-icews-events.tab")).isNull(); // no 13th month
    assertThat(IcewsFileName.parse("20191024143000.export.CSV")).isNull();
    assertThat(IcewsFileName.parse("events.tab")).isNull();
  }

  @Test
  void monthFirstSlashDatesAreReadRight() throws IOException {
    RecordingSink sink = read(write("us.tab", List.of(HEADER, row("1", "12/1/2017", "040", "x"),
        row("2", "1/12/2017", "040", "x"), row("3", "2/29/2017", "040", "x"))));
    assertThat(sink.events).extracting(EventRow::eventDate)
        .containsExactly(LocalDate.of(2017, 12, 1), LocalDate.of(2017, 1, 12));
    assertThat(sink.quarantined).extracting(RecordingSink.Rejected::reason)
        .containsExactly("Event Date '2/29/2017' is not a m/d/yyyy date");
  }

  @Test
  void dayFirstOrTwoDigitYearFilesAreRefusedWhole() throws Exception {
    Path dayFirst = write("dmy.tab", List.of(HEADER, row("1", "6/1/2017", "040", "x"),
        row("2", "13/1/2017", "040", "x")));
    assertThatThrownBy(() -> read(dayFirst)).isInstanceOf(IOException.class)
        .hasMessageContaining("dmy.tab: line 3: Event Date '13/1/2017' puts the day first")
        .hasMessageContaining("re-export it with yyyy-MM-dd dates");
    Path shortYear = write("yy.tab", List.of(HEADER, row("1", "12/1/17", "040", "x")));
    assertThatThrownBy(() -> read(shortYear)).isInstanceOf(IOException.class)
        .hasMessageContaining("yy.tab: line 2: Event Date '12/1/17' has a 2-digit year");
    // refused whole: nothing of the file reaches the store
    try (Store store = Store.open(tmp.resolve("r.duckdb"))) {
      assertThatThrownBy(() -> FileLoader.load(store, reader, dayFirst, "dmy.tab", "icews"))
          .isInstanceOf(IOException.class);
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM provenance)")) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
    }
  }
}
