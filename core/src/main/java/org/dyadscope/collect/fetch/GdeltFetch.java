package org.dyadscope.collect.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyadscope.collect.FileLoader;
import org.dyadscope.collect.FileResult;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.IdealPointRow;
import org.dyadscope.store.LoadSink;
import org.dyadscope.store.Store;

/**
 * {@code dyadscope fetch gdelt}: reads GDELT's master file list, picks the files of a date range
 * ({@link Slots}), downloads them in parallel with a progress bar ({@link Downloader}: size and MD5
 * from the list, resume, retries), reads each zip to its end and names its member
 * ({@link ZipCheck}), reads its rows (into a store when one is given, else only counted), and
 * reports every expected slot ({@link CoverageReport}): a slot that could not be had is a named
 * gap, never a silent hole.
 */
public final class GdeltFetch {
  /**
   * What to fetch.
   *
   * @param version 1 (GDELT 1.0 events) or 2 (GDELT 2.0 export files)
   * @param from first day
   * @param to last day (inclusive)
   * @param dailySlots 2.0 only: only the 00:00 file of each day (a sample)
   * @param baseUrl e.g. {@code http://data.gdeltproject.org} (no trailing slash)
   * @param out folder the files go to
   * @param threads parallel downloads
   */
  public record Request(int version, LocalDate from, LocalDate to, boolean dailySlots, String baseUrl,
      Path out, int threads) {}

  private final Downloader downloader;
  private final SourceReader reader;
  private final Duration timeout;

  /**
   * @param reader the GDELT reader each downloaded file is parsed (and loaded) with, as {@code
   *     ingest} and {@code run} read it ({@link org.dyadscope.collect.ReaderRegistry}); used by one
   *     thread at a time
   */
  public GdeltFetch(Downloader.Settings settings, SourceReader reader) {
    this.downloader = new Downloader(settings);
    this.reader = reader;
    this.timeout = settings.timeout();
  }

