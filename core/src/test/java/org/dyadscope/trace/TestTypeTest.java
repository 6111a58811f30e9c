package org.dyadscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestTypeTest {
  @Test
  void classifiesEachTypesDefaultPoint() {
    for (TestType t : TestType.values()) {
      Classification c = TestType.classify(t.pEgivenH(), t.pEgivenNotH());
      assertThat(c.type()).as(t.label()).isEqualTo(t);
      assertThat(c.polarity()).isEqualTo(Classification.Polarity.PRESENCE);
    }
  }

  @Test
  void everyCornerOfADefaultBoxClassifiesAsItsType() {
    for (TestType t : TestType.values()) {
      for (double a : new double[] {t.pEgivenHRange().low(), t.pEgivenHRange().high()}) {
        for (double b : new double[] {t.pEgivenNotHRange().low(), t.pEgivenNotHRange().high()}) {
          assertThat(TestType.classify(a, b).type()).as("%s at (%s, %s)", t, a, b).isEqualTo(t);
        }
      }
    }
  }

  @Test
  void canonicalPairs() {
    assertThat(TestType.classify(0.95, 0.6).label()).isEqualTo("hoop");
    assertThat(TestType.classify(0.6, 0.05).label()).isEqualTo("smoking_gun");
    assertThat(TestType.classify(0.95, 0.05).label()).isEqualTo("doubly_decisive");
    assertThat(TestType.classify(0.6, 0.4).label()).isEqualTo("straw_in_the_wind");
    assertThat(TestType.classify(1, 0).type()).isEqualTo(TestType.DOUBLY_DECISIVE);
    assertThat(TestType.classify(1, 0).lrPresent()).isInfinite();
    // a hoop's rival: E present is unlikely under it, so ¬E is a smoking gun for it
    assertThat(TestType.classify(0.6, 0.95).label()).isEqualTo("smoking_gun_on_absence");
    assertThat(TestType.classify(0.5, 0.5).label()).isEqualTo("not_diagnostic");
    assertThat(TestType.classify(0.5, 0.5).diagnostic()).isFalse();
  }

  @Test
  void decisiveRatioIsTheBoundary() {
    assertThat(TestType.classify(0.5, 0.1).type()).isEqualTo(TestType.SMOKING_GUN); // LR exactly 5
    assertThat(TestType.classify(0.5, 0.1001).type()).isEqualTo(TestType.STRAW_IN_THE_WIND);
    assertThat(TestType.classify(0.9, 0.5).type()).isEqualTo(TestType.HOOP); // failing LR 0.1/0.5 = 1/5
  }

  @Test
  void parsesLabelsAndRejectsOthers() {
    assertThat(TestType.parse("Smoking gun")).isEqualTo(TestType.SMOKING_GUN);
    assertThat(TestType.parse("straw-in-the-wind")).isEqualTo(TestType.STRAW_IN_THE_WIND);
    assertThatThrownBy(() -> TestType.parse("smoking")).hasMessageContaining("use straw_in_the_wind, hoop");
    assertThatThrownBy(() -> TestType.classify(1.2, 0.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thresholdsParseAndJudge() {
    assertThat(Threshold.parse(">= 3").test(3)).isTrue();
    assertThat(Threshold.parse("<0.25").test(0.25)).isFalse();
    assertThat(Threshold.parse("= 1")).isEqualTo(new Threshold("==", 1));
    assertThat(Threshold.parse("!= 0").judge(null)).isEqualTo(Observed.UNAVAILABLE);
    assertThat(Threshold.parse("> -1.5e1").judge(-10.0)).isEqualTo(Observed.PRESENT);
    assertThatThrownBy(() -> Threshold.parse("about 3")).hasMessageContaining("e.g. \">= 3\"");
  }
}
