package org.dyadscope.collect.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.store.EventRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GDELT traps of issue 3 (1, 3, 4, 5), each from a small file written here. */
class GdeltTrapsTest {
  @TempDir Path tmp;

  private RecordingSink read(String name, List<String> lines) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, lines, StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();
    long rows = TestGdelt.reader().read(p, "gdelt", name, sink);
    assertThat(rows).isEqualTo(sink.events.size() + sink.quarantined.size());
    return sink;
  }

  @Test
  void trap1UnionSchemaFlagsEachRowAndNeverShiftsDateAdded() throws IOException {
    GdeltRows r = GdeltRows.v2();
    RecordingSink s = read("mixed.CSV", List.of(r.line1(false), r.line1(true), r.line61()));
    assertThat(s.quarantined).isEmpty();
    assertThat(s.events).extracting(EventRow::schemaFlag).containsExactly("gdelt57", "gdelt58", "gdelt61");
    assertThat(s.events).extracting(EventRow::sourceUrl)
        .containsExactly(null, "https://example.org/a", "https://example.org/a");
    assertThat(s.events).extracting(EventRow::dateAdded).containsExactly(
        LocalDateTime.of(2019, 10, 24, 0, 0), LocalDateTime.of(2019, 10, 24, 0, 0),
        LocalDateTime.of(2019, 10, 24, 14, 30));
    // the same fields land in the same columns whatever the layout
    assertThat(s.events).allSatisfy(e -> {
      assertThat(e.eventCode()).isEqualTo("036");
      assertThat(e.avgTone()).isEqualTo(-1.5);
      assertThat(e.actor2Country()).isEqualTo("IRN");
    });
  }

  @Test
  void trap3EventDateIsSqlDateNeverTheFileNameAndDateAddedHas14Digits() throws IOException {
    // an event of 2015-01-01 reported in a 2019 15-minute file: SQLDATE wins over the file's name
    GdeltRows r = GdeltRows.v2().set(1, "20150101").set(59, "20191024235959");
    RecordingSink s = read("20191024143000.export.CSV", List.of(r.line61()));
    EventRow e = s.events.get(0);
    assertThat(e.eventDate()).isEqualTo(LocalDate.of(2015, 1, 1));
    // 20191024235959 > 2^31: read as a timestamp, not an int
    assertThat(Long.parseLong("20191024235959")).isGreaterThan(Integer.MAX_VALUE);
    assertThat(e.dateAdded()).isEqualTo(LocalDateTime.of(2019, 10, 24, 23, 59, 59));
  }

  @Test
  void trap4SingleTabsKeepEmptyTrailingFieldsAndQuotesAreData() throws IOException {
    GdeltRows r = GdeltRows.v2().set(6, "CÔTE D'IVOIRE").set(16, "\"THE\" GUARDIAN")
        .set(60, "https://example.org/q?a=\"b\"&c='d'");
    GdeltRows noUrl = GdeltRows.v2().set(0, "2").set(60, "");
    String line = r.line61();
    // String.split drops the trailing empty field of a row with an empty SOURCEURL
    assertThat(noUrl.line61().split("\t")).hasSize(60);
    RecordingSink s = read("quotes.CSV", List.of(line, noUrl.line61()));
    assertThat(s.quarantined).isEmpty();
    assertThat(s.events.get(0).actor1Name()).isEqualTo("CÔTE D'IVOIRE");
    assertThat(s.events.get(0).actor2Name()).isEqualTo("\"THE\" GUARDIAN");
    assertThat(s.events.get(0).sourceUrl()).isEqualTo("https://example.org/q?a=\"b\"&c='d'");
    assertThat(s.events.get(1).schemaFlag()).isEqualTo("gdelt61");
    assertThat(s.events.get(1).sourceUrl()).isNull();
    // a row with no header: the first line is data, not a header
    assertThat(s.events.get(0).line()).isEqualTo(1);
  }

  @Test
  void trap5CameoCodesAreStringsUnknownCodesQuarantinedAndNoCodeIsNull() throws IOException {
    GdeltRows zero = GdeltRows.v2().set(0, "10").set(26, "010").set(27, "010").set(28, "01").set(30, "0.0");
    GdeltRows unknown = GdeltRows.v2().set(0, "11").set(26, "099").set(27, "099").set(28, "09");
    GdeltRows dashes = GdeltRows.v2().set(0, "12").set(26, "---").set(27, "---").set(28, "--")
        .set(29, "1").set(30, "3.0");
    GdeltRows blank = GdeltRows.v2().set(0, "13").set(26, "").set(27, "").set(28, "").set(29, "").set(30, "");
    GdeltRows noGoldstein = GdeltRows.v2().set(0, "14").set(30, "");
    RecordingSink s = read("codes.CSV", List.of(zero.line61(), unknown.line61(), dashes.line61(),
        blank.line61(), noGoldstein.line61()));

    EventRow z = s.events.get(0);
    assertThat(z.eventCode()).isEqualTo("010");
    assertThat(z.eventRoot()).isEqualTo("01"); // never "10"
    assertThat(z.quadClass()).isEqualTo(1);
    assertThat(z.goldstein()).isEqualTo(0.0);
    assertThat(TestGdelt.cameo().goldstein("010")).isEqualTo(0.0);
    assertThat(CameoTable.quadClass("10")).isEqualTo(3); // what a numeric parse would have given

    assertThat(s.quarantined).singleElement().satisfies(q -> {
      assertThat(q.line()).isEqualTo(2);
      assertThat(q.reason()).isEqualTo("CAMEO code '099' not in the CAMEO table");
    });
    for (EventRow e : List.of(s.events.get(1), s.events.get(2))) {
      assertThat(e.eventId()).isIn("12", "13");
      assertThat(e.eventCode()).isNull();
      assertThat(e.eventBase()).isNull();
      assertThat(e.eventRoot()).isNull();
      assertThat(e.quadClass()).isNull(); // not 0, not the row's 1
      assertThat(e.goldstein()).isNull(); // not 0, not the row's 3.0
    }
    assertThat(s.events.get(3).eventId()).isEqualTo("14");
    assertThat(s.events.get(3).goldstein()).isNull();
    assertThat(s.events.get(3).quadClass()).isEqualTo(1);
  }
}
