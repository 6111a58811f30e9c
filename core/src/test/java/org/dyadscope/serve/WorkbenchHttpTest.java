package org.dyadscope.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.review.ReviewLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of {@code dyadscope serve} over the flagship run's store ({@link FlagshipStore}),
 * through HTTP on a free port: the views' values against the run's own CSV files and the README's
 * figures, the events behind a point as many as its n, bad parameters, traversal attempts, the
 * security headers, and reviews (token, origin, body cap, validation, surviving a restart).
 */
class WorkbenchHttpTest {
  @TempDir static Path reviewsDir;
  static Path out;
  static CaseFile caseFile;
  static Workbench server;
  static HttpProbe http;

  @BeforeAll
  static void start() throws Exception {
    out = FlagshipStore.outputFolder();
    caseFile = CaseLoader.load(FlagshipStore.CASE);
    server = Workbench.start(out.resolve("case.duckdb"), caseFile, new ReviewLog(reviewsDir.resolve("reviews.tsv")),
        "127.0.0.1", 0);
    http = new HttpProbe(server.port());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> csv(String text) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))
        .getRecords();
  }

  private static List<CSVRecord> csvFile(String name) throws Exception {
    try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  @Test
  void sessionAndOptionsNameTheCaseAndItsClosedLists() throws Exception {
    JsonNode s = http.json("/api/session");
    assertThat(s.get("token").asText()).isEqualTo(server.token()).hasSizeGreaterThan(40);
    assertThat(s.get("store").asText()).isEqualTo("case.duckdb");
    assertThat(s.get("case").asText()).isEqualTo("russia-iran-2012-2022");
    JsonNode o = http.json("/api/options");
    assertThat(texts(o.get("sources"))).contains("gdelt2", "icews18", "icews05-15-random");
    assertThat(texts(o.get("dyads"))).startsWith("RUS->IRN", "IRN->RUS").contains("USA->RUS");
    assertThat(texts(o.get("triads"))).containsExactly("RUS-IRN-USA", "RUS-IRN-CHN");
    assertThat(texts(o.get("measures"))).containsExactlyElementsOf(Catalog.MEASURES);
    assertThat(texts(o.get("frequencies"))).containsExactly("month", "year");
    assertThat(o.get("cameo_roots")).hasSize(20);
    assertThat(o.get("cameo_roots").get(0).get("name").asText()).isEqualTo("MAKE PUBLIC STATEMENT");
    List<String> markers = new ArrayList<>();
    o.get("markers").forEach(m -> markers.add(m.get("date").asText() + " " + m.get("label").asText()));
    assertThat(markers).anyMatch(m -> m.startsWith("2015-07-14 "));
    List<CSVRecord> rows = csv(http.get("/api/options?format=csv").body());
    assertThat(rows).filteredOn(r -> r.get("option").equals("cameo_root")).hasSize(20);
    assertThat(rows).filteredOn(r -> r.get("option").equals("source")).hasSize(o.get("sources").size());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void storedSeriesAreTheRunsEventSeriesAndGapsHaveNoPoint() throws Exception {
    for (String freq : List.of("month", "year")) {
      String file = freq.equals("month") ? "series/events_monthly.csv" : "series/events_yearly.csv";
      Map<String, CSVRecord> expected = new HashMap<>();
      for (CSVRecord r : csvFile(file)) {
        if (r.get("dyad").equals("RUS->IRN")) {
          expected.put(r.get("source") + "|" + r.get("period"), r);
        }
      }
      JsonNode body = http.json("/api/series?source=icews05-15-random,icews18,gdelt2&dyad=" + q("RUS->IRN")
          + "&measure=goldstein_mean&freq=" + freq);
      int points = 0;
      for (JsonNode series : body.get("series")) {
        for (JsonNode p : series.get("points")) {
          CSVRecord r = expected.get(series.get("source").asText() + "|" + p.get("period").asText());
          assertThat(r).as("a point the run's CSV has").isNotNull();
          assertThat(p.get("n").asLong()).isEqualTo(Long.parseLong(r.get("events")));
          if (r.get("goldstein_mean").isEmpty()) {
            assertThat(p.get("value").isNull()).isTrue();
          } else {
            assertThat(p.get("value").asDouble()).isCloseTo(Double.parseDouble(r.get("goldstein_mean")), within(1e-9));
          }
          points++;
        }
      }
      long csvRows = expected.keySet().stream().filter(k -> k.startsWith("icews05-15-random|")
          || k.startsWith("icews18|") || k.startsWith("gdelt2|")).count();
      assertThat(points).isEqualTo(csvRows).isPositive();
    }
    // icews18 covers 2018-01..2018-10 only: no point outside, however wide the range asked for
    JsonNode icews18 = http.json("/api/series?source=icews18&dyad=" + q("RUS->IRN") + "&freq=month&from=2012-01&to=2022-12");
    assertThat(icews18.get("series").get(0).get("points")).hasSize(10);
    assertThat(icews18.get("series").get(0).get("points").get(0).get("period").asText()).isEqualTo("2018-01");
    // a range cuts the points; a triad gives one series per directed dyad
    JsonNode cut = http.json("/api/series?source=icews05-15-random&dyad=" + q("RUS->IRN") + "&freq=month&from=2013-03&to=2013-05");
    List<String> periods = new ArrayList<>();
    cut.get("series").get(0).get("points").forEach(p -> periods.add(p.get("period").asText()));
    assertThat(periods).containsExactly("2013-03", "2013-04", "2013-05");
    JsonNode triad = http.json("/api/series?source=icews05-15-random&dyad=RUS-IRN-USA&freq=year");
    List<String> dyads = new ArrayList<>();
    triad.get("series").forEach(s -> dyads.add(s.get("dyad").asText()));
    assertThat(dyads).containsExactlyInAnyOrder("RUS->IRN", "IRN->RUS", "RUS->USA", "USA->RUS", "IRN->USA", "USA->IRN");
  }

  @Test
  void seriesOfEveryCameoRootEqualTheStoredSeriesForEveryMeasure() throws Exception {
    String all = String.join(",", java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList());
    int compared = 0;
    for (String freq : List.of("month", "year")) {
      for (String measure : Catalog.MEASURES) {
        String base = "/api/series?source=icews05-15-random,icews18,gdelt2,icews22&dyad=RUS-IRN-USA&measure=" + measure
            + "&freq=" + freq;
        JsonNode stored = http.json(base);
        JsonNode computed = http.json(base + "&cameo_root=" + all);
        assertThat(computed.get("series").size()).isEqualTo(stored.get("series").size());
        for (int i = 0; i < stored.get("series").size(); i++) {
          JsonNode a = stored.get("series").get(i);
          JsonNode b = computed.get("series").get(i);
          assertThat(b.get("source").asText() + b.get("dyad").asText()).isEqualTo(a.get("source").asText() + a.get("dyad").asText());
          assertThat(b.get("points").size()).isEqualTo(a.get("points").size());
          for (int j = 0; j < a.get("points").size(); j++) {
            JsonNode pa = a.get("points").get(j);
            JsonNode pb = b.get("points").get(j);
            assertThat(pb.get("period").asText()).isEqualTo(pa.get("period").asText());
            assertThat(pb.get("n").asLong()).isEqualTo(pa.get("n").asLong());
            if (pa.get("value").isNull()) {
              assertThat(pb.get("value").isNull()).as(measure + " " + pa).isTrue();
            } else {
              assertThat(pb.get("value").asDouble()).as(measure + " " + pa).isCloseTo(pa.get("value").asDouble(), within(1e-9));
            }
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
    // one root counts a part of the events, as many as its drill-down lists
    JsonNode consult = http.json("/api/series?source=icews05-15-random&dyad=" + q("RUS->IRN") + "&freq=year&cameo_root=04");
    JsonNode allRoots = http.json("/api/series?source=icews05-15-random&dyad=" + q("RUS->IRN") + "&freq=year");
    long consultSum = 0;
    long allSum = 0;
    for (JsonNode p : consult.get("series").get(0).get("points")) {
      consultSum += p.get("n").asLong();
      JsonNode events = http.json("/api/events?source=icews05-15-random&dyad=" + q("RUS->IRN") + "&freq=year&period="
          + p.get("period").asText() + "&cameo_root=04&size=500");
      assertThat(events.get("total").asLong()).isEqualTo(p.get("n").asLong());
      events.get("rows").forEach(r -> assertThat(r.get("cameo_code").asText()).startsWith("04"));
    }
    for (JsonNode p : allRoots.get("series").get(0).get("points")) {
      allSum += p.get("n").asLong();
    }
    assertThat(consultSum).isPositive().isLessThan(allSum);
  }

  @Test
  void theEventsBehindAPointAreAsManyAsItsN() throws Exception {
    int checked = 0;
    for (String source : List.of("icews05-15-random", "icews18", "gdelt2")) {
      for (String freq : List.of("month", "year")) {
        JsonNode series = http.json("/api/series?source=" + source + "&dyad=" + q("RUS->IRN") + "&freq=" + freq);
        for (JsonNode p : series.get("series").get(0).get("points")) {
          String url = "/api/events?source=" + source + "&dyad=" + q("RUS->IRN") + "&freq=" + freq + "&period="
              + p.get("period").asText() + "&size=100";
          JsonNode page = http.json(url);
          long n = p.get("n").asLong();
          assertThat(page.get("total").asLong()).as(url).isEqualTo(n);
          assertThat(page.get("rows").size()).isEqualTo((int) Math.min(n, 100));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
    // the largest icews18 month: paged, sorted, every row of the point in the CSV export
    JsonNode year = http.json("/api/series?source=icews18&dyad=" + q("RUS->IRN") + "&freq=month");
    JsonNode biggest = null;
    for (JsonNode p : year.get("series").get(0).get("points")) {
      if (biggest == null || p.get("n").asLong() > biggest.get("n").asLong()) {
        biggest = p;
      }
    }
    long n = biggest.get("n").asLong();
    assertThat(n).isGreaterThan(100);
    String base = "/api/events?source=icews18&dyad=" + q("RUS->IRN") + "&freq=month&period=" + biggest.get("period").asText();
    JsonNode page2 = http.json(base + "&sort=goldstein&dir=desc&page=2&size=50");
    assertThat(page2.get("rows")).hasSize((int) Math.min(50, n - 50));
    JsonNode first = http.json(base + "&sort=goldstein&dir=desc&page=1&size=50");
    double lastOfFirst = first.get("rows").get(49).get("goldstein").asDouble();
    assertThat(page2.get("rows").get(0).get("goldstein").asDouble()).isLessThanOrEqualTo(lastOfFirst);
    JsonNode row = first.get("rows").get(0);
    assertThat(row.get("source_actor").asText()).isEqualTo("RUS");
    assertThat(row.get("target_actor").asText()).isEqualTo("IRN");
    assertThat(row.get("date").asText()).startsWith(biggest.get("period").asText());
    assertThat(row.get("cameo_name").asText()).isNotBlank();
    assertThat(row.get("file").asText()).startsWith("icews18");
    assertThat(row.get("line").asLong()).isPositive();
    HttpResponse<String> csv = http.get(base + "&format=csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv(csv.body())).hasSize((int) n);
    assertThat(csv.headers().firstValue("X-Rows-Total")).hasValue(Long.toString(n));
    assertThat(csv.headers().firstValue("X-Rows-Truncated")).isEmpty();
  }

  @Test
  void unknownValuesAre400sNamingTheValidOnes() throws Exception {
    HttpResponse<String> r = http.get("/api/series?source=gdelt9&dyad=" + q("RUS->IRN"));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode e = HttpProbe.JSON.readTree(r.body());
    assertThat(e.get("error").asText()).startsWith("unknown source 'gdelt9'; valid: gdelt2");
    assertThat(texts(e.get("valid"))).contains("gdelt2", "icews18");
    JsonNode dyad = HttpProbe.JSON.readTree(http.get("/api/series?source=gdelt2&dyad=" + q("RUS->ISR")).body());
    assertThat(dyad.get("error").asText()).startsWith("unknown dyad 'RUS->ISR'");
    assertThat(texts(dyad.get("valid"))).contains("RUS->IRN", "RUS-IRN-USA");
    JsonNode measure = HttpProbe.JSON.readTree(http.get("/api/series?source=gdelt2&dyad=" + q("RUS->IRN")
        + "&measure=tone").body());
    assertThat(texts(measure.get("valid"))).containsExactlyElementsOf(Catalog.MEASURES);
    for (String bad : List.of("/api/series?dyad=" + q("RUS->IRN"), "/api/series?source=gdelt2&dyad=" + q("RUS->IRN") + "&freq=week",
        "/api/series?source=gdelt2&dyad=" + q("RUS->IRN") + "&cameo_root=21",
        "/api/series?source=gdelt2&dyad=" + q("RUS->IRN") + "&from=2015-13",
        "/api/events?source=gdelt2&dyad=" + q("RUS->IRN") + "&freq=month&period=2019",
        "/api/events?source=gdelt2&dyad=" + q("RUS->IRN") + "&freq=month&period=2019-10&size=501",
        "/api/events?source=gdelt2&dyad=" + q("RUS->IRN") + "&freq=month&period=2019-10&sort=event_id;DROP",
        "/api/kwic?speaker=XXX", "/api/kwic?sector=cyber", "/api/kwic?move=2", "/api/options?format=xlsx",
        "/api/trace?format=xml", "/api/overview?format=csv&part=secrets")) {
      HttpResponse<String> res = http.get(bad);
      assertThat(res.statusCode()).as(bad).isEqualTo(400);
      assertThat(HttpProbe.JSON.readTree(res.body()).get("error").asText()).as(bad).isNotBlank();
    }
    HttpResponse<String> missing = http.get("/api/documents/" + q("ungd:XXX_99_2099"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(HttpProbe.JSON.readTree(missing.body()).get("error").asText()).contains("ungd:XXX_99_2099");
  }

  @Test
  void noRequestReachesTheFileSystem() throws Exception {
    for (String target : List.of("/static/../../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/%2e%2e%2f%2e%2e%2fpom.xml",
        "/static/..%2f..%2fpom.xml", "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/index.html%00.xml",
        "/webjars/../../pom.xml", "/webjars/uplot/..%2f..%2f..%2fpom.xml", "/webjars/uplot/%2e%2e/%2e%2e/%2e%2e/pom.xml",
        "/webjars//etc/passwd", "/webjars/uplot/dist/../../../../../../etc/passwd", "/../pom.xml", "/%2e%2e/pom.xml",
        "/static/org/dyadscope/serve/Workbench.class", "/webjars/META-INF/MANIFEST.MF")) {
      int status = http.rawStatus(target);
      assertThat(status).as(target).isIn(400, 404);
    }
    assertThat(http.rawStatus("/static/index.html")).isEqualTo(200);
    assertThat(http.get("/webjars/uplot/dist/uPlot.iife.min.js").statusCode()).isEqualTo(200);
    assertThat(http.get("/webjars/uplot/1.6.30/dist/uPlot.min.css").statusCode()).isEqualTo(200);
  }

  @Test
  void everyResponseCarriesThePolicyAndForeignHostsAndOriginsAreRefused() throws Exception {
    for (String path : List.of("/", "/api/options", "/api/nothing", "/static/none.js")) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(RequestGuard.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
    assertThat(http.get("/").headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(http.get("/api/options", "Origin", "http://evil.example").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/options", "Origin", http.origin()).statusCode()).isEqualTo(200);
    // a DNS-rebound name reaches the port with another Host
    assertThat(http.rawStatus("/api/session", "evil.example:" + server.port())).isEqualTo(403);
    assertThat(http.rawStatus("/api/session", "localhost:" + server.port())).isEqualTo(200);
  }

  @Test
  void overviewTraceAndFindingsGiveTheRunsFigures() throws Exception {
    JsonNode o = http.json("/api/overview");
    assertThat(o.get("case").asText()).isEqualTo("russia-iran-2012-2022");
    assertThat(o.get("period").get("from").asText()).isEqualTo("2012-01-01");
    assertThat(o.get("period").get("to").asText()).isEqualTo("2022-12-31");
    Map<String, JsonNode> sources = new HashMap<>();
    o.get("sources").forEach(s -> sources.put(s.get("source").asText(), s));
    assertThat(sources.get("icews18").get("rows_loaded").asLong()).isEqualTo(468_558);
    assertThat(sources.get("mid").get("rows_duplicate").asLong()).isEqualTo(86); // README: 86 MID index repeats
    assertThat(sources.get("icews18").get("coverage")).hasSize(132);
    long covered = 0;
    for (JsonNode c : sources.get("icews18").get("coverage")) {
      covered += c.get("covered").asDouble() > 0 ? 1 : 0;
    }
    assertThat(covered).isEqualTo(10);
    assertThat(o.get("findings")).hasSize(11);
    // README: H1 0.988 (0.007–1.000), H2 0.012 (0.000–0.993), H3 0.000 (0.000–0.554), none robust
    Map<String, JsonNode> post = new HashMap<>();
    o.get("posteriors").forEach(p -> post.put(p.get("hypothesis").asText(), p));
    assertThat(post.get("H1").get("posterior").asDouble()).isCloseTo(0.988, within(0.0005));
    assertThat(post.get("H1").get("low").asDouble()).isCloseTo(0.007, within(0.0005));
    assertThat(post.get("H1").get("high").asDouble()).isCloseTo(1.000, within(0.0005));
    assertThat(post.get("H2").get("high").asDouble()).isCloseTo(0.993, within(0.0005));
    assertThat(post.get("H3").get("high").asDouble()).isCloseTo(0.554, within(0.0005));
    assertThat(post.get("H1").get("robust").asBoolean()).isFalse();

    JsonNode t = http.json("/api/trace");
    List<CSVRecord> traceCsv = csvFile("trace.csv");
    assertThat(t.get("steps")).hasSize(traceCsv.size());
    assertThat(t.get("steps").get(traceCsv.size() - 1).get("posterior").asDouble())
        .isCloseTo(Double.parseDouble(traceCsv.get(traceCsv.size() - 1).get("posterior")), within(1e-12));
    assertThat(t.get("evidence")).hasSize(27);
    JsonNode query = null;
    for (JsonNode e : t.get("evidence")) {
      if (e.get("kind").asText().equals("query") && !e.get("value").isNull()) {
        query = e;
      }
    }
    assertThat(query.get("query").asText()).containsIgnoringCase("select");
    assertThat(csv(http.get("/api/trace?format=csv&part=evidence").body())).hasSize(27);

    JsonNode f = http.json("/api/findings");
    assertThat(f.get("themes")).hasSize(11);
    int indicators = 0;
    for (JsonNode theme : f.get("themes")) {
      assertThat(theme.get("indicators")).as(theme.get("theme").asText()).isNotEmpty();
      indicators += theme.get("indicators").size();
    }
    assertThat(indicators).isEqualTo(csvFile("assessment_indicators.csv").size());
    assertThat(csv(http.get("/api/findings?format=csv").body())).hasSize(11);
  }

  @Test
  void kwicFiltersTheCodingsAndADocumentShowsItsSentences() throws Exception {
    List<CSVRecord> codings = csvFile("codings.csv");
    long rusMoves = codings.stream().filter(r -> r.get("speaker").equals("RUS") && r.get("move").equals("1")).count();
    JsonNode k = http.json("/api/kwic?speaker=RUS&move=1&size=20");
    assertThat(k.get("total").asLong()).isEqualTo(rusMoves).isPositive();
    assertThat(k.get("rows")).hasSize((int) Math.min(20, rusMoves));
    k.get("rows").forEach(r -> {
      assertThat(r.get("speaker").asText()).isEqualTo("RUS");
      assertThat(r.get("move").asBoolean()).isTrue();
      // the date with the precision to read it by, as codings.csv has them (a speech: its year's 1 January, 'year')
      CSVRecord c = codings.stream().filter(x -> x.get("doc_id").equals(r.get("doc_id").asText())
          && x.get("sentence_no").equals(r.get("sentence_no").asText())).findFirst().orElseThrow();
      assertThat(r.get("date").asText()).isEqualTo(c.get("date"));
      assertThat(r.get("date_precision").asText()).isEqualTo(c.get("date_precision")).isIn("day", "month", "year");
      // which detector decided, as codings.csv says (the flagship run codes with the lexicon)
      assertThat(r.get("detector").asText()).isEqualTo(c.get("detector")).isEqualTo("lexicon");
      assertThat(r.get("move_probability").isNull()).isTrue();
    });
    assertThat(codings.stream().filter(r -> r.get("date_precision").equals("year")))
        .isNotEmpty().allSatisfy(r -> assertThat(r.get("date")).endsWith("-01-01"));
    long usaMilitary2014 = codings.stream().filter(r -> r.get("speaker").equals("USA") && r.get("sector").equals("military")
        && r.get("date").startsWith("2014")).count();
    assertThat(http.json("/api/kwic?speaker=USA&sector=military&year=2014").get("total").asLong()).isEqualTo(usaMilitary2014);
    long terror = codings.stream().filter(r -> r.get("matched_terms").toLowerCase().contains("terror")).count();
    assertThat(http.json("/api/kwic?term=Terror").get("total").asLong()).isEqualTo(terror).isPositive();
    assertThat(http.json("/api/kwic?term=" + q("100%_")).get("total").asLong()).isZero();

    JsonNode d = http.json("/api/documents/" + q("ungd:RUS_72_2017"));
    assertThat(d.get("file").asText()).isEqualTo("RUS_72_2017.txt");
    assertThat(d.get("speaker").asText()).isEqualTo("RUS");
    long sentences = codings.stream().filter(r -> r.get("doc_id").equals("ungd:RUS_72_2017")).count();
    assertThat(d.get("sentences")).hasSize((int) sentences);
    String text = d.get("text").asText();
    JsonNode s1 = d.get("sentences").get(0);
    assertThat(s1.get("sentence_no").asInt()).isEqualTo(1);
    assertThat(s1.get("lexicon").asText()).startsWith("dyadscope-lexicon-");
    CSVRecord c1 = codings.stream().filter(r -> r.get("doc_id").equals("ungd:RUS_72_2017") && r.get("sentence_no").equals("1"))
        .findFirst().orElseThrow();
    assertThat(text.substring(s1.get("start").asInt(), s1.get("end").asInt())).isEqualTo(c1.get("text"));
  }

  @Test
  void reviewsNeedTheTokenAndTheOriginAndSurviveARestart() throws Exception {
    String body = "{\"reviewer\":\"Ana Test\",\"doc_id\":\"ungd:RUS_72_2017\",\"sentence_no\":5,\"move\":1,"
        + "\"desecuritizing\":0,\"sector\":\"military\",\"threat_source\":\"USA\",\"note\":\"checked\"}";
    String token = http.json("/api/session").get("token").asText();
    assertThat(http.post("/api/reviews", body, "Origin", http.origin()).statusCode()).isEqualTo(403);
    assertThat(http.post("/api/reviews", body, "X-Review-Token", "wrong", "Origin", http.origin()).statusCode()).isEqualTo(403);
    assertThat(http.post("/api/reviews", body, "X-Review-Token", token, "Origin", "http://evil.example").statusCode())
        .isEqualTo(403);
    assertThat(http.post("/api/reviews", body, "X-Review-Token", token).statusCode()).as("no Origin, no Sec-Fetch-Site")
        .isEqualTo(403);
    String big = "{\"reviewer\":\"Ana\",\"note\":\"" + "x".repeat(20_000) + "\"}";
    assertThat(http.post("/api/reviews", big, "X-Review-Token", token, "Origin", http.origin()).statusCode()).isEqualTo(413);
    HttpResponse<String> badSector = http.post("/api/reviews", body.replace("military", "cyber"), "X-Review-Token", token,
        "Origin", http.origin());
    assertThat(badSector.statusCode()).isEqualTo(400);
    assertThat(texts(HttpProbe.JSON.readTree(badSector.body()).get("valid")))
        .containsExactly("military", "political", "economic", "societal", "environmental");
    assertThat(http.post("/api/reviews", body.replace("\"USA\"", "\"XYZ\""), "X-Review-Token", token, "Origin", http.origin())
        .statusCode()).isEqualTo(400);
    assertThat(http.post("/api/reviews", body.replace("\"sentence_no\":5", "\"sentence_no\":99999"), "X-Review-Token", token,
        "Origin", http.origin()).statusCode()).isEqualTo(404);
    assertThat(Files.exists(reviewsDir.resolve("reviews.tsv"))).as("nothing written by a refused review").isFalse();

    HttpResponse<String> saved = http.post("/api/reviews", body, "X-Review-Token", token, "Sec-Fetch-Site", "same-origin");
    assertThat(saved.statusCode()).isEqualTo(201);
    JsonNode row = HttpProbe.JSON.readTree(saved.body());
    assertThat(row.get("doc_file").asText()).isEqualTo("RUS_72_2017.txt");
    assertThat(row.get("sentence_no").asInt()).isEqualTo(5);
    assertThat(row.get("source").asText()).isEqualTo("browser");
    assertThat(row.get("sentence_sha256").asText()).hasSize(64);
    assertThat(row.get("doc_sha256").asText()).hasSize(64);

    // a restart: a new token, the review still there, attached to its sentence, as gold rows too
    server.close();
    server = Workbench.start(out.resolve("case.duckdb"), caseFile, new ReviewLog(reviewsDir.resolve("reviews.tsv")),
        "127.0.0.1", 0);
    http = new HttpProbe(server.port());
    assertThat(http.json("/api/session").get("token").asText()).isNotEqualTo(token);
    JsonNode reviews = http.json("/api/reviews");
    assertThat(reviews.get("rows")).hasSize(1);
    assertThat(reviews.get("rows").get(0).get("status").asText()).isEqualTo("current");
    assertThat(reviews.get("rows").get(0).get("reviewer").asText()).isEqualTo("Ana Test");
    JsonNode sentence5 = http.json("/api/documents/" + q("ungd:RUS_72_2017")).get("sentences").get(4);
    assertThat(sentence5.get("review").get("sector").asText()).isEqualTo("military");
    assertThat(sentence5.get("review").get("current").asBoolean()).isTrue();
    assertThat(http.json("/api/documents/" + q("ungd:RUS_72_2017")).get("sentences").get(3).get("review").isNull()).isTrue();
    assertThat(http.get("/api/reviews?as=gold").body())
        .isEqualTo(GoldFile.HEADER + "\nRUS_72_2017.txt\t5\t1\t0\tmilitary\tUSA\n");
    assertThat(csv(http.get("/api/reviews?format=csv").body())).hasSize(1);
  }
}
