package org.dyadscope.collect.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  private static double parse(String s) {
    byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.US_ASCII);
    return Decimals.parse(b, 2, s.length());
  }

  @Test
  void plainDecimalsMatchParseDoubleBitForBit() {
    Random r = new Random(1);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder s = new StringBuilder();
      if (r.nextBoolean()) {
        s.append('-');
      }
      s.append(r.nextInt(3) == 0 ? 0 : r.nextInt(100));
      int frac = r.nextInt(17);
      if (frac > 0 || r.nextBoolean()) {
        s.append('.');
      }
      for (int i = 0; i < frac; i++) {
        s.append((char) ('0' + r.nextInt(10)));
      }
      String t = s.toString();
      double fast = parse(t);
      if (!Double.isNaN(fast)) {
        assertThat(Double.doubleToRawLongBits(fast)).as(t)
            .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(t)));
      }
    }
  }

  @Test
  void gdeltValuesTakeTheFastPath() {
    assertThat(parse("-2.41691842900302")).isEqualTo(-2.41691842900302);
    assertThat(parse("7.0")).isEqualTo(7.0);
    assertThat(parse("-10")).isEqualTo(-10.0);
    assertThat(parse(".5")).isEqualTo(0.5);
    assertThat(Double.doubleToRawLongBits(parse("-0.0")))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void othersFallBack() {
    for (String s : new String[] {"", "-", ".", "1e5", "NaN", "1.2.3", "12345678901234567890",
        "9007199254740993", "0x1p3", "1,5", " 1"}) {
      assertThat(parse(s)).as(s).isNaN();
    }
  }
}
