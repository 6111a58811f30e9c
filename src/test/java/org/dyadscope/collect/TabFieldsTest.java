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
}