  /**
   * Runs a fetch.
   *
   * @param store the store rows are loaded into, or null to only read and count them
   * @param keepActors with a store: keep only events where either actor's country is in the set
   *     (null keeps all)
   * @param log receives one line per notable step (list read, bad list lines)
   * @throws IOException when the master list cannot be had or the output folder not written
   * @throws SQLException when the store cannot be written
   * @throws IllegalArgumentException for a range the version does not cover
   */
  public CoverageReport run(Request r, Store store, Set<String> keepActors, Consumer<String> log)
      throws IOException, SQLException {
    List<Slots.Slot> slots = r.version() == 1 ? Slots.v1(r.from(), r.to()) : Slots.v2(r.from(), r.to(), r.dailySlots());
    MasterList list = masterList(r);
    log.accept("master list: " + list.size() + " files" + (list.repeats() > 0 ? ", " + list.repeats()
        + " repeated lines ignored" : "") + (list.badLines().isEmpty() ? "" : ", " + list.badLines().size()
        + " unreadable lines (first: " + list.badLines().get(0) + ")"));
    Map<Slots.Slot, SlotResult> results = new LinkedHashMap<>();
    List<Slots.Slot> listed = new ArrayList<>();
    long bytes = 0;
    for (Slots.Slot s : slots) {
      results.put(s, null);
      RemoteFile f = list.get(s.name());
      if (f == null) {
        results.put(s, new SlotResult(s, Outcome.NOT_IN_MASTER_LIST, "the master list has no " + s.name(),
            List.of(), 0, 0, 0, 0));
      } else {
        listed.add(s);
        bytes += Math.max(f.size(), 0);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, r.threads()));
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("fetch").setInitialMax(Math.max(bytes, 1))
        .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).showSpeed().continuousUpdate()
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
      ExecutorCompletionService<Map.Entry<Slots.Slot, Downloader.Result>> done = new ExecutorCompletionService<>(pool);
      for (Slots.Slot s : listed) {
        RemoteFile f = list.get(s.name());
        done.submit(() -> Map.entry(s, downloader.fetch(f, r.out(), n -> bar.stepBy(n))));
      }
      String source = "gdelt" + r.version();
      for (int i = 0; i < listed.size(); i++) {
        Map.Entry<Slots.Slot, Downloader.Result> e = take(done);
        bar.setExtraMessage(e.getKey().name());
        results.put(e.getKey(), read(e.getKey(), e.getValue(), reader, source, store, keepActors));
      }
    } finally {
      pool.shutdownNow();
      downloader.close();
    }
    return new CoverageReport(new ArrayList<>(results.values()), list.repeats());
  }

  private SlotResult read(Slots.Slot s, Downloader.Result d, SourceReader reader, String source, Store store,
      Set<String> keep) throws IOException, SQLException {
    if (d.outcome() != null) {
      return new SlotResult(s, d.outcome(), d.detail(), List.of(), 0, 0, 0, d.attempts());
    }
    ZipCheck.Result z = ZipCheck.check(d.file());
    if (z.outcome() != null) {
      return new SlotResult(s, z.outcome(), z.detail() + " (size and MD5 match the master list: the"
          + " published file itself is bad)", z.members(), 0, 0, 0, d.attempts());
    }
    long rows;
    long loaded;
    long quarantined;
    if (store != null) {
      FileResult fr = FileLoader.load(store, reader, d.file(), s.name(), source, keep);
      rows = fr.rowsRead();
      loaded = fr.rowsRead() - fr.rowsQuarantined();
      quarantined = fr.rowsQuarantined();
    } else {
      Counting c = new Counting();
      rows = reader.read(d.file(), source, s.name(), c);
      loaded = c.events;
      quarantined = c.quarantined;
    }
    Outcome o = rows == 0 ? Outcome.EMPTY : loaded == 0 ? Outcome.PARSE_ERROR : Outcome.LOADED;
    String detail = o == Outcome.EMPTY ? "the file holds no rows although the period is covered"
        : o == Outcome.PARSE_ERROR ? "none of its " + rows + " lines is a GDELT event row" : d.detail();
    return new SlotResult(s, o, detail, z.members(), rows, loaded, quarantined, d.attempts());
  }

  private MasterList masterList(Request r) throws IOException {
    if (r.version() == 2) {
      try (InputStream in = open(r.baseUrl() + "/gdeltv2/masterfilelist.txt")) {
        return MasterList.parseV2(in);
      }
    }
    String events = r.baseUrl() + "/events";
    try (InputStream md5 = open(events + "/md5sums"); InputStream sizes = open(events + "/filesizes")) {
      return MasterList.parseV1(md5, sizes, events);
    }
  }

  private InputStream open(String url) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    try {
      HttpResponse<InputStream> resp = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (resp.statusCode() != 200) {
        resp.body().close();
        throw new IOException(url + ": HTTP " + resp.statusCode() + " for the master file list; check --base-url");
      }
      return resp.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(url)) {
        throw e;
      }
      throw new IOException(url + ": cannot read the master file list (" + e + "); check --base-url and the network", e);
    }
  }

  private static <T> T take(ExecutorCompletionService<T> done) throws IOException {
    try {
      Future<T> f = done.take();
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      throw c instanceof IOException io ? io : new IOException(c);
    }
  }

  /** Counts what a reader produces, keeping nothing: the parse check when no store is given. */
  private static final class Counting implements LoadSink {
    long events;
    long quarantined;

    @Override
    public void event(EventRow row) {
      events++;
    }

    @Override
    public void idealPoint(IdealPointRow row) {
      throw new IllegalStateException("GDELT reader produced an ideal point");
    }

    @Override
    public void armsTransfer(ArmsTransferRow row) {
      throw new IllegalStateException("GDELT reader produced an arms transfer");
    }

    @Override
    public void document(DocumentRow row) {
      throw new IllegalStateException("GDELT reader produced a document");
    }

    @Override
    public void countryGraph(org.dyadscope.store.CountryGraphRow row) {
      throw new IllegalStateException("GDELT reader produced a country graph cell");
    }

    @Override
    public void quarantine(long line, String reason, String raw) {
      quarantined++;
    }
  }
}
