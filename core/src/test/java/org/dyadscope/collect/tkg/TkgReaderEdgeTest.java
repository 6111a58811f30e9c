package org.dyadscope.collect.tkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyadscope.store.EventRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small hand-written sets for the cases the real files do not contain. */
class TkgReaderEdgeTest {
  private static final String ENTITIES = "Russia\t0\r\nIran\t1\r\nVladimir_Putin\t2\r\n";
  private static final String RELATIONS = "Make a visit\t0\nDance wildly\t1\nMake_statement\t2\n";
  private static final String TRAIN = String.join("\n",
      "2\t0\t1\t151",          // 1 Putin visits Iran, day 151 = 2018-06-01
      "",                      // 2 blank: not a data row
      "0\t2\t1\t3\t0",         // 3 fifth integer column (RE-Net copies)
      "0\t1\t1\t3",            // 4 relation without a CAMEO code
      "9\t0\t1\t3",            // 5 unknown entity id
      "0\tx\t1\t3",            // 6 non-integer relation id
      "0\t0\t1",               // 7 three fields
      "0\t0\t1\tabc",          // 8 bad time
      "0\t0\t1\t3\tfoo",       // 9 fifth field not an integer
      "0\t0\t1\t3\t0\t7",      // 10 six fields
      "1\t0\t0\t4\r",          // 11 CRLF
      "");

