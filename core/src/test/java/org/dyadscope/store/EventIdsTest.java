package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventIdsTest {
  @Test
  void eachIdKeepsTheDayOfItsFirstRowPastManyGrowths() {
    EventIds ids = new EventIds();
    int n = 100_000; // scattered ids (one in 7), past many growths of the page table and of the days
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

  @Test
  void aDayOutsideThePagesRangeIsKeptAndFoundUnderTheSameId() {
    EventIds ids = new EventIds();
    int early = (int) LocalDate.of(1899, 12, 31).toEpochDay(); // before the 2-byte day codes
    int late = (int) LocalDate.of(2079, 6, 6).toEpochDay(); // after them
    int first = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    int last = (int) LocalDate.of(2079, 6, 5).toEpochDay();
    assertThat(ids.putIfAbsent("1000", early)).isEqualTo(EventIds.ABSENT);
    assertThat(ids.putIfAbsent("1001", late)).isEqualTo(EventIds.ABSENT);
    assertThat(ids.putIfAbsent("1002", first)).isEqualTo(EventIds.ABSENT);
    assertThat(ids.putIfAbsent("1003", last)).isEqualTo(EventIds.ABSENT);
    // a later row of each id, on a day the pages could hold, finds the first row's day
    assertThat(ids.putIfAbsent("1000", 18_000)).isEqualTo(early);
    assertThat(ids.putIfAbsent("1001", 18_000)).isEqualTo(late);
    assertThat(ids.putIfAbsent("1002", 18_000)).isEqualTo(first);
    assertThat(ids.putIfAbsent("1003", 18_000)).isEqualTo(last);
    assertThat(ids.size()).isEqualTo(4);
  }

  @Test
  void missingFromCountsTheIdsAnotherSetLacksWhereverEitherHoldsThem() {
    EventIds earlier = new EventIds();
    EventIds now = new EventIds();
    int early = (int) LocalDate.of(1850, 1, 1).toEpochDay();
    for (long id = 0; id < 3 * EventIds.PAGE; id++) { // three full pages
      earlier.putIfAbsent(Long.toString(id), 18_000);
      if (id % 10 != 0) { // 20 of the 192 ids dropped
        now.putIfAbsent(Long.toString(id), id == 5 ? early : 18_000);
      }
    }
    earlier.putIfAbsent("5000000000", early); // in the map here, in no set there
    earlier.putIfAbsent("x-1", 18_000);
    now.putIfAbsent("x-1", 18_000);
    assertThat(earlier.missingFrom(now)).isEqualTo(20 + 1);
    assertThat(now.missingFrom(earlier)).isZero(); // id 5 sits in now's map, in earlier's page
  }
}
