package org.dyadscope.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDateTest {
  @Test
  void everyPrecisionBecomesAnIsoDay() {
    assertThat(IsoDate.parse("2012")).isEqualTo(new IsoDate(LocalDate.of(2012, 1, 1), "year"));
    assertThat(IsoDate.parse("2012-10")).isEqualTo(new IsoDate(LocalDate.of(2012, 10, 1), "month"));
    assertThat(IsoDate.parse("2012-10-18")).isEqualTo(new IsoDate(LocalDate.of(2012, 10, 18), "day"));
    assertThat(IsoDate.parse(null)).isNull();
    assertThat(IsoDate.parse(" ")).isNull();
  }

  @Test
  void labelsShowTheDateToItsPrecision() {
    assertThat(IsoDate.label("2017-01-01", "year")).isEqualTo("2017");
    assertThat(IsoDate.label("2017-09-01", "month")).isEqualTo("2017-09");
    assertThat(IsoDate.label("2017-09-21", "day")).isEqualTo("2017-09-21");
  }

  @Test
  void anotherFormIsNamed() {
    assertThatThrownBy(() -> IsoDate.parse("2015-9")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document date '2015-9' is not YYYY, YYYY-MM or YYYY-MM-DD");
    assertThatThrownBy(() -> IsoDate.parse("2015-02-30")).hasMessageContaining("'2015-02-30'");
  }
}
