package org.dyadscope.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.CodeReport;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.IdealPointRow;
import org.dyadscope.store.LoadSink;

/**
 * Hands a reader's rows to another sink on a second thread, so that parsing (the reader's thread)
 * and writing (e.g. DuckDB appenders) run at the same time on two cores.
 *
 * <p>Calls are passed in order, in batches of {@value #BATCH}, through a queue of at most
 * {@value #QUEUED} batches: memory stays bounded whatever the file size. {@link #finish} waits until
 * the target has seen every call and rethrows the first failure of the target's thread; after a
 * failure further calls fail at once, so a reader stops early. Use one instance per file, from one
 * reader thread.
 */
public final class PipelinedSink implements LoadSink {
  static final int BATCH = 4096;
  static final int QUEUED = 4;
  private static final List<Consumer<LoadSink>> END = List.of();

  private final BlockingQueue<List<Consumer<LoadSink>>> queue = new ArrayBlockingQueue<>(QUEUED);
  private final LoadSink target;
  private final Thread worker;
  /** The target's first failure: a RuntimeException, or an Error such as OutOfMemoryError. */
  private volatile Throwable failure;
  private List<Consumer<LoadSink>> batch = new ArrayList<>(BATCH);
  private boolean finished;

  /** Starts the writing thread for {@code target}. */
  public PipelinedSink(LoadSink target) {
    this.target = target;
    worker = new Thread(() -> drain(target), "load-writer");
    worker.setDaemon(true);
    worker.start();
  }

  private void drain(LoadSink target) {
    try {
      while (true) {
        List<Consumer<LoadSink>> b = queue.take();
        if (b == END) {
          return;
        }
        if (failure == null) {
          for (Consumer<LoadSink> call : b) {
            call.accept(target);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = new IllegalStateException("load writer interrupted", e);
    } catch (RuntimeException | Error e) {
      // an Error too: a writer thread that died silently would leave the reader blocked on a full queue
      failure = e;
      queue.clear(); // unblock a producer waiting to put; it sees the failure on its next call
      drainUntilEnd();
    }
  }

  /** After a failure: keep taking batches so the producer never blocks, until the end marker. */
  private void drainUntilEnd() {
    try {
      while (queue.take() != END) {
        // discarded: the load has failed and will be rolled back
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void add(Consumer<LoadSink> call) {
    rethrowFailure();
    batch.add(call);
    if (batch.size() == BATCH) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  private void put(List<Consumer<LoadSink>> b) {
    try {
      queue.put(b);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("reader interrupted while handing rows to the load writer", e);
    }
  }

  @Override
  public void event(EventRow row) {
    add(s -> s.event(row));
  }

  /**
   * The target's answer, asked on the reader's thread: the target's filter must be set before this
   * sink is made, and not change while it reads (as {@code FileLoad#keepActors}).
   */
  @Override
  public boolean storesEvent(String actor1Country, String actor2Country) {
    return target.storesEvent(actor1Country, actor2Country);
  }

  @Override
  public void idealPoint(IdealPointRow row) {
    add(s -> s.idealPoint(row));
  }

  @Override
  public void armsTransfer(ArmsTransferRow row) {
    add(s -> s.armsTransfer(row));
  }

  @Override
  public void document(DocumentRow row) {
    add(s -> s.document(row));
  }

  @Override
  public void countryGraph(org.dyadscope.store.CountryGraphRow row) {
    add(s -> s.countryGraph(row));
  }

  @Override
  public void quarantine(long line, String reason, String raw) {
    add(s -> s.quarantine(line, reason, raw));
  }

  @Override
  public void duplicate(long line, long firstLine, String raw) {
    add(s -> s.duplicate(line, firstLine, raw));
  }

  @Override
  public void codeReport(CodeReport report) {
    add(s -> s.codeReport(report));
  }

  /**
   * Hands over the last batch and waits until the target has seen every call.
   *
   * @throws RuntimeException the first failure of the target, if any (or the {@link Error} it threw)
   */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    if (!batch.isEmpty() && failure == null) {
      put(batch);
    }
    put(END);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the load writer", e);
    }
    rethrowFailure();
  }

  private void rethrowFailure() {
    Throwable f = failure;
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
  }
}
