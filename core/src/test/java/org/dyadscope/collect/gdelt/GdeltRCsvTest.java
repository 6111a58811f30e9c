package org.dyadscope.collect.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyadscope.TestData;
import org.dyadscope.collect.FormatSniffer;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT 1.0 events as R's write.csv writes them, read by the {@code gdelt} format. */
class GdeltRCsvTest {
  private static final String NOV2012 = "gdelt/v1_reformatted/nov2012.csv";

  @TempDir Path tmp;

  /** One R-written row: the 58 GDELT 1.0 values with R's quoting, strings quoted, NA bare. */
  private static String row(String id, String actor1, String code, String actionFips, char sep) {
    List<String> v = new ArrayList<>(Collections.nCopies(58, "NA"));
    v.set(0, id);
    v.set(1, "20121101");
    v.set(5, actor1);
    v.set(7, actor1);
    v.set(15, "\"EDU\"");
    v.set(25, "0");
    v.set(26, "\"" + code + "\"");
    v.set(27, "\"" + code + "\"");
    v.set(28, "\"" + code.substring(0, 2) + "\"");
    v.set(29, "1");
    v.set(30, "2.8");
    v.set(31, "5");
    v.set(34, "6.89655172413793");
    v.set(51, actionFips);
    v.set(56, "20130203");
    v.set(57, "\"\"");
    return String.join(String.valueOf(sep), v);
  }

  private static String header(char sep) {
    return "\"" + String.join("\"" + sep + "\"", GdeltLayout.V1_COLUMNS) + "\"";
  }

  @Test
  void headerAndDelimiterAreRecognisedFromTheContent() {
    assertThat(FormatSniffer.delimitedHeader(header(','), "GLOBALEVENTID")).isEqualTo(',');
    assertThat(FormatSniffer.delimitedHeader(header(';'), "GLOBALEVENTID")).isEqualTo(';');
    assertThat(FormatSniffer.delimitedHeader("GLOBALEVENTID\tSQLDATE", "GLOBALEVENTID")).isEqualTo('\t');
    assertThat(FormatSniffer.delimitedHeader("221870176\t20121101\t201211", "GLOBALEVENTID")).isEqualTo((char) 0);
    assertThat(FormatSniffer.delimitedHeader("GLOBALEVENTIDS,x", "GLOBALEVENTID")).isEqualTo((char) 0);
  }

  @Test
  void rWrittenRowsLoadWithTheTabExportsChecks() throws IOException {
    for (char sep : new char[] {',', ';'}) {
      Path f = tmp.resolve("r" + (int) sep + ".csv");
      Files.writeString(f, String.join("\n",
          header(sep),
          row("1", "\"RUS\"", "030", "\"GG\"", sep),
          row("2", "NA", "043", "\"NA\"", sep),          // Actor1 missing; FIPS NA (Netherlands Antilles) quoted
          row("3", "\"IRN\"", "99X", "\"GG\"", sep),      // not a CAMEO code
          row("4", "\"RUS\"", "030", "\"GG\"", sep).replaceFirst("\"EDU\"", "\"ED"), // broken quote
          "5" + sep + "20121101") + "\n", StandardCharsets.UTF_8);
      assertThat(FormatSniffer.guess(f)).isEqualTo("gdelt");
      RecordingSink sink = new RecordingSink();
      long rows = TestGdelt.reader().read(f, "gdelt1", "r.csv", sink);
      assertThat(rows).isEqualTo(5);
      assertThat(sink.events).hasSize(2);
      EventRow a = sink.events.get(0);
      assertThat(a.eventId()).isEqualTo("1");
      assertThat(a.actor1Country()).isEqualTo("RUS");
      assertThat(a.eventCode()).isEqualTo("030");
      assertThat(a.goldstein()).isEqualTo(2.8);
      assertThat(a.schemaFlag()).isEqualTo("gdelt58");
      assertThat(a.line()).isEqualTo(2);
      assertThat(a.actionCountry()).isEqualTo("GEO");
      assertThat(a.sourceUrl()).isNull();
      assertThat(a.dateAdded()).isNull(); // 20130203: the backfile's day, not a reporting day
      EventRow b = sink.events.get(1);
      assertThat(b.actor1Code()).isNull();
      assertThat(b.actor1Country()).isNull();
      assertThat(sink.quarantined).hasSize(3);
      assertThat(sink.quarantined.get(0).line()).isEqualTo(4);
      assertThat(sink.quarantined.get(0).reason()).contains("CAMEO code '99X'");
      assertThat(sink.quarantined.get(1).line()).isEqualTo(5);
      assertThat(sink.quarantined.get(1).reason()).contains("quote");
      assertThat(sink.quarantined.get(2).reason()).isEqualTo("2 fields, the header row has 58");
    }
  }

