package org.dyadscope.collect.tkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyadscope.store.StoreQueries.count;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyadscope.TestData;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TKG rows through the real store: counts add up, and re-loading a zip replaces its members' rows. */
class TkgStoreLoadTest {
  private static TkgReader reader(Map<String, String> options) {
    return new TkgReader(TkgLayout.fromOptions(options), Lookups.cameo(), Lookups.cameoNames(), Lookups.resolver());
  }

  private static long load(Store store, TkgReader r, Path file, String label, String source)
      throws IOException, SQLException {
    try (FileLoad load = store.beginFile(label, TkgReader.FORMAT, null, source, "test")) {
      long rows = r.read(file, source, label, load);
      load.commit(rows);
      return rows;
    }
  }


  @Test
  void reloadingAZipReplacesItsMemberRows(@TempDir Path dir) throws IOException, SQLException {
    Path zip = dir.resolve("TOY.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(z, "entity2id.txt", "Russia\t0\nIran\t1\n");
      put(z, "relation2id.txt", "Make a visit\t0\nDance wildly\t1\n");
      put(z, "train.txt", "0\t0\t1\t0\n1\t0\t0\t24\n");
      put(z, "test.txt", "0\t1\t1\t48\n");
    }
    TkgReader r = reader(Map.of("naming", "ids", "time_unit", "hour", "epoch", "2018-01-01"));
    try (Store store = Store.open(dir.resolve("case.duckdb"))) {
      for (int i = 0; i < 2; i++) {
        assertThat(load(store, r, zip, "toy/TOY.zip", "toy")).isEqualTo(3);
        assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(2);
        assertThat(count(store, "SELECT count(*) FROM quarantine")).isEqualTo(1);
        assertThat(count(store, "SELECT count(*) FROM provenance")).isEqualTo(1);
      }
      assertThat(count(store, "SELECT count(*) FROM events WHERE file = 'toy/TOY.zip!train.txt'"
          + " AND actor1_country IN ('RUS', 'IRN') AND event_code = '042'")).isEqualTo(2);
      assertThat(count(store, "SELECT count(*) FROM quarantine WHERE file = 'toy/TOY.zip' AND line = 1"
          + " AND reason = 'toy/TOY.zip!test.txt: relation ''Dance wildly'' has no CAMEO code'")).isEqualTo(1);
    }
  }

  @Test
  void icews21TestSplitIntoTheStore(@TempDir Path dir) throws IOException, SQLException {
    Path test = TestData.file("icews21_zrllm/test.txt");
    TkgReader r = reader(Map.of("naming", "ids", "time_unit", "day", "epoch", "2021-01-01"));
    try (Store store = Store.open(dir.resolve("case.duckdb"))) {
      load(store, r, test, "icews21_zrllm/test.txt", "icews21");
      assertThat(count(store, "SELECT rows_loaded FROM provenance")).isEqualTo(1_395);
      assertThat(count(store, "SELECT rows_unresolved FROM provenance")).isEqualTo(r.stats().unresolvedRows());
      assertThat(count(store, "SELECT count(*) FROM events WHERE schema_flag = 'tkg-ids'"
          + " AND event_date BETWEEN DATE '2021-07-01' AND DATE '2021-08-31'")).isEqualTo(1_395);
      assertThat(count(store, "SELECT count(*) FROM events WHERE (actor1_name, actor2_name) IN"
          + " (('Russia', 'Iran'), ('Iran', 'Russia'))")).isEqualTo(4);
    }
  }

  private static void put(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }
}
