package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyadscope.store.StoreQueries.column;
import static org.dyadscope.store.StoreQueries.count;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyadscope.TestData;
import org.dyadscope.collect.gdelt.TestGdelt;
import org.dyadscope.collect.icews.IcewsTabReader;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One event is stored and counted once, however many files hold it (issue 10): a file's content
 * loaded under another name or zipped, an ICEWS annual file re-publishing weekly events, an ICEWS
 * Event ID reissued with another date. On the real GDELT and ICEWS files.
 */
class EventIdentityTest {
  private static final String GDELT = "gdelt/v2_export/20191024143000.export.CSV";
  private static final String ICEWS = "icews/events.2018.sample.tab";
  /** Every file of a store balances: rows_read = loaded + quarantined + duplicate + filtered. */
  private static final String UNBALANCED = "SELECT count(*) FROM provenance"
      + " WHERE rows_read <> rows_loaded + rows_quarantined + rows_duplicate + rows_filtered";

  @TempDir Path tmp;

  @Test
  void aGdeltFileLoadedUnderAnotherNameAndZippedIsStoredOnce() throws Exception {
    Path real = TestData.file(GDELT);
    Path copy = Files.copy(real, Files.createDirectories(tmp.resolve("mirror")).resolve("copy.CSV"));
    Path zip = zip(real, tmp.resolve("20191024143000.export.CSV.zip"));
    try (Store store = Store.open(tmp.resolve("s.duckdb"))) {
      FileResult first = FileLoader.load(store, TestGdelt.reader(), real, GDELT, "gdelt2");
      FileResult renamed = FileLoader.load(store, TestGdelt.reader(), copy, "mirror/copy.CSV", "gdelt2");
      FileResult zipped = FileLoader.load(store, TestGdelt.reader(), zip, "zips/20191024143000.zip", "gdelt2");
      // the same label again replaces its load, as ever: it is no duplicate of itself
      FileResult again = FileLoader.load(store, TestGdelt.reader(), real, GDELT, "gdelt2");

      for (FileResult r : List.of(first, again)) {
        assertThat(List.of(r.rowsRead(), r.rowsLoaded(), r.rowsDuplicate())).containsExactly(2111L, 2111L, 0L);
        assertThat(r.duplicateOf()).isNull();
        assertThat(r.repeats()).isNull();
      }
      for (FileResult r : List.of(renamed, zipped)) {
        assertThat(List.of(r.rowsRead(), r.rowsLoaded(), r.rowsQuarantined(), r.rowsDuplicate()))
            .containsExactly(2111L, 0L, 0L, 2111L);
        assertThat(r.duplicateOf()).isEqualTo(GDELT);
        assertThat(r.repeats()).startsWith(r.file() + ": same content as " + GDELT + ", already loaded");
      }
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(2111);
      assertThat(count(store, "SELECT sum(events) FROM source_totals")).isEqualTo(2111);
      // the file's 5 Iranian-Russian events (Actor1CountryCode IRN, Actor2CountryCode RUS), Goldstein 31.4 in all
      assertThat(column(store, "SELECT count(*) || ' ' || round(sum(goldstein), 1) FROM events"
          + " WHERE actor1_country = 'IRN' AND actor2_country = 'RUS' AND event_date >= DATE '2019-10-01'"
          + " AND event_date < DATE '2019-11-01'")).containsExactly("5 31.4");
      assertThat(column(store, "SELECT file || ' ' || coalesce(duplicate_of, '-') || ' ' || rows_duplicate"
          + " FROM provenance ORDER BY file")).containsExactly(GDELT + " - 0",
          "mirror/copy.CSV " + GDELT + " 2111", "zips/20191024143000.zip " + GDELT + " 2111");
      // one content digest for the three, the file digest of the zip its own
      assertThat(count(store, "SELECT count(DISTINCT content_sha256) FROM provenance")).isEqualTo(1);
      assertThat(count(store, "SELECT count(DISTINCT sha256) FROM provenance")).isEqualTo(2);
      assertThat(column(store, "SELECT content_sha256 FROM provenance WHERE file = '" + GDELT + "'"))
          .containsExactly("7668cd01394a02c03ecb2de6060db17a931396f919351ca8cfbe70f6d61e0cdc"); // MANIFEST.tsv
      assertThat(count(store, UNBALANCED)).isZero();
    }
  }

