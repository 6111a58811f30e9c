package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class HandOffTest {
  @Test
  void itemsArriveInOrder() {
    List<Integer> seen = new ArrayList<>();
    HandOff<Integer> h = new HandOff<>("test", 2, seen::add);
    for (int i = 0; i < 100; i++) {
      h.put(i);
    }
    h.finish();
    assertThat(h.failure()).isNull();
    assertThat(seen).hasSize(100).isSorted().startsWith(0, 1).endsWith(99);
  }

  @Test
  void aConsumerThatFailsWithTheEndAlreadyQueuedNeitherBlocksTheProducerNorHangsFinish() throws Exception {
    CountDownLatch queued = new CountDownLatch(1);
    List<Integer> seen = new ArrayList<>();
    IllegalStateException boom = new IllegalStateException("disk full");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      HandOff<Integer> h = new HandOff<>("test", 2, i -> {
        seen.add(i);
        if (i == 0) {
          try {
            queued.await(); // fail only once the producer has queued the rest and the end
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw boom;
        }
      });
      h.put(0);
      h.put(1);
      Thread finisher = new Thread(h::finish);
      finisher.start();
      Thread.sleep(200); // the end is queued behind item 1 (or waiting for room)
      queued.countDown();
      finisher.join();
      // more items after the failure are taken and dropped: the producer never blocks
      for (int i = 2; i < 50; i++) {
        h.put(i);
      }
      assertThat(h.failure()).isSameAs(boom);
    });
    assertThat(seen).containsExactly(0);
  }
}
