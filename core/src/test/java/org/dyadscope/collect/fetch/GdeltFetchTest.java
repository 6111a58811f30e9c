package org.dyadscope.collect.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyadscope.TestData;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.gdelt.TestGdelt;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fetch} against a local GDELT-like server on 127.0.0.1 serving zips built here from the real
 * 2.0 exports, with a generated master list and one fault of each kind.
 *
 * <p>Days 2019-10-20..28, daily slots (the 00:00 file): 20 cut off halfway on the first request
 * (resumed), 21 stalls past the timeout on the first request (retried), 22 missing on the server
 * (404), 23 a corrupt zip (bad CRC; the list has its real MD5), 24 an HTML page served for the zip,
 * 25 not in the master list, 26 listed twice, 27 an empty member, 28 a member that is not GDELT.
 */
class GdeltFetchTest {
  private static final Duration TIMEOUT = Duration.ofMillis(500);

  @TempDir Path tmp;

  private HttpServer server;
  private String base;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<String> ranges = new CopyOnWriteArrayList<>();
  private CameoTable cameo;

  @BeforeEach
  void start() throws Exception {
    cameo = TestGdelt.cameo();
    byte[] a = Files.readAllBytes(TestData.file("gdelt/v2_export/20191024143000.export.CSV"));
    byte[] b = Files.readAllBytes(TestData.file("gdelt/v2_export/20180326044500.export.CSV"));
    StringBuilder list = new StringBuilder();
    for (int day = 20; day <= 28; day++) {
      String member = "201910" + day + "000000.export.CSV";
      byte[] content = day == 27 ? new byte[0]
          : day == 28 ? "<html>not gdelt</html>\nsecond line\n".getBytes(StandardCharsets.UTF_8)
          : day % 2 == 0 ? a : b;
      byte[] zip = zip(member, content);
      String name = member + ".zip";
      if (day != 25) {
        list.append(zip.length).append(' ').append(md5(zip)).append(" BASE/gdeltv2/").append(name).append('\n');
      }
      if (day == 26) {
        list.append(zip.length).append(' ').append(md5(zip)).append(" BASE/gdeltv2/").append(name).append('\n');
      }
      // mentions files share the list and are not export slots
      list.append("123 0123456789abcdef0123456789abcdef BASE/gdeltv2/201910").append(day)
          .append("000000.mentions.CSV.zip\n");
      if (day == 23) {
        zip = corrupt(zip);
        // the list announces the served bytes: a published file that is itself bad
        list.setLength(list.lastIndexOf("\n", list.length() - 2) + 1);
        list.setLength(list.lastIndexOf("\n", list.length() - 2) + 1);
        list.append(zip.length).append(' ').append(md5(zip)).append(" BASE/gdeltv2/").append(name).append('\n');
        list.append("123 0123456789abcdef0123456789abcdef BASE/gdeltv2/20191023000000.mentions.CSV.zip\n");
      }
      if (day == 24) {
        zip = "<!DOCTYPE html><html><body>Service unavailable</body></html>".getBytes(StandardCharsets.UTF_8);
      }
      if (day != 22) {
        files.put("/gdeltv2/" + name, zip);
      }
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    byte[] master = list.toString().replace("BASE", base).getBytes(StandardCharsets.UTF_8);
    files.put("/gdeltv2/masterfilelist.txt", master);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) { // null when start() skipped for want of the real data
      server.stop(0);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    int hit = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    byte[] body = files.get(path);
    try (ex) {
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      if (path.contains("20191021") && hit == 1) {
        sleep(TIMEOUT.toMillis() * 4); // first answer comes too late
      }
      String range = ex.getRequestHeaders().getFirst("Range");
      int from = 0;
      if (range != null && range.startsWith("bytes=")) {
        ranges.add(path + " " + range);
        from = Integer.parseInt(range.substring(6, range.length() - 1));
        ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
        ex.sendResponseHeaders(206, body.length - from);
      } else {
        ex.sendResponseHeaders(200, body.length);
      }
      OutputStream out = ex.getResponseBody();
      if (path.contains("20191020") && hit == 1) {
        out.write(body, 0, body.length / 2); // connection dropped halfway
        out.flush();
        throw new IOException("drop");
      }
      out.write(body, from, body.length - from);
    }
  }

  private GdeltFetch.Request request(Path out) {
    return new GdeltFetch.Request(2, LocalDate.of(2019, 10, 20), LocalDate.of(2019, 10, 28), true, base, out, 3);
  }

  private GdeltFetch fetch() {
    return new GdeltFetch(new Downloader.Settings(TIMEOUT, 3, Duration.ofMillis(10)), TestGdelt.reader());
  }

  @Test
  void recoversFromEveryFaultAndNamesEachGap() throws Exception {
    Path out = tmp.resolve("dl");
    List<String> log = new ArrayList<>();
    CoverageReport report = fetch().run(request(out), null, null, log::add);

    Map<String, SlotResult> by = new java.util.HashMap<>();
    report.results().forEach(r -> by.put(r.slot().name().substring(6, 8), r));
    assertThat(report.results()).hasSize(9);
    // recovered: resumed after a dropped connection, retried after a timeout
    assertThat(by.get("20").outcome()).isEqualTo(Outcome.LOADED);
    assertThat(by.get("20").attempts()).isEqualTo(2);
    assertThat(ranges).singleElement().asString().startsWith("/gdeltv2/20191020000000.export.CSV.zip bytes=")
        .doesNotEndWith("bytes=0-");
    assertThat(by.get("20").rows()).isEqualTo(2111);
    assertThat(by.get("20").members()).containsExactly("20191020000000.export.CSV");
    assertThat(by.get("21").outcome()).isEqualTo(Outcome.LOADED);
    assertThat(by.get("21").attempts()).isEqualTo(2);
    assertThat(by.get("21").rows()).isEqualTo(1540);
    assertThat(by.get("26").outcome()).isEqualTo(Outcome.LOADED);
    // each gap told apart
    assertThat(by.get("22").outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(by.get("22").attempts()).isEqualTo(1); // a 404 is not retried
    assertThat(by.get("23").outcome()).isEqualTo(Outcome.CORRUPT_ZIP);
    assertThat(by.get("24").outcome()).isEqualTo(Outcome.NOT_A_ZIP);
    assertThat(by.get("24").detail()).contains("an HTML page");
    assertThat(by.get("25").outcome()).isEqualTo(Outcome.NOT_IN_MASTER_LIST);
    assertThat(by.get("27").outcome()).isEqualTo(Outcome.EMPTY);
    assertThat(by.get("28").outcome()).isEqualTo(Outcome.PARSE_ERROR);
    assertThat(by.get("28").quarantined()).isEqualTo(2);
    assertThat(report.rowsLoaded()).isEqualTo(2111 + 1540 + 2111);
    assertThat(log).anySatisfy(l -> assertThat(l).contains("1 repeated lines ignored"));

    List<String> summary = report.summary();
    assertThat(summary.get(0)).isEqualTo("expected 9 files, loaded 3, gaps 6, rows loaded 5762, "
        + "1 repeated master-list line ignored");
    for (String day : List.of("22", "23", "24", "25", "27", "28")) {
      assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("gap 201910" + day + "000000.export.CSV.zip (2019-10-" + day + "): "));
    }
    assertThat(summary).anySatisfy(l -> assertThat(l).contains("not_found, HTTP 404 Not Found"));
    List<String> csv = Files.readAllLines(report.write(out));
    assertThat(csv.get(0)).isEqualTo("slot,first_day,last_day,outcome,gap,detail,members,rows,loaded,quarantined,attempts");
    assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("20191022000000.export.CSV.zip,2019-10-22,2019-10-22,not_found,true,"));
    // nothing half-written is left under a final name
    assertThat(out.resolve("20191024000000.export.CSV.zip")).doesNotExist();
    assertThat(out.resolve("20191020000000.export.CSV.zip")).exists();

    // a second run downloads nothing that is already complete
    int before = hits.get("/gdeltv2/20191020000000.export.CSV.zip").get();
    CoverageReport again = fetch().run(request(out), null, null, l -> { });
    assertThat(hits.get("/gdeltv2/20191020000000.export.CSV.zip").get()).isEqualTo(before);
    assertThat(again.results().get(0).attempts()).isZero();
    assertThat(again.gaps()).hasSize(6);
  }

