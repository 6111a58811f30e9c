package org.dyadscope.collect;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Items handed from one producer thread to a consumer on a thread of its own, in order, through a
 * queue of bounded capacity, so that the two run at the same time on two cores and memory stays
 * flat: the load's writer ({@link PipelinedSink}) and a zip's content digest ({@link ContentDigest}).
 *
 * <p>The first failure of the consumer (a RuntimeException, or an Error such as OutOfMemoryError) is
 * kept in {@link #failure()}; the items after it are taken and dropped, so the producer never blocks
 * on a full queue behind a dead consumer. {@link #finish} must be called, also after a failure: it
 * ends the thread.
 */
final class HandOff<T> {
  private static final Object END = new Object();
  /** How often a producer waiting on a full queue checks that the consumer's thread still runs. */
  private static final long CHECK_MILLIS = 50;

  private final String name;
  private final BlockingQueue<Object> queue;
  private final Thread worker;
  private volatile Throwable failure;

  /** Starts the consumer's thread, named {@code name}, behind a queue of {@code capacity} items. */
  HandOff(String name, int capacity, Consumer<? super T> consumer) {
    this.name = name;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.worker = new Thread(() -> consume(consumer), name);
    worker.setDaemon(true);
    worker.start();
  }

  @SuppressWarnings("unchecked")
  private void consume(Consumer<? super T> consumer) {
    try {
      for (Object item = queue.take(); item != END; item = queue.take()) {
        if (failure == null) {
          try {
            consumer.accept((T) item);
          } catch (RuntimeException | Error e) {
            failure = e; // the items after it are dropped
          }
        }
      }
    } catch (InterruptedException e) {
      failure = new IllegalStateException(name + " interrupted", e);
    }
  }

  /** The consumer's first failure, or null. */
  Throwable failure() {
    return failure;
  }

  /**
   * Hands over {@code item}, waiting while the queue is full; nothing when the consumer's thread has
   * ended (interrupted: {@link #failure()} says so).
   *
   * @throws IllegalStateException when this thread is interrupted while waiting (the consumer's
   *     thread is interrupted too: nothing more would come)
   */
  void put(T item) {
    offer(item);
  }

  /** Hands over the end and waits until the consumer has taken every item before it. */
  void finish() {
    offer(END);
    try {
      worker.join();
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    }
  }

  private void offer(Object item) {
    try {
      while (!queue.offer(item, CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
        if (!worker.isAlive()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing over to " + name, e);
    }
  }
}
