package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TabFieldsTest {
  @Test
  void tabFieldsKeepEmptyTrailingFields() {
    TabFields f = new TabFields();
    assertThat(f.split("a\t\tb\t")).isEqualTo(4);
    assertThat(f.get(0)).isEqualTo("a");
    assertThat(f.getOrNull(1)).isNull();
    assertThat(f.get(2)).isEqualTo("b");
    assertThat(f.get(3)).isEmpty();
    assertThat(f.split("")).isEqualTo(1);
    assertThat(f.split("\t".repeat(100))).isEqualTo(101);
    assertThat(f.length(100)).isZero();
    assertThatThrownBy(() -> f.get(101)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void wordAtATimeSplitMatchesANaiveSplitOnRandomLines() {
    java.util.Random random = new java.util.Random(42);
    byte[] alphabet = {'\t', 0x08, 0x0A, 0x00, 0x01, 'a', '9', 0x7F, (byte) 0x80, (byte) 0xC3, (byte) 0xFF};
    TabFields f = new TabFields();
    for (int round = 0; round < 20_000; round++) {
      byte[] buf = new byte[random.nextInt(40)];
      for (int k = 0; k < buf.length; k++) {
        buf[k] = alphabet[random.nextInt(alphabet.length)];
      }
      int start = buf.length == 0 ? 0 : random.nextInt(buf.length);
      int len = buf.length - start == 0 ? 0 : random.nextInt(buf.length - start + 1);
      java.util.List<Integer> expectedStarts = new java.util.ArrayList<>();
      expectedStarts.add(start);
      boolean ascii = true;
      for (int k = start; k < start + len; k++) {
        if (buf[k] == '\t') {
          expectedStarts.add(k + 1);
        }
        ascii &= buf[k] >= 0;
      }
      assertThat(f.split(buf, start, len)).isEqualTo(expectedStarts.size());
      assertThat(f.ascii()).isEqualTo(ascii);
      for (int k = 0; k < expectedStarts.size(); k++) {
        assertThat(f.start(k)).isEqualTo(expectedStarts.get(k));
        int end = k + 1 < expectedStarts.size() ? expectedStarts.get(k + 1) - 1 : start + len;
        assertThat(f.end(k)).isEqualTo(end);
      }
    }
  }
}
