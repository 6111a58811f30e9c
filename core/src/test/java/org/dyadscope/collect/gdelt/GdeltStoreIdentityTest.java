package org.dyadscope.collect.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyadscope.TestData;
import org.dyadscope.collect.FileLoader;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store holds exactly what the GDELT reader produced: every column of every kept row, through
 * the pipelined loader ({@link FileLoader}) and through a plain {@link FileLoad} alike, with and
 * without an actor filter, on real files and on edge values.
 */
class GdeltStoreIdentityTest {
  private static final Set<String> ACTORS = Set.of("RUS", "IRN", "USA");

  @TempDir Path tmp;

  @Test
  void realFilesStoreTheReadersRowsExactly() throws Exception {
    for (String f : List.of("gdelt/v2_export/20191024143000.export.CSV", "gdelt/v2_export/20180326044500.export.CSV")) {
      Path file = TestData.file(f);
      RecordingSink read = read(file, f);
      assertThat(read.quarantined).isEmpty();
      List<EventRow> kept = read.events.stream()
          .filter(r -> kept(r.actor1Country()) || kept(r.actor2Country())).toList();
      assertThat(kept).hasSizeBetween(100, read.events.size() - 100);

      // a store per file: the reload without the filter leaves a store loaded without --actors
      try (Store store = Store.open(tmp.resolve("pipelined-" + file.getFileName() + ".duckdb"))) {
        FileLoader.load(store, TestGdelt.reader(), file, f, "gdelt2", ACTORS);
        assertThat(stored(store, f)).containsExactlyElementsOf(kept);
        assertThat(counts(store, f)).containsExactly((long) read.events.size(), (long) kept.size(), 0L, 0L,
            (long) (read.events.size() - kept.size()));
        // re-loading replaces, unfiltered this time
        FileLoader.load(store, TestGdelt.reader(), file, f, "gdelt2");
        assertThat(stored(store, f)).containsExactlyElementsOf(read.events);
      }
      try (Store store = Store.open(tmp.resolve("direct.duckdb"))) {
        try (FileLoad load = store.beginFile(f, "gdelt", "gdelt", "gdelt2", "sha")) {
          load.keepActors(ACTORS);
          load.commit(TestGdelt.reader().read(file, "gdelt2", f, load));
        }
        assertThat(stored(store, f)).containsExactlyElementsOf(kept);
      }
    }
  }

  @Test
  void edgeValuesSurviveTheStore() throws Exception {
    GdeltRows v2 = GdeltRows.v2();
    List<String> lines = List.of(
        v2.line61(),
        // non-ASCII name, a quote and a backslash: stored as read, never unescaped
        GdeltRows.v2().set(0, "2").set(6, "CÔTE D'IVOIRE \"CIV\"").set(16, "A\\N").set(60, "https://x.org/a\"b\\c").line61(),
        // "---": no code, no QuadClass, no Goldstein; blank AvgTone and NumMentions
        GdeltRows.v2().set(0, "3").set(26, "---").set(27, "").set(28, "").set(31, "").set(34, "").line61(),
        GdeltRows.v2().set(0, "4").set(30, "").set(5, "").set(7, "").line61(),
        "a\tcut\tline",
        GdeltRows.v2().set(0, "5").line1(true),
        GdeltRows.v2().set(0, "6").set(1, "19790101").set(34, "-0.000123456789012345").line1(false));
    Path file = tmp.resolve("edge.CSV");
    Files.write(file, lines, StandardCharsets.UTF_8);
    RecordingSink read = read(file, "edge.CSV");
    assertThat(read.events).hasSize(6);
    assertThat(read.quarantined).extracting(RecordingSink.Rejected::line).containsExactly(5L);

    try (Store store = Store.open(tmp.resolve("edge.duckdb"))) {
      FileLoader.load(store, TestGdelt.reader(), file, "edge.CSV", "gdelt2");
      assertThat(stored(store, "edge.CSV")).containsExactlyElementsOf(read.events);
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT file, line, reason FROM quarantine")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("edge.CSV");
        assertThat(rs.getLong(2)).isEqualTo(5);
        assertThat(rs.getString(3)).isEqualTo("3 fields, expected 57, 58 or 61");
        assertThat(rs.next()).isFalse();
      }
    }
  }

  private static boolean kept(String country) {
    return country != null && ACTORS.contains(country);
  }

  private static RecordingSink read(Path file, String label) throws IOException {
    RecordingSink sink = new RecordingSink();
    long rows = TestGdelt.reader().read(file, "gdelt2", label, sink);
    assertThat(rows).isEqualTo(sink.total());
    return sink;
  }

  /** provenance rows_read, rows_loaded, rows_quarantined, rows_duplicate, rows_filtered. */
  private static List<Long> counts(Store store, String file) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT rows_read, rows_loaded, rows_quarantined, rows_duplicate,"
            + " rows_filtered FROM provenance WHERE file = '" + file + "'")) {
      assertThat(rs.next()).isTrue();
      List<Long> out = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        out.add(rs.getLong(i));
      }
      return out;
    }
  }

  /** The stored events of {@code file} in line order, read back into rows. */
  private static List<EventRow> stored(Store store, String file) throws SQLException {
    List<EventRow> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM events WHERE file = '" + file + "' ORDER BY line")) {
      while (rs.next()) {
        Object quad = rs.getObject("quad_class");
        out.add(new EventRow(
            rs.getString("source"),
            rs.getString("event_id"),
            rs.getObject("event_date", LocalDate.class),
            rs.getObject("date_added", LocalDateTime.class),
            rs.getString("actor1_code"),
            rs.getString("actor1_name"),
            rs.getString("actor1_country"),
            rs.getString("actor2_code"),
            rs.getString("actor2_name"),
            rs.getString("actor2_country"),
            rs.getString("event_code"),
            rs.getString("event_base"),
            rs.getString("event_root"),
            quad == null ? null : ((Number) quad).intValue(),
            (Double) rs.getObject("goldstein"),
            (Integer) rs.getObject("num_mentions"),
            (Double) rs.getObject("avg_tone"),
            rs.getString("source_url"),
            rs.getString("schema_flag"),
            rs.getString("file"),
            rs.getLong("line"),
            rs.getString("action_country")));
      }
    }
    return out;
  }
}
