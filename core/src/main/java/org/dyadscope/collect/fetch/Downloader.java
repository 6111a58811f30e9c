package org.dyadscope.collect.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.dyadscope.collect.FileDigest;

/**
 * Downloads one listed file into a folder, verifying it against the list, with resume and retries.
 *
 * <p>Bytes go to {@code NAME.part}; when a transfer breaks off (connection dropped, stalled), a later
 * attempt (or run) resumes it with an HTTP {@code Range: bytes=N-} request and appends when the
 * server answers 206, or starts over on 200. A body that arrives whole but fails verification is
 * deleted, never resumed.
 * Only a file whose size and MD5 match the list is renamed to {@code NAME}; a {@code NAME} already
 * present and matching is not downloaded again. Retries (with exponential backoff: base, 2×base,
 * 4×base...) cover timeouts, connection failures, 5xx answers and bytes that fail verification; a
 * 404 or another 4xx is final at once. A download that makes no progress for the timeout is cut
 * off and counts as a timeout. Thread-safe: one instance serves all download threads.
 */
public final class Downloader implements AutoCloseable {
  /** Settings: per-request timeout (also the longest pause allowed mid-body), attempts, backoff base. */
  public record Settings(Duration timeout, int attempts, Duration backoff) {
    public static Settings defaults() {
      return new Settings(Duration.ofSeconds(60), 4, Duration.ofSeconds(2));
    }
  }

  /** How a download ended; {@code outcome} null means verified and in place at {@code file}. */
  public record Result(Outcome outcome, String detail, Path file, int attempts) {}

  private final HttpClient client;
  private final Settings settings;
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "fetch-watchdog");
    t.setDaemon(true);
    return t;
  });

  public Downloader(Settings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /**
   * Fetches {@code f} into {@code dir}.
   *
   * @param progress receives byte counts as they arrive (negative when a restarted attempt
   *     discards bytes counted before)
   * @throws IOException when the local folder cannot be written (a remote failure is a result)
   */
  public Result fetch(RemoteFile f, Path dir, LongConsumer progress) throws IOException {
    Files.createDirectories(dir);
    Path done = dir.resolve(f.name());
    Path part = dir.resolve(f.name() + ".part");
    if (Files.isRegularFile(done) && verify(f, done) == null) {
      progress.accept(Files.size(done));
      return new Result(null, "already complete", done, 0);
    }
    Outcome last = null;
    String detail = null;
    int attempt = 0;
    while (attempt < settings.attempts()) {
      attempt++;
      if (attempt > 1) {
        sleep(settings.backoff().multipliedBy(1L << Math.min(attempt - 2, 10)));
      }
      try {
        Attempt a = transfer(f, part, progress);
        if (a.outcome != null) {
          last = a.outcome;
          detail = a.detail;
          if (!retryable(a.outcome, a.status)) {
            break;
          }
          continue;
        }
      } catch (HttpTimeoutException e) {
        last = Outcome.TIMEOUT;
        detail = "no answer within " + settings.timeout().toSeconds() + " s";
        continue;
      } catch (StalledException e) {
        last = Outcome.TIMEOUT;
        detail = "no bytes for " + settings.timeout().toSeconds() + " s after " + e.received + " bytes";
        continue;
      } catch (IOException e) {
        last = Outcome.NETWORK_ERROR;
        detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        continue;
      }
      String bad = verify(f, part);
      if (bad == null) {
        Files.move(part, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(null, attempt == 1 ? "downloaded" : "downloaded after " + attempt + " attempts", done, attempt);
      }
      last = bad.startsWith("size") ? Outcome.SIZE_MISMATCH : Outcome.MD5_MISMATCH;
      detail = bad;
      ZipCheck.Result z = ZipCheck.check(part);
      if (z.outcome() == Outcome.NOT_A_ZIP) {
        last = Outcome.NOT_A_ZIP;
        detail = z.detail() + "; " + bad;
      }
      progress.accept(-Files.size(part));
      Files.delete(part); // wrong bytes: the next attempt starts from zero, never resumes them
    }
    return new Result(last, detail + (attempt > 1 ? " (" + attempt + " attempts)" : ""), part, attempt);
  }

  private static boolean retryable(Outcome o, int status) {
    return o == Outcome.HTTP_ERROR && status >= 500;
  }

  private record Attempt(Outcome outcome, String detail, int status) {}

  private static final class StalledException extends IOException {
    private static final long serialVersionUID = 1L;
    final long received;

    StalledException(long received) {
      super("stalled");
      this.received = received;
    }
  }

  private Attempt transfer(RemoteFile f, Path part, LongConsumer progress) throws IOException {
    long have = Files.isRegularFile(part) ? Files.size(part) : 0;
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(f.url())).timeout(settings.timeout()).GET();
    if (have > 0) {
      req.header("Range", "bytes=" + have + "-");
    }
    HttpResponse<InputStream> resp;
    try {
      resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    int status = resp.statusCode();
    try (InputStream body = resp.body()) {
      if (status == 404) {
        return new Attempt(Outcome.NOT_FOUND, "HTTP 404 Not Found: " + f.url(), status);
      }
      if (status == 416 && have > 0) {
        // the part already holds at least every byte: let verification decide
        return new Attempt(null, null, status);
      }
      if (status != 200 && status != 206) {
        return new Attempt(Outcome.HTTP_ERROR, "HTTP " + status + ": " + f.url(), status);
      }
      boolean append = status == 206 && have > 0;
      if (!append && have > 0) {
        progress.accept(-have); // the server ignored the range: start over
      }
      copy(body, part, append, progress);
    }
    return new Attempt(null, null, status);
  }

  /** Copies the body, cutting it off (and closing it) when no byte arrives for the timeout. */
  private void copy(InputStream body, Path part, boolean append, LongConsumer progress) throws IOException {
    AtomicLong lastByte = new AtomicLong(System.nanoTime());
    AtomicLong received = new AtomicLong();
    long limit = settings.timeout().toNanos();
    boolean[] stalled = {false};
    ScheduledFuture<?> guard = watchdog.scheduleAtFixedRate(() -> {
      if (System.nanoTime() - lastByte.get() > limit) {
        stalled[0] = true;
        try {
          body.close();
        } catch (IOException ignored) {
          // closing is how the blocked read is released; its own failure changes nothing
        }
      }
    }, limit / 4, limit / 4, TimeUnit.NANOSECONDS);
    try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = body.read(buf)) >= 0) {
        out.write(buf, 0, n);
        lastByte.set(System.nanoTime());
        received.addAndGet(n);
        progress.accept(n);
      }
    } catch (IOException e) {
      if (stalled[0]) {
        throw new StalledException(received.get());
      }
      throw e;
    } finally {
      guard.cancel(false);
    }
    if (stalled[0]) {
      throw new StalledException(received.get());
    }
  }

  /** Null when {@code file} has the listed size and MD5, else what is wrong. */
  static String verify(RemoteFile f, Path file) throws IOException {
    long size = Files.size(file);
    if (f.size() >= 0 && size != f.size()) {
      return "size " + size + " bytes, the master list says " + f.size();
    }
    if (f.md5() != null) {
      String md5 = md5(file);
      if (!md5.equals(f.md5())) {
        return "MD5 " + md5 + ", the master list says " + f.md5();
      }
    }
    return null;
  }

  static String md5(Path file) throws IOException {
    return FileDigest.md5(file);
  }

  private static void sleep(Duration d) throws IOException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