  @Test
  void loadsIntoAStoreWithAnActorFilterKeepingTheTotals() throws Exception {
    try (Store store = Store.open(tmp.resolve("s.duckdb"))) {
      CoverageReport report = fetch().run(request(tmp.resolve("dl")), store, java.util.Set.of("IRN", "RUS"), l -> { });
      assertThat(report.rowsLoaded()).isEqualTo(5762); // rows parsed as events, repeats included
      // the 26th serves the 20th's content again: stored once, its 2,111 rows counted as duplicates
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM events), (SELECT sum(events) FROM source_totals),"
              + " (SELECT sum(rows_filtered) FROM provenance), (SELECT count(*) FROM events WHERE"
              + " actor1_country NOT IN ('IRN', 'RUS') AND actor2_country NOT IN ('IRN', 'RUS')),"
              + " (SELECT sum(rows_duplicate) FROM provenance)")) {
        rs.next();
        assertThat(rs.getLong(2)).isEqualTo(3651);
        assertThat(rs.getLong(1) + rs.getLong(3)).isEqualTo(3651);
        assertThat(rs.getLong(5)).isEqualTo(2111);
        assertThat(rs.getLong(1)).isBetween(1L, 3650L);
        assertThat(rs.getLong(4)).isZero();
      }
    }
  }

  @Test
  void commandLineWritesTheCoverageReportAndFailsOnGaps() throws Exception {
    Path out = tmp.resolve("cli");
    int code = org.dyadscope.cli.Main.execute("fetch", "gdelt", "--from", "2019-10-20", "--to", "2019-10-28",
        "--slots", "daily", "--base-url", base + "/", "--out", out.toString(), "--timeout", "1",
        "--attempts", "2", "--data", TestData.root().toString());
    assertThat(code).isEqualTo(1);
    assertThat(Files.readAllLines(out.resolve("coverage.csv"))).hasSize(10);
    assertThat(org.dyadscope.cli.Main.execute("fetch", "gdelt", "--from", "2019-10-28", "--to", "2019-10-20",
        "--base-url", base, "--out", out.toString(), "--data", TestData.root().toString())).isEqualTo(2);
  }

  @Test
  void dateRangesMapToTheRightFiles() {
    List<Slots.Slot> v1 = Slots.v1(LocalDate.of(2005, 12, 15), LocalDate.of(2013, 4, 2));
    assertThat(v1.get(0)).isEqualTo(new Slots.Slot("2005.zip", LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 31)));
    assertThat(v1.get(1).name()).isEqualTo("200601.zip");
    assertThat(v1.get(87).name()).isEqualTo("201303.zip"); // 7 years x 12 + 3 months
    assertThat(v1.subList(88, 90)).extracting(Slots.Slot::name)
        .containsExactly("20130401.export.CSV.zip", "20130402.export.CSV.zip");
    assertThat(v1).hasSize(90);
    assertThat(Slots.v2(LocalDate.of(2019, 10, 24), LocalDate.of(2019, 10, 24), false)).hasSize(96)
        .first().extracting(Slots.Slot::name).isEqualTo("20191024000000.export.CSV.zip");
    // GDELT 2.0 began at 2015-02-18 23:00: four slots that day
    assertThat(Slots.v2(LocalDate.of(2015, 2, 18), LocalDate.of(2015, 2, 18), false)).extracting(Slots.Slot::name)
        .containsExactly("20150218230000.export.CSV.zip", "20150218231500.export.CSV.zip",
            "20150218233000.export.CSV.zip", "20150218234500.export.CSV.zip");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Slots.v2(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 1, 2), false))
        .hasMessageContaining("use --version 1");
  }

  @Test
  void masterListsParseAndRepeatsAreCounted() throws IOException {
    MasterList v1 = MasterList.parseV1(
        new java.io.ByteArrayInputStream(("0123456789abcdef0123456789abcdef  1979.zip\n"
            + "fedcba9876543210fedcba9876543210  20130401.export.CSV.zip\n"
            + "fedcba9876543210fedcba9876543210  20130401.export.CSV.zip\n").getBytes(StandardCharsets.UTF_8)),
        new java.io.ByteArrayInputStream("123 1979.zip\n456 20130401.export.CSV.zip\nbroken\n".getBytes(StandardCharsets.UTF_8)),
        "http://h/events");
    assertThat(v1.get("1979.zip")).isEqualTo(new RemoteFile("http://h/events/1979.zip", "1979.zip", 123,
        "0123456789abcdef0123456789abcdef"));
    assertThat(v1.repeats()).isEqualTo(1);
    assertThat(v1.badLines()).singleElement().asString().contains("broken");
  }

  private static byte[] zip(String member, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(member));
      z.write(content);
      z.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** Flips bytes in the middle of the compressed data: the archive opens, its CRC fails. */
  private static byte[] corrupt(byte[] zip) {
    byte[] c = zip.clone();
    for (int i = c.length / 3; i < c.length / 3 + 16; i++) {
      c[i] ^= 0x5A;
    }
    return c;
  }

  private static String md5(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
