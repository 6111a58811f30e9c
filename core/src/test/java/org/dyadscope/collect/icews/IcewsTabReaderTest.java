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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyadscope.TestData;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.gdelt.TestGdelt;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcewsTabReaderTest {
  private static final String SAMPLE = "icews/events.2018.sample.tab";
  private static final String HEADER = "Event ID\tEvent Date\tSource Name\tSource Sectors\t"
      + "Source Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\t"
      + "Target Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\t"
      + "Latitude\tLongitude";

  private static IcewsTabReader reader;

  @TempDir Path tmp;

  @BeforeAll
  static void setUp() throws IOException {
    CameoTable cameo = TestGdelt.cameo();
    reader = new IcewsTabReader(cameo, Countries.standard());
  }

  private static RecordingSink read(Path file) throws IOException {
    RecordingSink sink = new RecordingSink();
    long rows = reader.read(file, "icews", "f.tab", sink);
    assertThat(rows).isEqualTo(sink.events.size() + sink.quarantined.size());
    return sink;
  }

  @Test
  void loadsSampleIntoStoreWithRussiaIranDyads() throws Exception {
    Path data = TestData.file(SAMPLE);
    try (Store store = Store.open(tmp.resolve("case.duckdb"))) {
      try (FileLoad load = store.beginFile(SAMPLE, "icews-tab", "icews-tab", "icews", "sha")) {
        long rows = reader.read(data, "icews", SAMPLE, load);
        assertThat(rows).isEqualTo(3705);
        assertThat(load.quarantined()).isZero();
        // every country name in the sample maps; only the 368 rows naming no country are unresolved
        assertThat(load.unresolved()).isEqualTo(368);
        load.commit(rows);
      }
      try (Statement s = store.connection().createStatement()) {
        assertThat(count(s, "actor1_country = 'RUS' AND actor2_country = 'IRN'")).isEqualTo(2);
        assertThat(count(s, "actor1_country = 'IRN' AND actor2_country = 'RUS'")).isEqualTo(2);
        assertThat(count(s, "actor1_country = 'RUS'")).isEqualTo(176);
        // the event's Country (a name) by the same name table: all but the 2 rows with NA map
        assertThat(count(s, "action_country IS NULL")).isEqualTo(2);
        assertThat(count(s, "action_country = 'IND'")).isEqualTo(708);
        assertThat(count(s, "event_date = DATE '2018-06-01'")).isEqualTo(2359);
        assertThat(count(s, "event_date = DATE '2018-06-02'")).isEqualTo(1346);
        assertThat(count(s, "schema_flag = 'icews-tab' AND event_code LIKE event_base || '%'"
            + " AND event_base LIKE event_root || '%' AND quad_class BETWEEN 1 AND 4"))
            .isEqualTo(3705);
        ResultSet r = s.executeQuery("SELECT avg(goldstein), count(DISTINCT event_id) FROM events");
        r.next();
        assertThat(r.getDouble(1)).isCloseTo(0.037355, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.getLong(2)).isEqualTo(3705);
      }
    }
  }

  private static long count(Statement s, String where) throws Exception {
    ResultSet r = s.executeQuery("SELECT count(*) FROM events WHERE " + where);
    r.next();
    return r.getLong(1);
  }

  @Test
  void mapsOneKnownRowFully() throws IOException {
    // line 690: Russia -> Iran, "Engage in diplomatic cooperation", 050, intensity 3.5
    EventRow e = read(TestData.file(SAMPLE)).events.stream()
        .filter(r -> r.eventId().equals("32891652")).findFirst().orElseThrow();
    assertThat(e.line()).isEqualTo(690);
    assertThat(e.eventDate()).isEqualTo(LocalDate.of(2018, 6, 1));
    assertThat(e.dateAdded()).isNull();
    assertThat(e.actor1Code()).isEqualTo("Russia");
    assertThat(e.actor1Name()).isEqualTo("Russia");
    assertThat(e.actor1Country()).isEqualTo("RUS");
    assertThat(e.actor2Name()).isEqualTo("Iran");
    assertThat(e.actor2Country()).isEqualTo("IRN");
    assertThat(e.eventCode()).isEqualTo("050");
    assertThat(e.eventBase()).isEqualTo("050");
    assertThat(e.eventRoot()).isEqualTo("05");
    assertThat(e.quadClass()).isEqualTo(1);
    assertThat(e.goldstein()).isEqualTo(3.5);
    assertThat(e.numMentions()).isNull();
    assertThat(e.avgTone()).isNull();
    assertThat(e.sourceUrl()).isNull();
    assertThat(e.schemaFlag()).isEqualTo("icews-tab");
    assertThat(e.source()).isEqualTo("icews");
  }

  @Test
  void fourDigitCodesKeepTheirLeadingZero() throws IOException {
    List<EventRow> events = read(TestData.file(SAMPLE)).events;
    assertThat(events).filteredOn(e -> e.eventCode().equals("0241")).hasSize(6)
        .allSatisfy(e -> {
          assertThat(e.eventBase()).isEqualTo("024");
          assertThat(e.eventRoot()).isEqualTo("02");
        });
  }

  @Test
  void restoresLeadingZerosOnlyWhenUnambiguous() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add(row("1", "2018-06-01", "40", "1"));    // 040
    lines.add(row("2", "2018-06-01", "10", "0"));    // 010: ICEWS has no root-level code 10
    lines.add(row("3", "2018-06-01", "241", "-1"));  // 0241: there is no root 24
    lines.add(row("4", "2018-06-01", "100", "-5"));  // a real 3-digit code stays
    lines.add(row("5", "2018-06-01", "04", "1"));    // a root: ICEWS never codes at root level
    lines.add(row("6", "2018-06-01", "01O", "1"));
    lines.add(row("7", "2018-06-01", "999", "1"));
    RecordingSink sink = read(write("codes.tab", lines));

    assertThat(sink.events).extracting(EventRow::eventCode)
        .containsExactly("040", "010", "0241", "100");
    assertThat(sink.events).extracting(EventRow::eventRoot).containsExactly("04", "01", "02", "10");
    assertThat(sink.events).extracting(EventRow::quadClass).containsExactly(1, 1, 1, 3);
    assertThat(sink.quarantined).extracting(RecordingSink.Rejected::line).containsExactly(6L, 7L, 8L);
    assertThat(sink.quarantined).extracting(RecordingSink.Rejected::reason).containsExactly(
        "CAMEO code '04' has 2 digits; ICEWS codes events with 3 or 4",
        "CAMEO code '01O' not in the CAMEO table",
        "CAMEO code '999' not in the CAMEO table");
  }

  @Test
  void datesAreIsoOrUsButNeverMixed() throws IOException {
    RecordingSink us = read(write("us.tab", List.of(HEADER,
        row("1", "6/1/2018", "040", "1"), row("2", "12/31/2018", "040", "1"),
        row("3", "2018-06-01", "040", "1"), row("4", "6/31/2018", "040", "1"))));
    assertThat(us.events).extracting(EventRow::eventDate)
        .containsExactly(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 12, 31));
    assertThat(us.quarantined).extracting(RecordingSink.Rejected::reason).containsExactly(
        "Event Date '2018-06-01' is yyyy-MM-dd but this file's dates are m/d/yyyy (from line 2);"
            + " a file must use one date format",
        "Event Date '6/31/2018' is not a m/d/yyyy date");

    RecordingSink iso = read(write("iso.tab", List.of(HEADER,
        row("1", "2018-02-30", "040", "1"), row("2", "2018-06-01", "040", "1"),
        row("3", "6/1/2018", "040", "1"), row("4", "NA", "040", "1"))));
    assertThat(iso.events).extracting(EventRow::line).containsExactly(3L);
    assertThat(iso.quarantined).extracting(RecordingSink.Rejected::reason).containsExactly(
        "Event Date '2018-02-30' is not a yyyy-MM-dd date",
        "Event Date '6/1/2018' is m/d/yyyy but this file's dates are yyyy-MM-dd (from line 3);"
            + " a file must use one date format",
        "Event Date is missing");
  }

  @Test
  void missingValuesAndBadRows() throws IOException {
    RecordingSink sink = read(write("na.tab", List.of(HEADER,
        row("1", "2018-06-01", "040", "NA"),
        row("2", "2018-06-01", "040", "strong"),
        row("NA", "2018-06-01", "040", "1"),
        row("4", "2018-06-01", "040", "1").substring(0, 40),
        row("5", "2018-06-01", "040", "1").replace("Russian Federation", "Atlantis"))));
    assertThat(sink.events).extracting(EventRow::eventId).containsExactly("1", "5");
    assertThat(sink.events.get(0).goldstein()).isNull();
    assertThat(sink.events.get(0).actor1Country()).isEqualTo("RUS");
    assertThat(sink.events.get(0).actor2Country()).isNull(); // Target Country "" is missing
    assertThat(sink.events.get(0).actor2Name()).isNull();    // Target Name "NA"
    assertThat(sink.events.get(1).actor1Country()).isNull(); // unknown name: loaded, unresolved
    assertThat(sink.quarantined).extracting(RecordingSink.Rejected::reason).containsExactly(
        "Intensity 'strong' is not a number",
        "Event ID is missing",
        "5 fields, expected 20 as in the header row");
  }

  @Test
  void bindsColumnsByNameAndNamesAMissingOne() throws IOException {
    // reordered columns: Event Date first
    String reordered = "Event Date\tEvent ID\tSource Name\tSource Country\tCAMEO Code\tIntensity"
        + "\tTarget Name\tTarget Country";
    RecordingSink sink = read(write("reordered.tab", List.of(reordered,
        "2018-06-02\t77\tIran\tIran\t0241\t-2\tRussia\tRussian Federation")));
    assertThat(sink.events).singleElement().satisfies(e -> {
      assertThat(e.eventId()).isEqualTo("77");
      assertThat(e.eventDate()).isEqualTo(LocalDate.of(2018, 6, 2));
      assertThat(e.actor2Country()).isEqualTo("RUS");
      assertThat(e.eventCode()).isEqualTo("0241");
    });

    Path noCode = write("nocode.tab", List.of(HEADER.replace("CAMEO Code", "Code")));
    assertThatThrownBy(() -> read(noCode)).isInstanceOf(IOException.class)
        .hasMessageContaining("nocode.tab").hasMessageContaining("'CAMEO Code'");
    Path empty = write("empty.tab", List.of());
    assertThatThrownBy(() -> read(empty)).isInstanceOf(IOException.class)
        .hasMessageContaining("empty.tab");
  }

  @Test
  void zippedSampleReadsIdentically() throws IOException {
    Path plain = TestData.file(SAMPLE);
    Path zip = tmp.resolve("events.2018.sample.tab.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("events.2018.sample.tab"));
      Files.copy(plain, z);
      z.closeEntry();
    }
    assertThat(read(zip).events).hasSize(3705).isEqualTo(read(plain).events);
  }

  /** A full 20-column row: Russia -> a target with no country, on the given date and code. */
  private static String row(String id, String date, String code, String intensity) {
    return String.join("\t", id, date, "Russia", "NA", "Russian Federation", "Consult", code,
        intensity, "NA", "NA", "", "1", "1", "Reuters", "Moscow", "NA", "Moskva", "Russian Federation",
        "55.75", "37.62");
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }
}