  @Test
  void anIcewsAnnualFileAfterItsWeeklyFileAddsOnlyItsNewEvents() throws Exception {
    List<String> lines = Files.readAllLines(TestData.file(ICEWS), StandardCharsets.UTF_8);
    Path weekly = write("events.2018.week22.tab", lines.subList(0, 1 + 50));
    Path annual = write("events.2018.annual.tab", lines.subList(0, 1 + 200));
    // unfiltered in one session, and with an actor filter across two sessions (the ids of the
    // weekly rows the filter left out are remembered in the store, not only in memory)
    for (Set<String> keep : Arrays.<Set<String>>asList(null, Set.of("RUS", "IRN", "USA", "CHN"))) {
      Path db = tmp.resolve("icews" + (keep == null ? "" : "-filtered") + ".duckdb");
      try (Store store = Store.open(db)) {
        FileLoader.load(store, icews(), weekly, "icews/events.2018.week22.tab", "icews", keep);
      }
      try (Store store = Store.open(db)) {
        FileResult r = FileLoader.load(store, icews(), annual, "icews/events.2018.annual.tab", "icews", keep);
        assertThat(List.of(r.rowsRead(), r.rowsLoaded() + r.rowsFiltered(), r.rowsDuplicate(), r.conflicts()))
            .containsExactly(200L, 150L, 50L, 0L);
        assertThat(r.repeats()).isEqualTo("icews/events.2018.annual.tab: 50 rows repeating an event id already"
            + " loaded; not stored, the first is kept");
        assertThat(count(store, "SELECT sum(rows_loaded) + sum(rows_filtered) FROM provenance")).isEqualTo(200);
        assertThat(count(store, "SELECT sum(events) FROM source_totals")).isEqualTo(200);
        assertThat(count(store, "SELECT count(*) - count(DISTINCT event_id) FROM events")).isZero();
        assertThat(count(store, UNBALANCED)).isZero();
        if (keep == null) {
          assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(200);
        }
      }
    }
  }

  @Test
  void anIcewsEventIdReissuedWithAnotherDateIsOneEventAndARecordedConflict() throws Exception {
    List<String> lines = Files.readAllLines(TestData.file(ICEWS), StandardCharsets.UTF_8);
    String row = lines.get(1); // Event ID 32889836, 2018-06-01
    assertThat(row).startsWith("32889836\t2018-06-01\t");
    Path first = write("events.2018.a.tab", List.of(lines.get(0), row, lines.get(2)));
    Path reissued = write("events.2018.b.tab", List.of(lines.get(0), lines.get(3), row.replace("\t2018-06-01\t", "\t2018-06-03\t")));
    try (Store store = Store.open(tmp.resolve("s.duckdb"))) {
      FileLoader.load(store, icews(), first, "a.tab", "icews");
      FileResult r = FileLoader.load(store, icews(), reissued, "b.tab", "icews");
      assertThat(List.of(r.rowsLoaded(), r.rowsDuplicate(), r.conflicts())).containsExactly(1L, 1L, 1L);
      assertThat(r.repeats()).isEqualTo("b.tab: 1 row repeating an event id already loaded (1 of them with another"
          + " event date, listed in table event_conflicts); not stored, the first is kept");
      assertThat(column(store, "SELECT file || ' ' || event_date FROM events WHERE event_id = '32889836'"))
          .containsExactly("a.tab 2018-06-01");
      assertThat(column(store, "SELECT concat_ws(' ', family, event_id, file, line, event_date, kept_file, kept_line,"
          + " kept_date) FROM event_conflicts")).containsExactly("icews-tab 32889836 b.tab 3 2018-06-03 a.tab 2 2018-06-01");
      assertThat(count(store, "SELECT sum(events) FROM source_totals")).isEqualTo(3);
      assertThat(count(store, "SELECT sum(events) FROM source_totals WHERE event_date = DATE '2018-06-03'")).isZero();
      // reloading the file that was not kept replaces its conflict, never doubles it
      FileLoader.load(store, icews(), reissued, "b.tab", "icews");
      assertThat(count(store, "SELECT count(*) FROM event_conflicts")).isEqualTo(1);
      assertThat(count(store, UNBALANCED)).isZero();
    }
    // a kept row the actor filter left out (Bangladesh -> Vietnam) has no stored file and line, only its date
    try (Store store = Store.open(tmp.resolve("filtered.duckdb"))) {
      FileLoader.load(store, icews(), first, "a.tab", "icews", Set.of("RUS"));
      FileLoader.load(store, icews(), reissued, "b.tab", "icews", Set.of("RUS"));
      assertThat(column(store, "SELECT concat_ws(' ', file, line, event_date, coalesce(kept_file, '-'), kept_date)"
          + " FROM event_conflicts")).containsExactly("b.tab 3 2018-06-03 - 2018-06-01");
      assertThat(count(store, "SELECT sum(events) FROM source_totals")).isEqualTo(3);
    }
  }

