package org.dyadscope.collect.tkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.dyadscope.TestData;
import org.dyadscope.store.EventRow;
import org.junit.jupiter.api.Test;

/**
 * Every TKG set in the shared data, with the row counts, date ranges and Russia-Iran counts that
 * MANIFEST.tsv states for it.
 */
class TkgReaderRealDataTest {
  /** What one split file (or zip member) gave. */
  static final class Tally {
    long rows;
    long events;
    long quarantined;
    LocalDate first;
    LocalDate last;
    /** country-level RU-IR rows: subject and object exactly 'Russia' and 'Iran', both directions */
    long ruIr;
    EventRow firstRow;
  }

  /** Reads files with one reader and tallies per stored file label (zip members apart). */
  private static Map<String, Tally> read(TkgReader reader, String source, String... files) throws IOException {
    Map<String, Tally> out = new TreeMap<>();
    for (String f : files) {
      Path p = TestData.file(f);
      RecordingSink sink = new RecordingSink(e -> {
        Tally t = out.computeIfAbsent(e.file(), k -> new Tally());
        t.events++;
        if (t.firstRow == null) {
          t.firstRow = e;
        }
        if (t.first == null || e.eventDate().isBefore(t.first)) {
          t.first = e.eventDate();
        }
        if (t.last == null || e.eventDate().isAfter(t.last)) {
          t.last = e.eventDate();
        }
        if (("Russia".equals(e.actor1Name()) && "Iran".equals(e.actor2Name()))
            || ("Iran".equals(e.actor1Name()) && "Russia".equals(e.actor2Name()))) {
          t.ruIr++;
          assertThat(e.actor1Country() + e.actor2Country()).isIn("RUSIRN", "IRNRUS");
        }
      });
      long rows = reader.read(p, source, f, sink);
      assertThat(sink.rejected).as("quarantined lines of " + f).isEmpty();
      assertThat(rows).isEqualTo(sink.eventCount);
    }
    System.out.println(source + ": " + reader.stats());
    return out;
  }

  private static TkgReader reader(Map<String, String> options) {
    TkgReader r = TkgReader.fromOptions(options, Lookups.cameo(), Lookups.cameoNames(), Lookups.resolver());
    assertThat(r.format()).isEqualTo("tkg");
    return r;
  }

  private static void assertSplit(Tally t, long rows, String first, String last, long ruIr) {
    assertThat(t.events).isEqualTo(rows);
    assertThat(t.first).isEqualTo(LocalDate.parse(first));
    assertThat(t.last).isEqualTo(LocalDate.parse(last));
    assertThat(t.ruIr).isEqualTo(ruIr);
  }

  private static void assertStats(TkgStats s, long rows) {
    assertThat(s.rowsRead()).isEqualTo(rows);
    assertThat(s.loaded()).isEqualTo(rows);
    assertThat(s.quarantined()).isZero();
    assertThat(s.noCameo()).isZero(); // every relation text of every set has a CAMEO code
    // ICEWS persons absent from the 2014 Phoenix dictionaries, IGOs, parties, regions stay unresolved
    assertThat(s.unresolvedRows()).isBetween(rows / 5, rows / 2);
    assertThat(s.unresolvedNames()).isPositive();
  }

  @Test
  void icews21() throws IOException {
    TkgReader r = reader(Map.of("naming", "ids", "time_unit", "day", "epoch", "2021-01-01", "first_step", "0"));
    Map<String, Tally> t = read(r, "icews21",
        "icews21_zrllm/train.txt", "icews21_zrllm/valid.txt", "icews21_zrllm/test.txt");
    assertSplit(t.get("icews21_zrllm/train.txt"), 247_764, "2021-01-01", "2021-06-30", 188);
    assertSplit(t.get("icews21_zrllm/valid.txt"), 77_195, "2021-07-01", "2021-08-31", 42);
    assertSplit(t.get("icews21_zrllm/test.txt"), 1_395, "2021-07-01", "2021-08-31", 4);
    assertStats(r.stats(), 326_354);
    // train.txt line 1: 12195 0 16168 0
    EventRow e = t.get("icews21_zrllm/train.txt").firstRow;
    assertThat(e.eventId()).isEqualTo("train.txt:1");
    assertThat(e.actor1Name()).isEqualTo("Attacker (Russia)");
    assertThat(e.actor1Country()).isEqualTo("RUS");
    assertThat(e.actor2Name()).isEqualTo("Police (Russia)");
    assertThat(e.eventCode()).isEqualTo("180"); // relation 0 'Use unconventional violence'
    assertThat(e.quadClass()).isEqualTo(4);
    assertThat(e.goldstein()).isEqualTo(-9.0);
  }

