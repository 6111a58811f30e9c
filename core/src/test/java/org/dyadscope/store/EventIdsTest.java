package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventIdsTest {
  @Test
  void eachIdKeepsTheDayOfItsFirstRowPastManyGrowths() {
    EventIds ids = new EventIds();
    int n = 100_000; // the table starts at 4,096 slots: five growths
    for (int i = 0; i < n; i++) {
      assertThat(ids.putIfAbsent(Long.toString(876_543_210L + 7L * i), i % 365)).isEqualTo(EventIds.ABSENT);
    }
    for (int i = 0; i < n; i += 997) {
      assertThat(ids.putIfAbsent(Long.toString(876_543_210L + 7L * i), 9999)).isEqualTo(i % 365);
    }
    assertThat(ids.putIfAbsent("876543211", 1)).isEqualTo(EventIds.ABSENT); // between two known ids
  }

  @Test
  void idsThatAreNoPlainNumberAreKeptApartFromNumbers() {
    EventIds ids = new EventIds();
    assertThat(ids.putIfAbsent("7", 10)).isEqualTo(EventIds.ABSENT);
    assertThat(ids.putIfAbsent("007", 11)).isEqualTo(EventIds.ABSENT); // another spelling, another id
    assertThat(ids.putIfAbsent("0", 12)).isEqualTo(EventIds.ABSENT);
    assertThat(ids.putIfAbsent("e7", 13)).isEqualTo(EventIds.ABSENT);
    assertThat(ids.putIfAbsent("1234567890123456789", 14)).isEqualTo(EventIds.ABSENT); // 19 digits
    assertThat(ids.putIfAbsent("7", 0)).isEqualTo(10);
    assertThat(ids.putIfAbsent("007", 0)).isEqualTo(11);
    assertThat(ids.putIfAbsent("0", 0)).isEqualTo(12);
    assertThat(ids.putIfAbsent("e7", 0)).isEqualTo(13);
    assertThat(ids.putIfAbsent("1234567890123456789", 0)).isEqualTo(14);
  }
}
