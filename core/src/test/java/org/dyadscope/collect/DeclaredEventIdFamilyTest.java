package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyadscope.store.StoreQueries.column;
import static org.dyadscope.store.StoreQueries.count;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.LoadSink;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-file event identity follows the format's declaration ({@link SourceFormat#datasetEventIds}),
 * not a list of format names in the store: a registered test format that declares dataset event ids
 * keeps the first row of an id across files; the same reader declaring none stores every row.
 */
class DeclaredEventIdFamilyTest {
  @TempDir Path tmp;

  /** "event id TAB date TAB actor 1 country TAB actor 2 country TAB CAMEO code" lines; schema_flag = format name. */
  private record IdTsvReader(String format) implements SourceReader {
    @Override
    public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
      long line = 0;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String l = in.readLine(); l != null; l = in.readLine()) {
          line++;
          String[] f = l.split("\t");
          sink.event(new EventRow(source, f[0], LocalDate.parse(f[1]), null, f[2], null, f[2], f[3], null, f[3],
              f[4], f[4].substring(0, 3), f[4].substring(0, 2), 1, 1.0, null, null, null, format, fileLabel, line,
              null));
        }
      }
      return line;
    }
  }

  private static SourceFormat format(String name, boolean datasetEventIds) {
    return new SourceFormat(name, "test events with ids", Set.of(), List.of("events", "source_totals"), Set.of(),
        (spec, l) -> new IdTsvReader(name), datasetEventIds);
  }

  /** Loads a.tsv (ids 1, 2) then b.tsv (ids 2, 3: id 2 again, a day later) with the reader of {@code f}. */
  private List<FileResult> loadBoth(Store store, SourceFormat f) throws Exception {
    Path a = Files.writeString(tmp.resolve(f.name() + "-a.tsv"),
        "1\t2020-01-01\tRUS\tIRN\t042\n2\t2020-01-02\tRUS\tIRN\t051\n");
    Path b = Files.writeString(tmp.resolve(f.name() + "-b.tsv"),
        "2\t2020-01-03\tRUS\tIRN\t051\n3\t2020-01-04\tIRN\tRUS\t190\n");
    try (SourceFormats.Registration r = SourceFormats.register(f)) {
      SourceReader reader = new IdTsvReader(f.name());
      return List.of(FileLoader.load(store, reader, a, "a.tsv", "src"), FileLoader.load(store, reader, b, "b.tsv", "src"));
    }
  }

  @Test
  void aFormatDeclaringDatasetEventIdsKeepsTheFirstRowOfAnIdAcrossFiles() throws Exception {
    SourceFormat f = format("ids-tsv", true);
    assertThat(f.eventIdFamily()).isEqualTo("ids-tsv");
    try (Store store = Store.open(tmp.resolve("s.duckdb"))) {
      FileResult b = loadBoth(store, f).get(1);
      assertThat(List.of(b.rowsRead(), b.rowsLoaded(), b.rowsDuplicate(), b.conflicts())).containsExactly(2L, 1L, 1L, 1L);
      assertThat(column(store, "SELECT event_id || ' ' || file || ' ' || event_date FROM events ORDER BY event_id"))
          .containsExactly("1 a.tsv 2020-01-01", "2 a.tsv 2020-01-02", "3 b.tsv 2020-01-04");
      assertThat(column(store, "SELECT concat_ws(' ', family, event_id, file, event_date, kept_file, kept_date)"
          + " FROM event_conflicts")).containsExactly("ids-tsv 2 b.tsv 2020-01-03 a.tsv 2020-01-02");
      assertThat(count(store, "SELECT sum(events) FROM source_totals")).isEqualTo(3);
    }
  }

  @Test
  void theSameReaderWithoutDatasetEventIdsStoresEveryRow() throws Exception {
    SourceFormat f = format("made-up-ids-tsv", false);
    assertThat(f.eventIdFamily()).isNull();
    try (Store store = Store.open(tmp.resolve("s.duckdb"))) {
      FileResult b = loadBoth(store, f).get(1);
      assertThat(List.of(b.rowsRead(), b.rowsLoaded(), b.rowsDuplicate(), b.conflicts())).containsExactly(2L, 2L, 0L, 0L);
      assertThat(count(store, "SELECT count(*) FROM events WHERE event_id = '2'")).isEqualTo(2);
      assertThat(count(store, "SELECT count(*) FROM event_conflicts")).isZero();
      assertThat(count(store, "SELECT sum(events) FROM source_totals")).isEqualTo(4);
    }
  }
}
