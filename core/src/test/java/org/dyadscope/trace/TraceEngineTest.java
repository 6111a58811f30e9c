package org.dyadscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.dyadscope.trace.Cases.h;
import static org.dyadscope.trace.Cases.item;
import static org.dyadscope.trace.Cases.run;
import static org.dyadscope.trace.Cases.test;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceEngineTest {
  private static final List<Hypothesis> TWO = List.of(h("H", 0.5), h("notH", 0.5));
  private static final List<String> TWO_IDS = List.of("H", "notH");

  @Test
  void passedHoopFromEvenPrior() throws Exception {
    Trace t = run(TWO, item("E1", true, null, "H", 0.95, "notH", 0.6));
    // 0.5·0.95 / (0.5·0.95 + 0.5·0.6) = 0.95 / 1.55
    assertThat(t.posterior("H")).isCloseTo(0.6129, within(1e-4)).isCloseTo(0.95 / 1.55, within(1e-15));
    assertThat(t.priorsNormalised()).isFalse();
  }

  @Test
  void failedHoopFromEvenPrior() throws Exception {
    Trace t = run(TWO, item("E1", false, null, "H", 0.95, "notH", 0.6));
    // 0.5·0.05 / (0.5·0.05 + 0.5·0.4) = 1/9
    assertThat(t.posterior("H")).isCloseTo(0.1111, within(1e-4)).isCloseTo(1.0 / 9, within(1e-15));
  }

  @Test
  void hoopTestTypeUsesItsDefaultPoint() throws Exception {
    Trace t = run(TWO, test("E1", true, TestType.HOOP, "H", TWO_IDS));
    assertThat(t.posterior("H")).isCloseTo(0.95 / 1.55, within(1e-15));
    List<TrailRow> step1 = t.trail().subList(2, 4);
    assertThat(step1).extracting(TrailRow::testType).containsExactly("hoop", "smoking_gun_on_absence");
    assertThat(step1).extracting(TrailRow::pEgivenH).containsExactly(0.95, 0.6);
    assertThat(step1.get(0).pEgivenNotH()).isEqualTo(0.6);
  }

  @Test
  void passedSmokingGunLiftsAThirtyPercentPriorAboveEighty() throws Exception {
    Trace t = run(List.of(h("H", 0.3), h("notH", 0.7)), test("E1", true, TestType.SMOKING_GUN, "H", TWO_IDS));
    // 0.3·0.6 / (0.3·0.6 + 0.7·0.05) = 0.18 / 0.215 = 36/43
    assertThat(t.posterior("H")).isCloseTo(36.0 / 43, within(1e-15)).isGreaterThan(0.8);
  }

  @Test
  void threeHypothesesNormaliseAndSaySo() throws Exception {
    List<Hypothesis> hs = List.of(h("H1", 1), h("H2", 1), h("H3", 2));
    Trace t = run(hs, item("E1", true, null, "H1", 0.5, "H2", 0.5, "H3", 0.5));
    assertThat(t.priors()).containsExactly(0.25, 0.25, 0.5);
    assertThat(t.priorsNormalised()).isTrue();
    assertThat(t.statedPriorSum()).isEqualTo(4);
    assertThat(t.normalisationNote()).isEqualTo("priors summed to 4; each was divided by 4");
    // step 0 keeps the stated weight as prior and the normalised value as posterior
    assertThat(t.trail().subList(0, 3)).extracting(TrailRow::prior).containsExactly(1.0, 1.0, 2.0);
    assertThat(t.trail().subList(0, 3)).extracting(TrailRow::posterior).containsExactly(0.25, 0.25, 0.5);
    // equal likelihoods carry no information
    assertThat(t.posteriors()).containsExactly(0.25, 0.25, 0.5);
    assertThat(t.trail().get(3).testType()).isEqualTo("not_diagnostic");
  }

  @Test
  void oddsFormHoldsForEveryHypothesisOfThree() throws Exception {
    List<Hypothesis> hs = List.of(h("H1", 0.5), h("H2", 0.3), h("H3", 0.2));
    Trace t = run(hs, item("E1", true, null, "H1", 0.9, "H2", 0.4, "H3", 0.1),
        item("E2", false, null, "H1", 0.3, "H2", 0.8, "H3", 0.5));
    for (TrailRow r : t.trail()) {
      if (r.step() == 0) {
        continue;
      }
      double f = r.observed() == Observed.PRESENT ? r.pEgivenH() : 1 - r.pEgivenH();
      double fNot = r.observed() == Observed.PRESENT ? r.pEgivenNotH() : 1 - r.pEgivenNotH();
      double priorOdds = r.prior() / (1 - r.prior());
      assertThat(r.posterior() / (1 - r.posterior())).isCloseTo(priorOdds * f / fNot, within(1e-12));
    }
    // by hand: after E1 weights 0.45, 0.12, 0.02 (sum 0.59); after E2 ×0.7, 0.2, 0.5
    double w1 = 0.45 * 0.7;
    double w2 = 0.12 * 0.2;
    double w3 = 0.02 * 0.5;
    assertThat(t.posterior("H1")).isCloseTo(w1 / (w1 + w2 + w3), within(1e-15));
    assertThat(t.leading()).isEqualTo("H1");
  }

  @Test
  void groupWithoutStatedLikelihoodEntersItsMostDiagnosticMemberOnce() throws Exception {
    EvidenceItem weak = item("E1", true, "G1", "H", 0.7, "notH", 0.5);
    EvidenceItem strong = item("E2", true, "G1", "H", 0.8, "notH", 0.1);
    EvidenceItem other = item("E3", false, null, "H", 0.4, "notH", 0.6);
    Trace grouped = run(TWO, weak, other, strong);
    Trace single = run(TWO, strong, other);
    assertThat(grouped.posterior("H")).isCloseTo(single.posterior("H"), within(1e-15));
    // as independent items E1 would count too: H 0.5·0.7·0.8·0.6, notH 0.5·0.5·0.1·0.4 (E3 absent)
    Trace independent = run(TWO, item("E1", true, null, "H", 0.7, "notH", 0.5), other,
        item("E2", true, null, "H", 0.8, "notH", 0.1));
    assertThat(independent.posterior("H")).isCloseTo(0.168 / (0.168 + 0.01), within(1e-15));
    assertThat(grouped.posterior("H")).isCloseTo(0.24 / (0.24 + 0.02), within(1e-15));

    assertThat(grouped.entries()).extracting(Entry::id).containsExactly("G1", "E3");
    Entry g = grouped.groups().get(0);
    assertThat(g.kind()).isEqualTo(Entry.Kind.GROUP_MOST_DIAGNOSTIC);
    assertThat(g.members()).containsExactly("E1", "E2");
    assertThat(g.representative()).isEqualTo("E2");
    assertThat(grouped.independent()).containsExactly("E3");
    assertThat(grouped.trail()).hasSize(2 * 3);
    // the trail names the member that stood for the group and the factors applied
    assertThat(grouped.trail().get(2).observedAs()).isEqualTo("present via E2 (E1 present, E2 present)");
    assertThat(grouped.trail().subList(2, 4)).extracting(TrailRow::likelihoodApplied).containsExactly(0.8, 0.1);
    assertThat(grouped.trail().get(4).observedAs()).isEqualTo("absent");
    assertThat(grouped.trail().subList(4, 6)).extracting(TrailRow::likelihoodApplied)
        .containsExactly(1 - 0.4, 1 - 0.6);
  }

  @Test
  void groupWithStatedLikelihoodEntersTheJointEventOnce() throws Exception {
    EvidenceGroup g = new EvidenceGroup("G1", "two reports of one delivery",
        Map.of("H", Likelihood.explicit(0.9), "notH", Likelihood.explicit(0.3)));
    List<EvidenceItem> items = List.of(item("E1", true, "G1", "H", 0.95, "notH", 0.5),
        item("E2", true, "G1", "H", 0.9, "notH", 0.4));
    Trace t = TraceEngine.run(TWO, items, List.of(g), ObservationResolver.literalOnly());
    Trace single = run(TWO, item("J", true, null, "H", 0.9, "notH", 0.3));
    assertThat(t.posterior("H")).isCloseTo(single.posterior("H"), within(1e-15)).isCloseTo(0.75, within(1e-15));
    assertThat(t.entries()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(Entry.Kind.GROUP_STATED);
      assertThat(e.present()).isTrue();
    });
    assertThat(t.independent()).isEmpty();

    // one member absent: the joint event "every member present" failed
    List<EvidenceItem> oneAbsent = List.of(items.get(0), item("E2", false, "G1", "H", 0.9, "notH", 0.4));
    Trace failed = TraceEngine.run(TWO, oneAbsent, List.of(g), ObservationResolver.literalOnly());
    assertThat(failed.posterior("H")).isCloseTo(0.1 / (0.1 + 0.7), within(1e-15));
    assertThat(failed.trail().get(2).observedAs()).isEqualTo("absent, joint (E1 present, E2 absent)");
    assertThat(failed.trail().subList(2, 4)).extracting(TrailRow::likelihoodApplied)
        .containsExactly(1 - 0.9, 1 - 0.3);
  }

  @Test
  void queryObservationsComeFromTheResolverAndUnavailableDataIsNotEvidence() throws Exception {
    Observation q = new Observation.Query("SELECT count(*) FROM events", Threshold.parse(">= 3"));
    EvidenceItem e1 = new EvidenceItem("E1", "d", SourceCitation.of("store"), q,
        Map.of("H", Likelihood.explicit(0.95), "notH", Likelihood.explicit(0.6)), null);
    EvidenceItem e2 = new EvidenceItem("E2", "d", SourceCitation.of("store"), q,
        Map.of("H", Likelihood.explicit(0.2), "notH", Likelihood.explicit(0.9)), null);
    Map<String, Double> values = Map.of("E1", 2.0);
    ObservationResolver byMap = (item, query) -> query.test().judge(values.get(item.id()));
    Trace t = TraceEngine.run(TWO, List.of(e1, e2), List.of(), byMap);
    assertThat(t.posterior("H")).isCloseTo(1.0 / 9, within(1e-15)); // 2 < 3: E1 absent
    assertThat(t.unavailable()).containsExactly("E2");
    assertThat(t.trail()).hasSize(2 * 2);

    assertThatThrownBy(() -> TraceEngine.run(TWO, List.of(e1), List.of(), ObservationResolver.literalOnly()))
        .isInstanceOf(TraceException.class).hasMessageContaining("evidence E1 is observed by a query");
  }

  @Test
  void evidenceImpossibleUnderEveryHypothesisIsAnError() {
    assertThatThrownBy(() -> run(TWO, item("E1", false, null, "H", 1, "notH", 1)))
        .isInstanceOf(TraceException.class)
        .hasMessageContaining("evidence E1 was observed absent, which has probability 0");
  }

  @Test
  void aHypothesisWithoutLikelihoodIsRejected() {
    assertThatThrownBy(() -> run(TWO, item("E1", true, null, "H", 0.9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evidence E1 gives no P(E|H) for hypothesis notH");
  }
}
