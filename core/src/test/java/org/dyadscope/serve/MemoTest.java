package org.dyadscope.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounded store of query results: least recently used entries go first once the weight passes the limit. */
class MemoTest {
  @Test
  void dropsTheLeastRecentlyUsedBeyondItsWeight() {
    Memo<String, String> m = new Memo<>(10);
    m.put("a", "A", 4);
    m.put("b", "B", 4);
    assertThat(m.get("a")).isEqualTo("A"); // a is now more recent than b
    m.put("c", "C", 4); // 12 > 10: b goes
    assertThat(m.get("b")).isNull();
    assertThat(m.get("a")).isEqualTo("A");
    assertThat(m.get("c")).isEqualTo("C");
    m.put("c", "C2", 2); // replacing counts the new weight only: 6, nothing goes
    assertThat(m.get("a")).isEqualTo("A");
    m.put("big", "BIG", 50); // heavier than the limit alone: kept, every other entry goes
    assertThat(m.get("big")).isEqualTo("BIG");
    assertThat(m.get("a")).isNull();
    assertThat(m.get("c")).isNull();
  }
}
