package org.dyadscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dyadscope.trace.Cases.h;
import static org.dyadscope.trace.Cases.run;
import static org.dyadscope.trace.Cases.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  private static final List<Hypothesis> TWO = List.of(h("H1", 0.5), h("H2", 0.5));
  private static final List<String> TWO_IDS = List.of("H1", "H2");
  private static final SensitivitySettings DEFAULTS = SensitivitySettings.defaults();

  @Test
  void passedHoopIntervalIsExactAndContainsThePoint() throws Exception {
    Trace t = run(TWO, test("E1", true, TestType.HOOP, "H1", TWO_IDS));
    SensitivityResult r = Sensitivity.analyse(t, DEFAULTS);
    PosteriorInterval i = r.interval("H1");
    assertThat(i.point()).isCloseTo(0.95 / 1.55, within(1e-15));
    // max: H1 weight 0.5·2·0.99 against H2 0.5·0.5·0.35; min: 0.5·0.5·0.94 against 0.5·2·0.65
    assertThat(i.max()).isCloseTo(0.99 / (0.99 + 0.0875), within(1e-12));
    assertThat(i.min()).isCloseTo(0.235 / (0.235 + 0.65), within(1e-12));
    assertThat(i.min()).isLessThan(i.point());
    assertThat(i.max()).isGreaterThan(i.point());
    assertThat(r.exhaustive()).isTrue();
    assertThat(r.parameters()).isEqualTo(4);
    assertThat(r.cornersEvaluated()).isEqualTo(16);
    // the point leader H1 can fall to 0.27: the conclusion flips within the ranges
    assertThat(r.flips()).isTrue();
    assertThat(r.overtakers()).containsExactly("H2");
    // 0.27..0.92 crosses one half: whether H1 is more likely than not depends on the likelihoods
    assertThat(i.robust()).isFalse();
    assertThat(new PosteriorInterval("H", 0.7, 0.55, 0.9).robust()).isTrue();
    assertThat(new PosteriorInterval("H", 0.01, 0, 0.4).robust()).isTrue();
  }

  @Test
  void strawInTheWindFlipsUnderThePriorRangeButDoublyDecisiveDoesNot() throws Exception {
    SensitivityResult straw = Sensitivity.analyse(run(TWO, test("E1", true, TestType.STRAW_IN_THE_WIND, "H1", TWO_IDS)),
        DEFAULTS);
    assertThat(straw.leader()).isEqualTo("H1");
    assertThat(straw.interval("H1").point()).isCloseTo(0.6, within(1e-15));
    assertThat(straw.flips()).isTrue();
    assertThat(straw.cornersWithOtherLeader()).isPositive().isLessThan(straw.cornersEvaluated());

    SensitivityResult decisive = Sensitivity.analyse(run(TWO, test("E1", true, TestType.DOUBLY_DECISIVE, "H1", TWO_IDS)),
        DEFAULTS);
    assertThat(decisive.flips()).isFalse();
    assertThat(decisive.cornersWithOtherLeader()).isZero();
    // worst case for H1: 0.5·0.5·0.9 against 0.5·2·0.075
    assertThat(decisive.interval("H1").min()).isCloseTo(0.225 / 0.3, within(1e-12));
  }

  @Test
  void noRandomInteriorPointLeavesTheIntervals() throws Exception {
    List<Hypothesis> hs = List.of(h("H1", 0.5), h("H2", 0.3), h("H3", 0.2));
    List<String> ids = List.of("H1", "H2", "H3");
    List<EvidenceItem> items = List.of(test("E1", true, TestType.HOOP, "H1", ids),
        test("E2", false, TestType.SMOKING_GUN, "H2", ids), test("E3", true, TestType.STRAW_IN_THE_WIND, "H3", ids),
        Cases.item("E4", false, null, "H1", 0.3, "H2", 0.6, "H3", 0.95));
    Trace t = TraceEngine.run(hs, items, List.of(), ObservationResolver.literalOnly());
    SensitivityResult r = Sensitivity.analyse(t, DEFAULTS);
    assertThat(r.parameters()).isEqualTo(15);
    assertThat(r.exhaustive()).isTrue();

    SplittableRandom random = new SplittableRandom(42);
    for (int draw = 0; draw < 300; draw++) {
      List<Hypothesis> scaled = new ArrayList<>();
      for (Hypothesis h : hs) {
        scaled.add(h(h.id(), h.prior() * random.nextDouble(0.5, 2)));
      }
      List<EvidenceItem> drawn = new ArrayList<>();
      for (EvidenceItem e : items) {
        Map<String, Likelihood> m = new LinkedHashMap<>();
        e.likelihoods().forEach((id, l) -> {
          Range range = DEFAULTS.rangeOf(l);
          m.put(id, Likelihood.explicit(range.low() + random.nextDouble() * (range.high() - range.low())));
        });
        drawn.add(new EvidenceItem(e.id(), "", e.source(), e.observation(), m, null));
      }
      Trace d = TraceEngine.run(scaled, drawn, List.of(), ObservationResolver.literalOnly());
      for (Hypothesis h : hs) {
        PosteriorInterval i = r.interval(h.id());
        assertThat(d.posterior(h.id())).isBetween(i.min() - 1e-12, i.max() + 1e-12);
      }
    }
    for (PosteriorInterval i : r.intervals()) {
      assertThat(i.point()).isBetween(i.min(), i.max());
    }
  }

  @Test
  void largeBoxesAreSampledReproduciblyAndIntervalsStayExact() throws Exception {
    List<Hypothesis> hs = List.of(h("H1", 0.4), h("H2", 0.35), h("H3", 0.25));
    List<String> ids = List.of("H1", "H2", "H3");
    List<EvidenceItem> items = new ArrayList<>();
    TestType[] types = TestType.values();
    for (int i = 0; i < 12; i++) {
      items.add(test("E" + i, i % 3 != 0, types[i % 4], ids.get(i % 3), ids));
    }
    Trace t = TraceEngine.run(hs, items, List.of(), ObservationResolver.literalOnly());
    SensitivityResult a = Sensitivity.analyse(t, DEFAULTS);
    SensitivityResult b = Sensitivity.analyse(t, DEFAULTS);
    SensitivitySettings other = new SensitivitySettings(DEFAULTS.priorFactor(), 0.1, DEFAULTS.explicitClip(), 16, 4096, 99);
    SensitivityResult c = Sensitivity.analyse(t, other);
    assertThat(a.parameters()).isEqualTo(39);
    assertThat(a.exhaustive()).isFalse();
    assertThat(a.cornersEvaluated()).isEqualTo(4096);
    assertThat(a).isEqualTo(b);
    assertThat(c.intervals()).isEqualTo(a.intervals());
    assertThat(c.overtakers()).isEqualTo(a.overtakers());
  }

  @Test
  void explicitValuesVaryByTheSpreadClippedButKeepingTheValue() {
    assertThat(DEFAULTS.explicitRange(0.5)).isEqualTo(new Range(0.4, 0.6));
    assertThat(DEFAULTS.explicitRange(0.95)).isEqualTo(new Range(0.85, 0.99));
    assertThat(DEFAULTS.explicitRange(0.0)).isEqualTo(new Range(0.0, 0.1));
    assertThat(DEFAULTS.explicitRange(1.0).low()).isCloseTo(0.9, within(1e-15));
    assertThat(DEFAULTS.explicitRange(1.0).high()).isEqualTo(1.0);
    assertThat(DEFAULTS.rangeOf(Likelihood.explicit(0.3, new Range(0.2, 0.5)))).isEqualTo(new Range(0.2, 0.5));
    assertThat(DEFAULTS.rangeOf(Likelihood.rival(TestType.HOOP))).isEqualTo(TestType.HOOP.pEgivenNotHRange());
  }
}