  private static TkgReader reader(String... options) {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i < options.length; i += 2) {
      o.put(options[i], options[i + 1]);
    }
    return new TkgReader(TkgLayout.fromOptions(o), Lookups.cameo(), Lookups.cameoNames(), Lookups.resolver());
  }

  private static TkgReader daysFrom2018() {
    return reader("naming", "ids", "time_unit", "day", "epoch", "2018-01-01");
  }

  @Test
  void everyLineEndsInOneSinkCall(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("entity2id.txt"), ENTITIES);
    Files.writeString(dir.resolve("relation2id.txt"), RELATIONS);
    Path train = Files.writeString(dir.resolve("train.txt"), TRAIN);
    TkgReader r = daysFrom2018();
    RecordingSink sink = new RecordingSink();
    long rows = r.read(train, "toy", "toy/train.txt", sink);

    assertThat(rows).isEqualTo(10);
    assertThat(sink.events).hasSize(3);
    assertThat(sink.rejected).hasSize(7);
    assertThat(rows).isEqualTo(sink.events.size() + sink.rejected.size());

    EventRow visit = sink.events.get(0);
    assertThat(visit.eventId()).isEqualTo("train.txt:1");
    assertThat(visit.line()).isEqualTo(1);
    assertThat(visit.file()).isEqualTo("toy/train.txt");
    assertThat(visit.source()).isEqualTo("toy");
    assertThat(visit.eventDate()).isEqualTo(LocalDate.of(2018, 6, 1));
    assertThat(visit.actor1Code()).isEqualTo("Vladimir Putin");
    assertThat(visit.actor1Name()).isEqualTo("Vladimir Putin");
    assertThat(visit.actor1Country()).isEqualTo("RUS");
    assertThat(visit.actor2Name()).isEqualTo("Iran");
    assertThat(visit.actor2Country()).isEqualTo("IRN");
    assertThat(visit.eventCode()).isEqualTo("042");
    assertThat(visit.eventBase()).isEqualTo("042");
    assertThat(visit.eventRoot()).isEqualTo("04");
    assertThat(visit.quadClass()).isEqualTo(1);
    assertThat(visit.goldstein()).isEqualTo(1.9); // GDELT CAMEO.goldsteinscale.txt, code 042
    assertThat(visit.avgTone()).isNull();
    assertThat(visit.numMentions()).isNull();
    assertThat(visit.sourceUrl()).isNull();
    assertThat(visit.dateAdded()).isNull();
    assertThat(visit.schemaFlag()).isEqualTo("tkg-ids");

    assertThat(sink.events.get(1).eventId()).isEqualTo("train.txt:3");
    assertThat(sink.events.get(1).eventCode()).isEqualTo("010");
    assertThat(sink.events.get(2).eventId()).isEqualTo("train.txt:11");
    assertThat(sink.events.get(2).actor1Name()).isEqualTo("Iran");

    assertThat(sink.rejected).extracting(RecordingSink.Rejected::line).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(sink.rejected).extracting(RecordingSink.Rejected::reason).containsExactly(
        "relation 'Dance wildly' has no CAMEO code",
        "subject id 9 is not in toy/entity2id.txt",
        "relation id 'x' is not an integer",
        "3 tab-separated fields, expected 4 (subject, relation, object, time)",
        "time 'abc' is not an integer day step",
        "fifth field 'foo' is not an integer; expected subject, relation, object, time",
        "more than 5 tab-separated fields, expected 4 (subject, relation, object, time)");
    assertThat(sink.rejected.get(0).raw()).isEqualTo("0\t1\t1\t3");

    TkgStats s = r.stats();
    assertThat(s.rowsRead()).isEqualTo(10);
    assertThat(s.loaded()).isEqualTo(3);
    assertThat(s.quarantined()).isEqualTo(7);
    assertThat(s.noCameo()).isEqualTo(1);
    assertThat(s.noCameoByRelation()).containsExactly(Map.entry("Dance wildly", 1L));
    assertThat(s.badId()).isEqualTo(2);
    assertThat(s.badFields()).isEqualTo(3);
    assertThat(s.badTime()).isEqualTo(1);
    assertThat(s.unresolvedRows()).isZero();
    r.resetStats();
    assertThat(r.stats().rowsRead()).isZero();
  }

  @Test
  void zipMembersAreReadInSplitOrderAndLabelled(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("TOY.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(z, "TOY/stat.txt", "3\t3");
      put(z, "TOY/test.txt", "0\t0\t1\t48\n0\t1\t1\t48\n");
      put(z, "TOY/e-w-graph.txt", "not\ta\tquadruple\tat\tall\n");
      put(z, "TOY/entity2id.txt", ENTITIES);
      put(z, "TOY/train.txt", "2\t2\t0\t0\n");
      put(z, "TOY/relation2id.txt", RELATIONS);
    }
    TkgReader r = reader("naming", "ids", "time_unit", "hour", "epoch", "2018-01-01");
    RecordingSink sink = new RecordingSink();
    assertThat(r.read(zip, "toy", "toy/TOY.zip", sink)).isEqualTo(3);

    assertThat(sink.events).extracting(EventRow::eventId).containsExactly("train.txt:1", "test.txt:1");
    assertThat(sink.events).extracting(EventRow::file)
        .containsExactly("toy/TOY.zip!TOY/train.txt", "toy/TOY.zip!TOY/test.txt");
    assertThat(sink.events.get(1).eventDate()).isEqualTo(LocalDate.of(2018, 1, 3));
    assertThat(sink.rejected).singleElement().satisfies(q -> {
      assertThat(q.line()).isEqualTo(2);
      assertThat(q.reason()).isEqualTo("toy/TOY.zip!TOY/test.txt: relation 'Dance wildly' has no CAMEO code");
    });
  }

  @Test
  void namedSets(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("icews_valid.txt"),
        "Foreign_Affairs_(Russia)\tMake_statement\tIran\t2014-04-23\n"
            + "Iran\tConsult\t\t2014-04-23\n"
            + "Iran\tConsult\tRussia\t2014-04-31\n");
    TkgReader r = reader("naming", "names", "time_unit", "date");
    RecordingSink sink = new RecordingSink();
    assertThat(r.read(f, "named", "named/icews_valid.txt", sink)).isEqualTo(3);
    EventRow e = sink.events.get(0);
    assertThat(e.eventId()).isEqualTo("icews_valid.txt:1");
    assertThat(e.actor1Name()).isEqualTo("Foreign Affairs (Russia)");
    assertThat(e.actor1Country()).isEqualTo("RUS");
    assertThat(e.eventCode()).isEqualTo("010");
    assertThat(e.schemaFlag()).isEqualTo("tkg-names");
    assertThat(sink.rejected).extracting(RecordingSink.Rejected::reason)
        .containsExactly("object is empty", "time '2014-04-31' is not a date YYYY-MM-DD");
  }

  @Test
  void unresolvedActorsAreCounted(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("x.txt"),
        "Donald Trump\tMake statement\tIran\t2018-06-01\n"
            + "Donald Trump\tConsult\tUnspecified Actor\t2018-06-02\n"
            + "Iran\tConsult\tRussia\t2018-06-02\n");
    TkgReader r = reader("naming", "names", "time_unit", "date");
    RecordingSink sink = new RecordingSink();
    r.read(f, "named", "named/x.txt", sink);
    assertThat(sink.events.get(0).actor1Country()).isNull();
    TkgStats s = r.stats();
    assertThat(s.unresolvedRows()).isEqualTo(2);
    assertThat(s.unresolvedMentions()).isEqualTo(3);
    assertThat(s.unresolvedNames()).isEqualTo(2);
    assertThat(s.resolvedNames()).isEqualTo(2);
  }

  @Test
  void idCodedSetsNeedTheirDictionaries(@TempDir Path dir) throws IOException {
    Path train = Files.writeString(dir.resolve("train.txt"), "0\t0\t1\t3\n");
    TkgReader reader = daysFrom2018(); // outside the lambda: without the data it skips, never fails
    assertThatThrownBy(() -> reader.read(train, "toy", "toy/train.txt", new RecordingSink()))
        .isInstanceOf(IOException.class).hasMessageContaining("needs entity2id.txt");
    Files.writeString(dir.resolve("entity2id.txt"), "Russia\t0\nIran\t0\n");
    Files.writeString(dir.resolve("relation2id.txt"), RELATIONS);
    TkgReader again = daysFrom2018();
    assertThatThrownBy(() -> again.read(train, "toy", "toy/train.txt", new RecordingSink()))
        .isInstanceOf(IOException.class).hasMessage("toy/entity2id.txt:2: id 0 given to both 'Russia' and 'Iran'");
  }

  @Test
  void aZipWithoutSplitsIsNotATkgSet(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("other.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(z, "readme.txt", "hello");
    }
    TkgReader reader = daysFrom2018();
    assertThatThrownBy(() -> reader.read(zip, "toy", "toy/other.zip", new RecordingSink()))
        .isInstanceOf(IOException.class).hasMessageContaining("none of [train.txt, valid.txt, test.txt]");
  }

  private static void put(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    OutputStream o = z;
    o.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }
}
