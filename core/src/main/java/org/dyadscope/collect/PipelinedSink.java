package org.dyadscope.collect;

import java.util.ArrayList;
import java.util.List;
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

  private final LoadSink target;
  private final HandOff<List<Consumer<LoadSink>>> writer;
  private List<Consumer<LoadSink>> batch = new ArrayList<>(BATCH);
  private boolean finished;

  /** Starts the writing thread for {@code target}. */
  public PipelinedSink(LoadSink target) {
    this.target = target;
    this.writer = new HandOff<>("load-writer", QUEUED, b -> {
      for (Consumer<LoadSink> call : b) {
        call.accept(target);
      }
    });
  }

  private void add(Consumer<LoadSink> call) {
    rethrowFailure();
    batch.add(call);
    if (batch.size() == BATCH) {
      writer.put(batch);
      batch = new ArrayList<>(BATCH);
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
    if (!batch.isEmpty() && writer.failure() == null) {
      writer.put(batch);
    }
    writer.finish();
    rethrowFailure();
  }

  private void rethrowFailure() {
    Throwable f = writer.failure();
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
  }
}