  @Test
  void icews22() throws IOException {
    TkgReader r = reader(Map.of("naming", "ids", "time_unit", "day", "epoch", "2022-01-01", "first_step", "0"));
    Map<String, Tally> t = read(r, "icews22",
        "icews22_zrllm/train.txt", "icews22_zrllm/valid.txt", "icews22_zrllm/test.txt");
    assertSplit(t.get("icews22_zrllm/train.txt"), 265_237, "2022-01-01", "2022-06-30", 295);
    assertSplit(t.get("icews22_zrllm/valid.txt"), 77_651, "2022-07-01", "2022-08-31", 304);
    assertSplit(t.get("icews22_zrllm/test.txt"), 2_453, "2022-07-01", "2022-08-31", 4);
    assertStats(r.stats(), 345_341);
  }

  @Test
  void icews18Zip() throws IOException {
    TkgReader r = reader(Map.of("naming", "ids", "time_unit", "hour", "epoch", "2018-01-01", "first_step", "0"));
    Map<String, Tally> t = read(r, "icews18", "icews18/ICEWS18.zip");
    assertThat(t).containsOnlyKeys("icews18/ICEWS18.zip!train.txt", "icews18/ICEWS18.zip!valid.txt",
        "icews18/ICEWS18.zip!test.txt");
    assertSplit(t.get("icews18/ICEWS18.zip!train.txt"), 373_018, "2018-01-01", "2018-08-28", 480);
    assertSplit(t.get("icews18/ICEWS18.zip!valid.txt"), 45_995, "2018-08-29", "2018-09-27", 107);
    assertSplit(t.get("icews18/ICEWS18.zip!test.txt"), 49_545, "2018-09-28", "2018-10-31", 39);
    assertStats(r.stats(), 468_558);
    // valid.txt line 1: 1200 5 371 5760 (5760 h = day 240 = 2018-08-29); line numbers restart per member
    EventRow v = t.get("icews18/ICEWS18.zip!valid.txt").firstRow;
    assertThat(v.eventId()).isEqualTo("valid.txt:1");
    assertThat(v.line()).isEqualTo(1);
    assertThat(v.eventDate()).isEqualTo(LocalDate.of(2018, 8, 29));
  }

  @Test
  void icews14sZipCountsDaysFromOne() throws IOException {
    TkgReader r = reader(Map.of("naming", "ids", "time_unit", "day", "epoch", "2014-01-01", "first_step", "1"));
    Map<String, Tally> t = read(r, "icews14s", "icews14s/ICEWS14.zip");
    assertSplit(t.get("icews14s/ICEWS14.zip!train.txt"), 74_845, "2014-01-01", "2014-10-31", 0);
    assertSplit(t.get("icews14s/ICEWS14.zip!valid.txt"), 8_514, "2014-11-01", "2014-11-30", 0);
    assertSplit(t.get("icews14s/ICEWS14.zip!test.txt"), 7_371, "2014-12-01", "2014-12-31", 0);
    assertStats(r.stats(), 90_730);
    // entity names use underscores: 'Police_(Australia)' is stored with spaces
    EventRow e = t.get("icews14s/ICEWS14.zip!train.txt").firstRow;
    assertThat(e.actor1Name()).isEqualTo("Police (Australia)");
    assertThat(e.actor1Country()).isEqualTo("AUS");
    assertThat(e.eventDate()).isEqualTo(LocalDate.of(2014, 1, 1));
  }

  @Test
  void icews0515Chronological() throws IOException {
    TkgReader r = reader(Map.of("naming", "ids", "time_unit", "day", "epoch", "2005-01-01", "first_step", "0"));
    Map<String, Tally> t = read(r, "icews05-15", "icews05-15_chrono/valid.txt", "icews05-15_chrono/test.txt");
    assertSplit(t.get("icews05-15_chrono/valid.txt"), 46_302, "2013-11-18", "2014-12-26", 0);
    assertSplit(t.get("icews05-15_chrono/test.txt"), 46_159, "2014-12-27", "2015-12-31", 0);
    assertStats(r.stats(), 92_461);
  }

  @Test
  void icews0515RandomNamed() throws IOException {
    TkgReader r = reader(Map.of("naming", "names", "time_unit", "date"));
    Map<String, Tally> t = read(r, "icews05-15-random",
        "icews05-15_random/icews_2005-2015_valid.txt", "icews05-15_random/icews_2005-2015_test.txt");
    assertSplit(t.get("icews05-15_random/icews_2005-2015_valid.txt"), 46_275, "2005-01-01", "2015-12-31", 0);
    assertSplit(t.get("icews05-15_random/icews_2005-2015_test.txt"), 46_092, "2005-01-01", "2015-12-31", 0);
    assertStats(r.stats(), 92_367);
    EventRow e = t.get("icews05-15_random/icews_2005-2015_valid.txt").firstRow;
    assertThat(e.eventId()).isEqualTo("icews_2005-2015_valid.txt:1");
    assertThat(e.schemaFlag()).isEqualTo("tkg-names");
  }
}