  @Test
  void aHeaderWithoutTheGdeltColumnsIsRefusedNamingThem() throws IOException {
    Path f = tmp.resolve("bad.csv");
    Files.writeString(f, header(',').replace("\"SQLDATE\"", "\"DATE\"") + "\n" + row("1", "NA", "030", "NA", ',') + "\n");
    assertThatThrownBy(() -> TestGdelt.reader().read(f, "g", "bad.csv", new RecordingSink()))
        .hasMessageContaining("bad.csv:1:").hasMessageContaining("lacks the GDELT 1.0 column SQLDATE");
  }

  @Test
  void nov2012LoadsWithEveryRowAccountedFor() throws Exception {
    Path data = TestData.file(NOV2012);
    long dataLines;
    try (Stream<String> lines = Files.lines(data)) {
      dataLines = lines.filter(l -> !l.isEmpty()).count() - 1; // less the header row
    }
    assertThat(dataLines).isEqualTo(5230); // the MANIFEST's row count
    try (Store store = Store.open(tmp.resolve("case.duckdb"))) {
      long rows;
      long loaded;
      long quarantined;
      long filtered;
      try (FileLoad load = store.beginFile(NOV2012, "gdelt", "gdelt", "gdelt1", "sha")) {
        load.keepActors(Set.of("RUS", "GEO", "USA"));
        rows = TestGdelt.reader().read(data, "gdelt1", NOV2012, load);
        loaded = load.loaded();
        quarantined = load.quarantined();
        filtered = load.filtered();
        load.commit(rows);
      }
      assertThat(rows).isEqualTo(dataLines);
      assertThat(loaded + quarantined + filtered).isEqualTo(dataLines);
      assertThat(quarantined).isZero();
      try (Statement s = store.connection().createStatement()) {
        ResultSet r = s.executeQuery("SELECT rows_read, rows_loaded, rows_quarantined, rows_filtered, rows_duplicate"
            + " FROM provenance");
        r.next();
        assertThat(r.getLong(1)).isEqualTo(dataLines);
        assertThat(r.getLong(2)).isEqualTo(loaded);
        assertThat(r.getLong(3)).isZero();
        assertThat(r.getLong(4)).isEqualTo(filtered);
        assertThat(r.getLong(5)).isZero();
        r = s.executeQuery("SELECT count(*) FILTER (WHERE actor1_country = 'RUS' OR actor2_country = 'RUS'),"
            + " count(DISTINCT event_id), min(schema_flag), max(schema_flag) FROM events");
        r.next();
        assertThat(r.getLong(1)).isEqualTo(451); // the MANIFEST: 451 rows with a RUS actor
        assertThat(r.getLong(2)).isEqualTo(loaded);
        assertThat(r.getString(3)).isEqualTo("gdelt58");
        assertThat(r.getString(4)).isEqualTo("gdelt58");
        r = s.executeQuery("SELECT sum(events) FROM source_totals");
        r.next();
        assertThat(r.getLong(1)).isEqualTo(dataLines);
      }
    }
  }
}
