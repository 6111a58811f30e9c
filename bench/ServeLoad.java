import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded load on a running {@code dyadscope serve} (bench/serve.sh): CLIENTS concurrent clients
 * for SECONDS, each alternating a series view (every event source, one dyad, monthly shares) and a
 * 100-event drill-down page of a point with at least 100 events (random point, page and sort).
 * Prints per kind: requests, errors, p50/p95/max latency (ms) and throughput (requests/s).
 *
 * <p>Usage: {@code java -cp dyadscope.jar:CLASSES ServeLoad BASE_URL [CLIENTS] [SECONDS] [DYAD]};
 * BASE_URL must be on 127.0.0.1.
 */
public final class ServeLoad {
  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args[0].endsWith("/") ? args[0].substring(0, args[0].length() - 1) : args[0];
    if (!URI.create(base).getHost().equals("127.0.0.1")) {
      throw new IllegalArgumentException("the load runs against 127.0.0.1 only, not " + base);
    }
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    String dyad = URLEncoder.encode(args.length > 3 ? args[3] : "RUS->IRN", StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ObjectMapper json = new ObjectMapper();

    JsonNode options = json.readTree(get(http, base + "/api/options").body());
    List<String> sources = new ArrayList<>();
    options.get("sources").forEach(s -> sources.add(s.asText()));
    String series = base + "/api/series?source=" + String.join(",", sources) + "&dyad=" + dyad + "&measure=share&freq=month";
    List<String> pages = new ArrayList<>();
    for (JsonNode s : json.readTree(get(http, series).body()).get("series")) {
      for (JsonNode p : s.get("points")) {
        long n = p.get("n").asLong();
        for (int page = 1; n >= 100 && page <= n / 100; page++) {
          for (String sort : List.of("date", "goldstein", "cameo", "tone")) {
            pages.add(base + "/api/events?source=" + s.get("source").asText() + "&dyad=" + dyad + "&freq=month&period="
                + p.get("period").asText() + "&sort=" + sort + "&page=" + page + "&size=100");
          }
        }
      }
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException("no point of " + dyad + " has 100 events; choose another dyad");
    }
    System.out.printf("load: %d clients for %d s on %s; series %s; %d drill-down pages to pick from%n", clients, seconds,
        base, series.substring(base.length()), pages.size());

    List<Long> seriesMs = Collections.synchronizedList(new ArrayList<>());
    List<Long> pageMs = Collections.synchronizedList(new ArrayList<>());
    AtomicLong seriesErrors = new AtomicLong();
    AtomicLong pageErrors = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          timed(http, series, seriesMs, seriesErrors);
          timed(http, pages.get(ThreadLocalRandom.current().nextInt(pages.size())), pageMs, pageErrors);
        }
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    report("series view", seriesMs, seriesErrors.get(), seconds);
    report("100-event page", pageMs, pageErrors.get(), seconds);
    if (seriesErrors.get() + pageErrors.get() > 0) {
      System.exit(1);
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " → HTTP " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private static void timed(HttpClient http, String url, List<Long> ms, AtomicLong errors) {
    long start = System.nanoTime();
    try {
      get(http, url);
      ms.add((System.nanoTime() - start) / 1_000_000);
    } catch (Exception e) {
      if (errors.incrementAndGet() <= 3) {
        System.err.println("load: error: " + e.getMessage());
      }
    }
  }

  private static void report(String kind, List<Long> ms, long errors, int seconds) {
    List<Long> sorted = new ArrayList<>(ms);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      System.out.printf("%-15s no successful request, %d errors%n", kind, errors);
      return;
    }
    System.out.printf("%-15s %6d requests  %d errors  p50 %4d ms  p95 %4d ms  max %5d ms  %6.1f requests/s%n", kind,
        sorted.size(), errors, pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1), sorted.size() / (double) seconds);
  }

  private static long pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
