package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dyadscope.TestData;
import org.junit.jupiter.api.Test;

/** The reference tables in the jar against the public files they are made from, and without them. */
class ReferenceTablesTest {
  @Test
  void shippedTablesEqualWhatTheSharedFilesGive() throws IOException {
    TestData.file("gdelt/lookups/CAMEO.eventcodes.txt");
    TestData.file("petrarch2/dictionaries");
    for (Map.Entry<String, String> e : ReferenceTables.all(TestData.root()).entrySet()) {
      try (InputStream in = CameoTable.class.getResourceAsStream(e.getKey())) {
        assertThat(in).as(e.getKey() + " in the jar").isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .as(e.getKey() + " differs from its source; regenerate it (see ReferenceTables)").isEqualTo(e.getValue());
      }
    }
  }

  @Test
  void builtInCameoTableHoldsEveryCodeWithItsGoldsteinValue() {
    CameoTable t = CameoTable.builtIn();
    // CAMEO.eventcodes.txt: 311 codes (20 roots, 3-digit bases, 4-digit codes; root 01 has none)
    assertThat(t.codes()).hasSize(311).contains("01", "010", "0251", "20", "204", "2042").doesNotContain("0101");
    assertThat(t.description("036")).isEqualTo("Express intent to meet or negotiate");
    assertThat(t.goldstein("036")).isEqualTo(4.0);
    assertThat(t.goldstein("190")).isEqualTo(-10.0);
    assertThat(t.goldstein("1411")).isEqualTo(-6.5);
    assertThat(t.isKnown("999")).isFalse();
    assertThat(t.goldstein("999")).isNull();
  }
}