  @Test
  void reloadingAFileWhoseEventsALaterFileRepeatedIsRefusedAndLosesNothing() throws Exception {
    List<String> lines = Files.readAllLines(TestData.file(ICEWS), StandardCharsets.UTF_8);
    Path weekly = write("events.2018.week22.tab", lines.subList(0, 1 + 50));
    Path annual = write("events.2018.annual.tab", lines.subList(0, 1 + 200));
    // the weekly file as republished with 10 rows, under the same name
    Path shortened = Files.write(Files.createDirectories(tmp.resolve("republished")).resolve("events.2018.week22.tab"),
        lines.subList(0, 1 + 10), StandardCharsets.UTF_8);
    String week = "icews/events.2018.week22.tab";
    try (Store store = Store.open(tmp.resolve("s.duckdb"))) {
      FileLoader.load(store, icews(), weekly, week, "icews");
      FileLoader.load(store, icews(), annual, "icews/events.2018.annual.tab", "icews");
      // the annual file left out its first 50 rows as repeats of the weekly file's events: a weekly
      // file of 10 rows would take 40 of them out of every file (the store held 160 events, not 200)
      assertThatThrownBy(() -> FileLoader.load(store, icews(), shortened, week, "icews"))
          .hasMessage(week + ": loading it again would lose events that icews/events.2018.annual.tab left out"
              + " as repeats of its earlier load (keep-first); nothing of it was stored; load " + week
              + " and icews/events.2018.annual.tab into a new store (another --db) instead");
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(200);
      assertThat(count(store, "SELECT sum(events) FROM source_totals")).isEqualTo(200);
      assertThat(count(store, "SELECT rows_loaded FROM provenance WHERE file = '" + week + "'")).isEqualTo(50);
      // a reload that keeps every id of the earlier load loses nothing and is done
      FileResult same = FileLoader.load(store, icews(), weekly, week, "icews");
      assertThat(List.of(same.rowsRead(), same.rowsLoaded(), same.rowsDuplicate())).containsExactly(50L, 50L, 0L);
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(200);
      // the annual file repeated none of its own events: it may be reloaded shortened
      FileLoader.load(store, icews(), shortened, "icews/events.2018.annual.tab", "icews");
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(50);
      assertThat(count(store, UNBALANCED)).isZero();
    }
    // a file whose content another file repeats whole (duplicate_of) may not change its content either
    try (Store store = Store.open(tmp.resolve("copies.duckdb"))) {
      FileLoader.load(store, icews(), weekly, "a.tab", "icews");
      FileLoader.load(store, icews(), weekly, "copy.tab", "icews");
      assertThatThrownBy(() -> FileLoader.load(store, icews(), shortened, "a.tab", "icews"))
          .hasMessageContaining("a.tab: loading it again would lose events that copy.tab left out");
      assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(50);
      FileLoader.load(store, icews(), weekly, "a.tab", "icews");
      assertThat(column(store, "SELECT file || ' ' || coalesce(duplicate_of, '-') FROM provenance ORDER BY file"))
          .containsExactly("a.tab -", "copy.tab a.tab");
    }
  }

  private static IcewsTabReader icews() {
    return new IcewsTabReader(TestGdelt.cameo(), Countries.standard());
  }

  private Path write(String name, List<String> lines) throws IOException {
    return Files.write(tmp.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private static Path zip(Path member, Path zip) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(member.getFileName().toString()));
      Files.copy(member, z);
      z.closeEntry();
    }
    return zip;
  }
}
