package org.dyadscope.collect.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.TestData;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltReaderTest {
  private static final String V2_2019 = "gdelt/v2_export/20191024143000.export.CSV";
  private static final String V2_2018 = "gdelt/v2_export/20180326044500.export.CSV";

  @TempDir Path tmp;

  private static RecordingSink read(Path file) throws IOException {
    RecordingSink sink = new RecordingSink();
    long rows = TestGdelt.reader().read(file, "gdelt2", "f.CSV", sink);
    assertThat(rows).isEqualTo(sink.events.size() + sink.quarantined.size());
    return sink;
  }

  @Test
  void cameoTableFacts() {
    assertThat(TestGdelt.cameo().isKnown("010")).isTrue();
    assertThat(CameoTable.root("010")).isEqualTo("01");
    assertThat(CameoTable.quadClass(CameoTable.root("010"))).isEqualTo(1);
    assertThat(TestGdelt.cameo().goldstein("010")).isEqualTo(0.0);
    assertThat(TestGdelt.cameo().isKnown("01O")).isFalse();
  }

  @Test
  void loads2019FileIntoStoreWithTheIranRussiaEvents() throws Exception {
    Path data = TestData.file(V2_2019);
    try (Store store = Store.open(tmp.resolve("case.duckdb"))) {
      try (FileLoad load = store.beginFile(V2_2019, "gdelt", "gdelt", "gdelt2", "sha")) {
        long rows = TestGdelt.reader().read(data, "gdelt2", V2_2019, load);
        assertThat(rows).isEqualTo(2111);
        assertThat(load.loaded()).isEqualTo(2111);
        assertThat(load.quarantined()).isZero();
        load.commit(rows);
      }
      try (Statement s = store.connection().createStatement()) {
        ResultSet r = s.executeQuery("SELECT count(*), min(event_date), max(event_date), "
            + "min(quad_class), max(quad_class), count(DISTINCT schema_flag), min(schema_flag) "
            + "FROM events WHERE actor1_country = 'IRN' AND actor2_country = 'RUS'");
        r.next();
        assertThat(r.getLong(1)).isEqualTo(5);
        assertThat(r.getObject(2, LocalDate.class)).isEqualTo(LocalDate.of(2019, 10, 24));
        assertThat(r.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2019, 10, 24));
        assertThat(r.getInt(4)).isEqualTo(1);
        assertThat(r.getInt(5)).isEqualTo(1);
        assertThat(r.getInt(6)).isEqualTo(1);
        assertThat(r.getString(7)).isEqualTo("gdelt61");
        r = s.executeQuery("SELECT count(*) FROM events "
            + "WHERE actor1_country = 'RUS' AND actor2_country = 'IRN'");
        r.next();
        assertThat(r.getLong(1)).isZero();
        r = s.executeQuery("SELECT rows_read, rows_loaded, rows_quarantined FROM provenance");
        r.next();
        assertThat(r.getLong(1)).isEqualTo(2111);
        assertThat(r.getLong(2)).isEqualTo(2111);
        assertThat(r.getLong(3)).isZero();
      }
    }
  }

  @Test
  void mapsOneKnownRowFully() throws IOException {
    // line 1107 of the 2019 file: IRN -> RUS, CAMEO 051 "Praise or endorse"
    EventRow e = read(TestData.file(V2_2019)).events.stream()
        .filter(r -> r.eventId().equals("881991938")).findFirst().orElseThrow();
    assertThat(e.line()).isEqualTo(1107);
    assertThat(e.eventDate()).isEqualTo(LocalDate.of(2019, 10, 24));
    assertThat(e.dateAdded()).isEqualTo(LocalDateTime.of(2019, 10, 24, 14, 30, 0));
    assertThat(e.actor1Country()).isEqualTo("IRN");
    assertThat(e.actor2Country()).isEqualTo("RUS");
    assertThat(e.eventCode()).isEqualTo("051");
    assertThat(e.eventBase()).isEqualTo("051");
    assertThat(e.eventRoot()).isEqualTo("05");
    assertThat(e.quadClass()).isEqualTo(1);
    assertThat(e.goldstein()).isEqualTo(3.4);
    assertThat(e.numMentions()).isEqualTo(2);
    assertThat(e.avgTone()).isEqualTo(-2.41691842900302);
    assertThat(e.sourceUrl()).startsWith("http");
    assertThat(e.schemaFlag()).isEqualTo("gdelt61");
    assertThat(e.source()).isEqualTo("gdelt2");
    assertThat(e.file()).isEqualTo("f.CSV");
  }

  @Test
  void emptyActorFieldsAreNull() throws IOException {
    // line 1 of the 2019 file has no Actor1 at all
    EventRow first = read(TestData.file(V2_2019)).events.get(0);
    assertThat(first.eventId()).isEqualTo("881990832");
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.actor1Code()).isNull();
    assertThat(first.actor1Name()).isNull();
    assertThat(first.actor1Country()).isNull();
    assertThat(first.actor2Code()).isEqualTo("AUS");
    assertThat(first.eventDate()).isEqualTo(LocalDate.of(2018, 10, 24));
  }

  @Test
  void loads2018FileCompletely() throws IOException {
    RecordingSink sink = read(TestData.file(V2_2018));
    assertThat(sink.events).hasSize(1540);
    assertThat(sink.quarantined).isEmpty();
    assertThat(sink.events).allSatisfy(e -> {
      assertThat(e.dateAdded()).isEqualTo(LocalDateTime.of(2018, 3, 26, 4, 45, 0));
      assertThat(e.quadClass()).isBetween(1, 4);
      assertThat(e.eventCode()).startsWith(e.eventRoot());
    });
    assertThat(sink.events.get(1539).line()).isEqualTo(1540);
  }

  @Test
  void zippedFileReadsIdentically() throws IOException {
    Path plain = TestData.file(V2_2018);
    Path zip = tmp.resolve("20180326044500.export.CSV.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("20180326044500.export.CSV"));
      Files.copy(plain, z);
      z.closeEntry();
    }
    RecordingSink fromZip = read(zip);
    assertThat(fromZip.events).hasSize(1540);
    assertThat(fromZip.events).isEqualTo(read(plain).events);
  }

  @Test
  void quarantinesCutLineAndUnknownCodeWithTheirLineNumbers() throws IOException {
    List<String> lines = realLines(V2_2018, 40);
    String cut = lines.get(6).substring(0, lines.get(6).length() / 2);
    lines.set(6, cut); // line 7
    String[] f = lines.get(11).split("\t", -1); // line 12
    f[26] = "01O";
    lines.set(11, String.join("\t", f));
    Path file = write("bad.CSV", lines);

    RecordingSink sink = read(file);

    assertThat(sink.events).hasSize(38);
    assertThat(sink.events).extracting(EventRow::line).doesNotContain(7L, 12L);
    assertThat(sink.quarantined).hasSize(2);
    int cutFields = cut.split("\t", -1).length;
    assertThat(sink.quarantined.get(0).line()).isEqualTo(7);
    assertThat(sink.quarantined.get(0).reason())
        .isEqualTo(cutFields + " fields, expected 57, 58 or 61");
    assertThat(sink.quarantined.get(0).raw()).isEqualTo(cut);
    assertThat(sink.quarantined.get(1).line()).isEqualTo(12);
    assertThat(sink.quarantined.get(1).reason()).isEqualTo("CAMEO code '01O' not in the CAMEO table");
  }

  @Test
  void quarantinesMalformedUtf8AndKeepsGoing() throws IOException {
    List<String> lines = realLines(V2_2018, 3);
    byte[] good0 = (lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = (with(lines.get(1), 60, "http://example.org/aXb") + "\n")
        .getBytes(StandardCharsets.UTF_8);
    int x = lastIndexOf(bad, (byte) 'X');
    bad[x] = (byte) 0xC3; // a lead byte followed by ASCII: invalid UTF-8
    byte[] good2 = (lines.get(2) + "\n").getBytes(StandardCharsets.UTF_8);
    Path file = tmp.resolve("enc.CSV");
    try (OutputStream o = Files.newOutputStream(file)) {
      o.write(good0);
      o.write(bad);
      o.write(good2);
    }
    RecordingSink sink = read(file);
    assertThat(sink.events).extracting(EventRow::line).containsExactly(1L, 3L);
    assertThat(sink.quarantined).hasSize(1);
    assertThat(sink.quarantined.get(0).line()).isEqualTo(2);
    assertThat(sink.quarantined.get(0).reason())
        .isEqualTo("malformed UTF-8 at byte " + (x + 1) + " of the line (1 bad byte)");
    assertThat(sink.quarantined.get(0).raw()).contains("\uFFFD");
  }

  @Test
  void gdelt1LayoutsLoadWithTheirFlagsAndDates() throws IOException {
    String v2 = realLines(V2_2019, 1107).get(1106);
    String daily = toGdelt1(v2, true);
    String backfile = toGdelt1(v2, false);
    assertThat(daily.split("\t", -1)).hasSize(58);
    assertThat(backfile.split("\t", -1)).hasSize(57);
    RecordingSink sink = read(write("v1.CSV", List.of(backfile, daily, v2)));

    assertThat(sink.quarantined).isEmpty();
    EventRow b = sink.events.get(0);
    EventRow d = sink.events.get(1);
    EventRow v = sink.events.get(2);
    assertThat(b.schemaFlag()).isEqualTo("gdelt57");
    assertThat(d.schemaFlag()).isEqualTo("gdelt58");
    assertThat(v.schemaFlag()).isEqualTo("gdelt61");
    assertThat(b.sourceUrl()).isNull();
    assertThat(d.sourceUrl()).isEqualTo(v.sourceUrl()).startsWith("http");
    for (EventRow e : List.of(b, d)) {
      assertThat(e.eventDate()).isEqualTo(LocalDate.of(2019, 10, 24));
      assertThat(e.dateAdded()).isEqualTo(LocalDateTime.of(2019, 10, 24, 0, 0));
      assertThat(e.eventId()).isEqualTo("881991938");
      assertThat(e.eventCode()).isEqualTo("051");
      assertThat(e.actor1Country()).isEqualTo("IRN");
      assertThat(e.actor2Country()).isEqualTo("RUS");
      assertThat(e.goldstein()).isEqualTo(3.4);
      assertThat(e.avgTone()).isEqualTo(v.avgTone());
    }
  }

  @Test
  void badFieldsAreQuarantinedWithTheFieldNamed() throws IOException {
    String v2 = realLines(V2_2018, 1).get(0);
    List<String> lines = new ArrayList<>();
    lines.add(with(v2, 1, "20180231"));
    lines.add(with(v2, 59, "2018032604450"));
    lines.add(with(v2, 30, "high"));
    lines.add(with(v2, 29, "7"));
    lines.add(with(v2, 0, ""));
    lines.add("");
    lines.add(with(v2, 30, "")); // blank Goldstein is allowed
    RecordingSink sink = read(write("fields.CSV", lines));

    assertThat(sink.quarantined).extracting(RecordingSink.Rejected::reason).containsExactly(
        "SQLDATE '20180231' is not a yyyyMMdd date",
        "DATEADDED '2018032604450' is not yyyyMMdd or yyyyMMddHHmmss",
        "GoldsteinScale 'high' is not a number",
        "QuadClass '7' is not 1..4",
        "GLOBALEVENTID is empty");
    assertThat(sink.events).hasSize(1);
    assertThat(sink.events.get(0).line()).isEqualTo(7); // the empty line 6 is skipped
    assertThat(sink.events.get(0).goldstein()).isNull();
  }

  /** A GDELT 1.0 row from a 2.0 row: drop the three ADM2Code fields, DATEADDED as yyyyMMdd. */
  private static String toGdelt1(String v2, boolean withUrl) {
    List<String> f = new ArrayList<>(Arrays.asList(v2.split("\t", -1)));
    assertThat(f).hasSize(61);
    String url = f.get(60);
    String added = f.get(59).substring(0, 8);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 59; i++) {
      if (i != 39 && i != 47 && i != 55) { // Actor1Geo_, Actor2Geo_, ActionGeo_ADM2Code
        out.add(f.get(i));
      }
    }
    out.add(added);
    if (withUrl) {
      out.add(url);
    }
    return String.join("\t", out);
  }

  private static String with(String line, int field, String value) {
    String[] f = line.split("\t", -1);
    f[field] = value;
    return String.join("\t", f);
  }

  private static List<String> realLines(String rel, int n) throws IOException {
    try (var s = Files.lines(TestData.file(rel), StandardCharsets.UTF_8)) {
      return new ArrayList<>(s.limit(n).toList());
    }
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  private static int lastIndexOf(byte[] b, byte v) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void eachRowGetsItsOwnDatesWhenTheParserReusesTheLastOnes() throws IOException {
    // the parser keeps the previous row's DATEADDED and recent SQLDATEs: a repeat, a change, a
    // change back, a 1.0-style 8-digit value, a malformed value right after a good one, and an
    // impossible calendar day (never cached)
    List<String> lines = List.of(
        GdeltRows.v2().set(0, "1").set(59, "20191024143000").line61(),
        GdeltRows.v2().set(0, "2").set(59, "20191024143000").line61(),
        GdeltRows.v2().set(0, "3").set(1, "20191023").set(59, "20191024144500").line61(),
        GdeltRows.v2().set(0, "4").set(59, "20191024143000").line61(),
        GdeltRows.v2().set(0, "5").set(1, "20191023").set(59, "20191025").line61(),
        GdeltRows.v2().set(0, "6").set(59, "2019102514450X").line61(),
        GdeltRows.v2().set(0, "7").set(1, "20190230").line61(),
        GdeltRows.v2().set(0, "8").set(59, "20191024143000").line61(),
        GdeltRows.v2().set(0, "9").set(59, "20191024").line61(), // the first 8 bytes of the one before
        GdeltRows.v2().set(0, "10").set(1, "00000000").line61()); // the key an empty cache slot would have without + 1
    Path file = tmp.resolve("dates.CSV");
    Files.write(file, lines, StandardCharsets.UTF_8);
    RecordingSink sink = read(file);
    assertThat(sink.events).extracting(EventRow::eventId, EventRow::eventDate, EventRow::dateAdded).containsExactly(
        tuple("1", LocalDate.of(2019, 10, 24), LocalDateTime.of(2019, 10, 24, 14, 30, 0)),
        tuple("2", LocalDate.of(2019, 10, 24), LocalDateTime.of(2019, 10, 24, 14, 30, 0)),
        tuple("3", LocalDate.of(2019, 10, 23), LocalDateTime.of(2019, 10, 24, 14, 45, 0)),
        tuple("4", LocalDate.of(2019, 10, 24), LocalDateTime.of(2019, 10, 24, 14, 30, 0)),
        tuple("5", LocalDate.of(2019, 10, 23), LocalDateTime.of(2019, 10, 25, 0, 0, 0)),
        tuple("8", LocalDate.of(2019, 10, 24), LocalDateTime.of(2019, 10, 24, 14, 30, 0)),
        tuple("9", LocalDate.of(2019, 10, 24), LocalDateTime.of(2019, 10, 24, 0, 0, 0)));
    assertThat(sink.quarantined).extracting(q -> q.line() + ": " + q.reason()).containsExactly(
        "6: DATEADDED '2019102514450X' is not yyyyMMdd or yyyyMMddHHmmss",
        "7: SQLDATE '20190230' is not a yyyyMMdd date",
        "10: SQLDATE '00000000' is not a yyyyMMdd date");
  }
}
