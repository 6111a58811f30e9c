package org.dyadscope.collect.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyadscope.TestData;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.store.CountryGraphRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryGraphReaderTest {
  private static final String DAY = "gdelt_daily_country_graph/networks/20180901_network.zip";

  @TempDir Path tmp;

  /** A .npy file as NumPy writes it: magic, version 1.0, the header dict padded to 64 bytes, data. */
  static byte[] npy(String descr, String shape, double[] values) {
    String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    int total = 10 + dict.length() + 1;
    String header = dict + " ".repeat((64 - total % 64) % 64) + "\n";
    ByteBuffer b = ByteBuffer.allocate(10 + header.length() + values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
    b.put(header.getBytes(StandardCharsets.ISO_8859_1));
    for (double v : values) {
      b.putDouble(v);
    }
    return b.array();
  }

  private Path zip(String entry, byte[] content) throws IOException {
    Path dir = tmp.resolve("networks");
    Files.createDirectories(dir);
    Files.writeString(tmp.resolve(CountryGraphReader.INDEX_FILE),
        "Country_name\tAlpha3_code\nChina\tCHN \nIran\tIRN\nRussia\tRUS\n");
    Path z = dir.resolve("20200102_network.zip");
    try (OutputStream out = Files.newOutputStream(z); ZipOutputStream zo = new ZipOutputStream(out)) {
      zo.putNextEntry(new ZipEntry(entry));
      zo.write(content);
      zo.closeEntry();
    }
    return z;
  }

  private static final double[] M = {
    0, 1.5, -2.25,
    1.5, 0, 400.42,
    -2.25, 400.42, 0};

  @Test
  void readsTheCasePairsOnceEachWithTheirMatrixCells() throws IOException {
    Path z = zip("20200102_network.npy", npy("<f8", "(3, 3)", M));
    RecordingSink sink = new RecordingSink();
    long rows = new CountryGraphReader("RUS, IRN,CHN").read(z, "graph", "networks/20200102_network.zip", sink);
    assertThat(rows).isEqualTo(3);
    assertThat(sink.quarantined).isEmpty();
    assertThat(sink.graphCells).containsExactly(
        new CountryGraphRow("graph", LocalDate.of(2020, 1, 2), "CHN", "IRN", 1.5,
            "networks/20200102_network.zip!20200102_network.npy", 1),
        new CountryGraphRow("graph", LocalDate.of(2020, 1, 2), "CHN", "RUS", -2.25,
            "networks/20200102_network.zip!20200102_network.npy", 1),
        new CountryGraphRow("graph", LocalDate.of(2020, 1, 2), "IRN", "RUS", 400.42,
            "networks/20200102_network.zip!20200102_network.npy", 2));
  }

  @Test
  void anAsymmetricPairIsQuarantinedTheOthersLoad() throws IOException {
    double[] m = M.clone();
    m[7] = 400.0; // RUS-IRN differs from IRN-RUS
    RecordingSink sink = new RecordingSink();
    long rows = new CountryGraphReader("RUS,IRN,CHN").read(zip("20200102_network.npy", npy("<f8", "(3, 3)", m)),
        "graph", "z.zip", sink);
    assertThat(rows).isEqualTo(3);
    assertThat(sink.graphCells).hasSize(2);
    assertThat(sink.quarantined).singleElement().satisfies(q -> {
      assertThat(q.line()).isEqualTo(2);
      assertThat(q.reason()).startsWith("IRN-RUS cell 400.42 but RUS-IRN cell 400.0");
    });
  }

  @Test
  void aBadArchiveOrArrayIsOneQuarantinedRowSayingWhy() throws IOException {
    String[][] cases = {
      {"../20200102_network.npy", "<f8", "(3, 3)", "names a path"},
      {"x/20200102_network.npy", "<f8", "(3, 3)", "names a path"},
      {"20200102_network.npy", ">f8", "(3, 3)", "dtype '>f8', expected '<f8'"},
      {"20200102_network.npy", "<f8", "(3, 4)", "shape (3, 4), expected (3, 3)"},
      {"20201302_network.npy", "<f8", "(3, 3)", "not named YYYYMMDD_network.npy with a valid date"},
    };
    for (String[] c : cases) {
      RecordingSink sink = new RecordingSink();
      long rows = new CountryGraphReader("RUS,IRN").read(zip(c[0], npy(c[1], c[2], M)), "graph", "z.zip", sink);
      assertThat(rows).isEqualTo(1);
      assertThat(sink.graphCells).isEmpty();
      assertThat(sink.quarantined).singleElement().satisfies(q -> assertThat(q.reason()).contains(c[3]));
    }
    byte[] cut = npy("<f8", "(3, 3)", M);
    RecordingSink sink = new RecordingSink();
    new CountryGraphReader("RUS,IRN").read(zip("20200102_network.npy", java.util.Arrays.copyOf(cut, cut.length - 8)),
        "graph", "z.zip", sink);
    assertThat(sink.quarantined).singleElement().satisfies(q -> assertThat(q.reason()).contains("cut short"));
  }

  @Test
  void optionCountriesIsChecked() throws IOException {
    assertThatThrownBy(() -> new CountryGraphReader(null)).hasMessageContaining("options: {countries:");
    assertThatThrownBy(() -> new CountryGraphReader("RUS")).hasMessageContaining("a pair needs two");
    assertThatThrownBy(() -> new CountryGraphReader("RUS,Iran")).hasMessageContaining("'Iran' is not an ISO-3 code");
    Path z = zip("20200102_network.npy", npy("<f8", "(3, 3)", M));
    assertThatThrownBy(() -> new CountryGraphReader("RUS,USA").read(z, "g", "z.zip", new RecordingSink()))
        .hasMessageContaining("no country USA");
  }

  @Test
  void realDayRussiaIranEqualsTheManifestCellAndLoadsIntoTheStore() throws Exception {
    Path data = TestData.file(DAY);
    try (Store store = Store.open(tmp.resolve("case.duckdb"))) {
      try (FileLoad load = store.beginFile(DAY, CountryGraphReader.FORMAT, null, "gdelt-graph", "sha")) {
        long rows = new CountryGraphReader("RUS,IRN,USA,CHN").read(data, "gdelt-graph", DAY, load);
        assertThat(rows).isEqualTo(6);
        assertThat(load.loaded()).isEqualTo(6);
        load.commit(rows);
      }
      try (Statement s = store.connection().createStatement()) {
        ResultSet r = s.executeQuery("SELECT country_a, country_b, weight, day, line FROM country_graph_daily"
            + " ORDER BY country_a, country_b");
        // the MANIFEST's cells of 2018-09-01, to two decimals; RUS is matrix row 184 (0-based 183)
        Object[][] expected = {{"CHN", "IRN", 185.82}, {"CHN", "RUS", 153.38}, {"CHN", "USA", 276.17},
          {"IRN", "RUS", 400.42}, {"IRN", "USA", 300.09}, {"RUS", "USA", 262.09}};
        for (Object[] e : expected) {
          r.next();
          assertThat(r.getString(1)).isEqualTo(e[0]);
          assertThat(r.getString(2)).isEqualTo(e[1]);
          assertThat(r.getDouble(3)).isCloseTo((Double) e[2], within(0.005));
          assertThat(r.getObject(4, LocalDate.class)).isEqualTo(LocalDate.of(2018, 9, 1));
        }
        r = s.executeQuery("SELECT line FROM country_graph_daily WHERE country_a = 'IRN' AND country_b = 'RUS'");
        r.next();
        assertThat(r.getLong(1)).isEqualTo(106); // IRN is index 105
        r = s.executeQuery("SELECT rows_read, rows_loaded, rows_quarantined FROM provenance");
        r.next();
        assertThat(r.getLong(1)).isEqualTo(6);
        assertThat(r.getLong(2)).isEqualTo(6);
        assertThat(r.getLong(3)).isZero();
      }
    }
  }
}
