package org.dyadscope.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.review.ReviewLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The serve page in headless Chromium (Debian's chromium and chromedriver, nothing downloaded) over
 * the flagship store: every view loads; clicking a month lists exactly its n events; brushing a
 * range refreshes every panel; a review saved in a document survives a server restart. After every
 * test the browser's console must hold no SEVERE entry. Skipped without /usr/bin/chromedriver or the
 * real data. With -Ddyadscope.screenshots=DIR each view is also saved as DIR/serve-VIEW.png.
 */
class PageBrowserTest {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path tmp;
  private static Path store;
  private static Path reviews;
  private static Workbench server;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    boolean present = Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      System.err.println("SKIPPED: " + CHROMEDRIVER + " is absent; apt-get install chromium chromium-driver to run the browser tests");
    }
    assumeTrue(present, CHROMEDRIVER + " is absent");
    store = FlagshipStore.outputFolder().resolve("case.duckdb");
    reviews = tmp.resolve("reviews.tsv");
    server = startServer();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
      options.setBinary("/usr/bin/chromium");
    }
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
        "--force-device-scale-factor=1", "--disable-dev-shm-usage");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(options);
  }

  private static Workbench startServer() throws Exception {
    return Workbench.start(store, CaseLoader.load(FlagshipStore.CASE), new ReviewLog(reviews), "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(severe).as("browser console errors").isEmpty();
  }

  @Test
  void everyViewLoadsAndShowsWhatItsApiSays() throws Exception {
    JsonNode overview = api("/api/overview");
    open("#/overview", "h1");
    assertThat(h1()).isEqualTo("Overview");
    assertThat(driver.findElements(By.cssSelector("svg.strip"))).hasSize(overview.get("sources").size());
    assertThat(driver.findElements(By.cssSelector("svg.range"))).hasSize(overview.get("posteriors").size());
    screenshot("overview");

    open("#/explorer?source=icews05-15,icews18,icews22&dyad=RUS-%3EIRN", "figure.panel[data-source=icews22] canvas");
    assertThat(h1()).isEqualTo("Dyad explorer");
    // one panel per source, titled with its n (the sums of the stored monthly events)
    assertThat(driver.findElements(By.cssSelector("figure.panel h3"))).extracting(WebElement::getText)
        .containsExactly("icews05-15 · RUS->IRN · n = 43", "icews18 · RUS->IRN · n = 620", "icews22 · RUS->IRN · n = 871");
    screenshot("explorer");

    JsonNode trace = api("/api/trace");
    open("#/trace", "article.evidence");
    assertThat(h1()).isEqualTo("Evidence and trace");
    // one row per hypothesis per step, one article per evidence item (the flagship: 3 x 24 rows, 27 items)
    assertThat(driver.findElements(By.cssSelector(".table-wrap tbody tr"))).hasSize(trace.get("steps").size()).hasSize(72);
    assertThat(driver.findElements(By.cssSelector("article.evidence"))).hasSize(trace.get("evidence").size()).hasSize(27);
    screenshot("trace");
    // a finding's evidence indicator links to its item, which the trace view marks
    open("#/findings?theme=C2", "section.theme.focus");
    driver.findElement(By.xpath("//section[@id='theme-C2']//a[text()='C2b']")).click();
    waitFor("article.evidence.focus");
    assertThat(driver.findElement(By.cssSelector("article.evidence.focus")).getAttribute("id")).isEqualTo("ev-E05");

    open("#/findings", "section.theme");
    assertThat(h1()).isEqualTo("Findings");
    assertThat(driver.findElements(By.cssSelector("section.theme"))).hasSize(11);
    screenshot("findings");

    JsonNode kwic = api("/api/kwic?move=1&page=1&size=50");
    open("#/kwic?move=1", "main table");
    assertThat(h1()).isEqualTo("Securitization");
    assertThat(text(".count")).isEqualTo(String.format(Locale.US, "%,d sentences", kwic.get("total").asLong()));
    assertThat(driver.findElements(By.cssSelector(".table-wrap tbody tr"))).hasSize(Math.min(50, kwic.get("total").asInt()));
    // each date is shown to its precision: a speech dated by its year as the year alone
    List<WebElement> dates = driver.findElements(By.cssSelector(".table-wrap tbody tr td:nth-child(2) span"));
    for (int i = 0; i < dates.size(); i++) {
      JsonNode r = kwic.get("rows").get(i);
      int length = Map.of("year", 4, "month", 7, "day", 10).get(r.get("date_precision").asText());
      assertThat(dates.get(i).getText()).isEqualTo(r.get("date").asText().substring(0, length));
    }
    screenshot("kwic");

    for (String hash : List.of("#/overview", "#/explorer", "#/trace", "#/findings", "#/kwic")) {
      open(hash, ".data-links a");
      assertThat(driver.findElements(By.cssSelector(".error"))).as(hash).isEmpty();
      List<WebElement> links = driver.findElements(By.cssSelector(".data-links a"));
      assertThat(links).as(hash).hasSizeGreaterThanOrEqualTo(2);
      for (WebElement a : links) {
        String href = a.getAttribute("href");
        HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).as(href).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
            .as(href).startsWith(href.contains("format=csv") ? "text/csv" : "application/json");
      }
    }
  }

  @Test
  void clickingAMonthListsExactlyItsEvents() throws Exception {
    open("#/explorer?source=icews18&dyad=RUS-%3EIRN", ".panel canvas");
    // ICEWS18 RUS->IRN, 2018-01..2018-10: one point a month; the third is 2018-03 with 51 events
    WebElement over = driver.findElement(By.cssSelector("figure.panel[data-source=icews18] .u-over"));
    new Actions(driver).moveToElement(over, xOffset(over, 2, 10), 0).click().perform();
    waitFor("strong[data-total]");
    assertThat(text("#dd-title")).isEqualTo("Events behind icews18 · RUS->IRN · 2018-03");
    assertThat(driver.findElement(By.cssSelector("strong[data-total]")).getAttribute("data-total")).isEqualTo("51");
    assertThat(text(".dd-count")).contains("51 events (the point’s n = 51)");
    assertThat(driver.findElements(By.cssSelector("tr.event"))).hasSize(51);
    assertThat(driver.findElement(By.linkText("Download CSV")).getAttribute("href"))
        .endsWith("/api/events?source=icews18&dyad=RUS-%3EIRN&freq=month&period=2018-03&format=csv");

    // 2018-04 holds 128 events: two pages, 100 + 28, reached from the panel's table with the keyboard path
    driver.findElement(By.cssSelector("figure.panel[data-source=icews18] details.points summary")).click();
    driver.findElement(By.xpath("//figure[@data-source='icews18']//tr[td[1]='2018-04']//a")).click();
    waitForText("#dd-title", "2018-04");
    assertThat(text(".dd-count")).contains("128 events (the point’s n = 128)");
    assertThat(driver.findElements(By.cssSelector("tr.event"))).hasSize(100);
    driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
    waitForText(".pager .where", "page 2 of 2");
    assertThat(driver.findElements(By.cssSelector("tr.event"))).hasSize(28);

    // sorted by Goldstein, descending: the column's values fall
    driver.findElement(By.cssSelector("button.sort[data-sort=goldstein]")).click();
    waitFor("th[aria-sort=ascending] button[data-sort=goldstein]");
    driver.findElement(By.cssSelector("button.sort[data-sort=goldstein]")).click();
    waitFor("th[aria-sort=descending] button[data-sort=goldstein]");
    List<Double> g = driver.findElements(By.cssSelector("tr.event td:nth-child(6)")).stream()
        .map(td -> Double.parseDouble(td.getText())).toList();
    assertThat(g).hasSize(100).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void brushingARangeRefreshesEveryPanel() throws Exception {
    open("#/explorer?source=icews18,icews22&dyad=RUS-%3EIRN", "figure.panel[data-source=icews22] canvas");
    assertThat(text("#range")).isEqualTo("Range: 2018-01 to 2022-08");
    WebElement over = driver.findElement(By.cssSelector("figure.panel[data-source=icews18] .u-over"));
    // 2018-01..2022-08 is 56 months; drag from between months 2 and 3 to between 12 and 13 → 2018-03..2018-12
    int from = xOffset(over, 1.5, 56);
    int to = xOffset(over, 11.5, 56);
    new Actions(driver).moveToElement(over, from, 0).clickAndHold().moveByOffset((to - from) / 2, 0)
        .moveByOffset(to - from - (to - from) / 2, 0).release().perform();
    waitForText("#range", "Range: 2018-03 to 2018-12");
    assertThat(driver.getCurrentUrl()).contains("from=2018-03").contains("to=2018-12");
    // both panels redrawn on the range: ICEWS18 keeps its 8 months 2018-03..2018-10, ICEWS22 none
    assertThat(text("figure.panel[data-source=icews18] details.points summary")).isEqualTo("Points as a table (8)");
    assertThat(text("figure.panel[data-source=icews22] details.points summary")).isEqualTo("Points as a table (0)");
    assertThat(text("figure.panel[data-source=icews18] h3")).isEqualTo("icews18 · RUS->IRN · n = " + (51 + 128 + 61 + 30 + 60 + 41 + 104 + 23));
    driver.findElement(By.xpath("//button[text()='Whole period']")).click();
    waitForText("#range", "Range: 2018-01 to 2022-08");
  }

  @Test
  void aReviewSavedInADocumentSurvivesARestart() throws Exception {
    JsonNode doc = api("/api/documents/ungd:RUS_72_2017");
    JsonNode coded = null;
    for (JsonNode s : doc.get("sentences")) {
      if (s.get("move").asBoolean() && s.get("review").isNull()) {
        coded = s;
        break;
      }
    }
    assertThat(coded).as("a securitizing move in RUS 2017").isNotNull();
    int no = coded.get("sentence_no").asInt();
    open("#/doc/ungd%3ARUS_72_2017?s=" + no, "form.review");
    assertThat(text("#sp-title")).isEqualTo("Sentence " + no);
    assertThat(driver.findElement(By.id("s-" + no)).getAttribute("class")).contains("move").doesNotContain("reviewed");
    WebElement name = driver.findElement(By.name("reviewer"));
    name.clear();
    name.sendKeys("Browser Test");
    driver.findElement(By.name("move")).click();                        // the coder said move; correct it
    driver.findElement(By.name("note")).sendKeys("a statement of fact, no threat");
    driver.findElement(By.name("save")).click();
    waitForText(".sentence-panel .status", "Saved.");
    assertThat(text(".sentence-panel .status")).contains("Reviewed by Browser Test").contains("no move");
    // remembered for this origin (the server's port: a restart on another port starts empty)
    assertThat(((ChromeDriver) driver).executeScript("return localStorage.getItem('dyadscope.reviewer')")).isEqualTo("Browser Test");

    server.close();
    server = startServer();
    open("#/doc/ungd%3ARUS_72_2017?s=" + no, "form.review");
    assertThat(driver.findElement(By.id("s-" + no)).getAttribute("class")).contains("reviewed");
    assertThat(text(".sentence-panel .status")).startsWith("Reviewed by Browser Test").contains("no move")
        .contains("a statement of fact, no threat");
    assertThat(new ReviewLog(reviews).read().rows()).hasSize(1);
    screenshot("document");
  }

  @Test
  void pageHelpersOnSmallInputs() {
    open("#/overview", "h1");
    Object r = ((ChromeDriver) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        Promise.all([import('/static/charts.js'), import('/static/coding.js'), import('/static/route.js'), import('/static/dom.js')])
          .then(([charts, coding, route, dom]) => {
            const k = coding.kwicText('<img src=x onerror=alert(1)> a [[threat]] to', 'They said: <img src=x onerror=alert(1)> a threat to us.');
            done({
              months: charts.periodsBetween('2019-11', '2020-02', 'month').join(' '),
              years: charts.periodsBetween('2012', '2014', 'year').join(' '),
              label: charts.periodLabel(charts.periodTime('2015-07'), 'month') + ' ' + charts.periodLabel(charts.periodTime('2015-07-14'), 'year'),
              query: route.queryString({b: 'x,y', a: '', c: ['01', '04'], d: null, e: 0}),
              hash: route.hashFor('doc', {s: 3}, 'ungd:RUS_72_2017'),
              kwicText: k.textContent, kwicHtml: k.innerHTML,
              num: [dom.num(1234567), dom.num(0.000123456), dom.num(null), dom.pct(0.6515151515)].join('|'),
              yes: [coding.yes(true), coding.yes('1'), coding.yes(0), coding.yes('false')].join(' '),
            });
          }, e => done({error: String(e)}));
        """);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) r;
    assertThat(m).doesNotContainKey("error");
    assertThat(m.get("months")).isEqualTo("2019-11 2019-12 2020-01 2020-02");
    assertThat(m.get("years")).isEqualTo("2012 2013 2014");
    assertThat(m.get("label")).isEqualTo("2015-07 2015");
    assertThat(m.get("query")).isEqualTo("b=x%2Cy&c=01%2C04&e=0");
    assertThat(m.get("hash")).isEqualTo("#/doc/ungd%3ARUS_72_2017?s=3");
    // the window is cut at both ends of the sentence; markup in store text stays text
    assertThat(m.get("kwicText")).isEqualTo("…<img src=x onerror=alert(1)> a threat to…");
    assertThat((String) m.get("kwicHtml")).contains("&lt;img src=x onerror=alert(1)&gt;").contains("<mark>threat</mark>")
        .doesNotContain("<img");
    assertThat(m.get("num")).isEqualTo("1,234,567|0.000123||65.2%");
    assertThat(m.get("yes")).isEqualTo("true true false false");
  }

  /** Offset from the element's centre (Selenium's origin) of the idx-th of `points` equally spaced x values. */
  private static int xOffset(WebElement over, double idx, int points) {
    int w = over.getSize().getWidth();
    return (int) Math.round(w * idx / (points - 1) - w / 2.0);
  }

  @Test
  void aMoveDecidedByTheTrainedDetectorShowsItsProbability() throws Exception {
    // a copy of the flagship store in which the trained detector decided the first sentence the KWIC view lists
    JsonNode first = api("/api/kwic?size=1").get("rows").get(0);
    Path copy = tmp.resolve("model-coded.duckdb");
    Files.copy(store, copy);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy); PreparedStatement ps = c.prepareStatement(
        "UPDATE codings SET detector = 'model', move_probability = 0.83 WHERE doc_id = ? AND sentence_no = ?")) {
      ps.setString(1, first.get("doc_id").asText());
      ps.setInt(2, first.get("sentence_no").asInt());
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    Path original = store;
    server.close();
    store = copy;
    try {
      server = startServer();
      open("#/kwic", ".badge.detector");
      assertThat(driver.findElements(By.cssSelector(".badge.detector"))).singleElement()
          .satisfies(b -> assertThat(b.getText().trim()).isEqualTo("model P(move) 0.83"));
      // and in the document view's panel of that sentence
      open("#/doc/" + URLEncoder.encode(first.get("doc_id").asText(), StandardCharsets.UTF_8) + "?s="
          + first.get("sentence_no").asInt(), ".sentence-panel .badge.detector");
      assertThat(text(".sentence-panel .badge.detector")).isEqualTo("model P(move) 0.83");
    } finally {
      server.close();
      store = original;
      server = startServer();
    }
  }

  private void open(String hash, String css) {
    driver.get(base() + "/" + hash);
    waitFor("main[aria-busy=false]");
    waitFor(css);
  }

  private static void waitFor(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private static void waitForText(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** The server's address, without a trailing slash. */
  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText().trim();
  }

  private static String h1() {
    return text("main h1");
  }

  private static JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** With -Ddyadscope.screenshots=DIR: the whole page as DIR/serve-NAME.png. */
  private static void screenshot(String name) throws IOException {
    String dir = System.getProperty("dyadscope.screenshots");
    if (dir == null) {
      return;
    }
    Dimension before = driver.manage().window().getSize();
    long height = (Long) ((ChromeDriver) driver).executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, Map.of("document", 1000, "explorer", 1100).getOrDefault(name, 1600))));
    Files.write(Files.createDirectories(Path.of(dir)).resolve("serve-" + name + ".png"),
        ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(before);
  }
}
