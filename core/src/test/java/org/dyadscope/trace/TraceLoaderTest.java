package org.dyadscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dyadscope.yaml.CaseFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceLoaderTest {
  private static final String HYPOTHESES = """
      hypotheses:
        - id: H1
          statement: Multilateralism made Washington the common denominator
          prior: 0.5
          reason: the study's hypothesis
        - id: H2
          statement: Bilateral pragmatism, independent of the United States
          prior: 0.3
        - id: H3
          statement: A durable strategic alliance
          prior: 0.2
      """;

  private static final String VALID = HYPOTHESES + """
      groups:
        - id: G1
          description: two reports of the same S-300 delivery
      evidence:
        - id: E1
          description: S-300 delivered after the JCPOA
          source: {citation: "SIPRI Arms Transfers Database", url: "https://www.sipri.org/databases/armstransfers", date: 2016-10-01}
          observation: {value: present}
          test: {type: hoop, hypothesis: H1}
          likelihoods:
            H3: {p: 0.9, range: [0.8, 0.95]}
          group: G1
        - id: E2
          description: Russian statement on the delivery
          source: "TASS, 2016-10-13"
          observation: {value: absent}
          likelihoods: {H1: 0.7, H2: smoking_gun, H3: 0.2}
          group: G1
        - id: E3
          description: RUS->IRN cooperation rises after 2018-05
          source: GDELT 2.0 events, RUS->IRN, QuadClass 1-2
          observation: {query: "SELECT count(*) FROM events WHERE source_actor = 'RUS'", test: ">= 3"}
          test: {type: smoking_gun, hypothesis: H1}
      sensitivity: {prior_factor: [0.8, 1.25], seed: 7}
      """;

  private static Path write(Path dir, String text) throws Exception {
    Path f = dir.resolve("trace.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void readsHypothesesGroupsEvidenceAndSettings(@TempDir Path dir) throws Exception {
    write(dir, VALID);
    TraceSpec spec = TraceLoader.load(dir);
    assertThat(spec.hypotheses()).extracting(Hypothesis::id).containsExactly("H1", "H2", "H3");
    assertThat(spec.hypotheses().get(0).reason()).isEqualTo("the study's hypothesis");
    assertThat(spec.groups()).singleElement().satisfies(g -> assertThat(g.stated()).isFalse());

    EvidenceItem e1 = spec.evidence().get(0);
    assertThat(e1.source().url()).isEqualTo("https://www.sipri.org/databases/armstransfers");
    assertThat(e1.source().date()).isEqualTo("2016-10-01");
    assertThat(e1.observation()).isEqualTo(new Observation.Literal(true));
    assertThat(e1.likelihoods().get("H1")).isEqualTo(Likelihood.tested(TestType.HOOP));
    assertThat(e1.likelihoods().get("H2")).isEqualTo(Likelihood.rival(TestType.HOOP));
    assertThat(e1.likelihoods().get("H3")).isEqualTo(Likelihood.explicit(0.9, new Range(0.8, 0.95)));
    assertThat(e1.group()).isEqualTo("G1");

    EvidenceItem e2 = spec.evidence().get(1);
    assertThat(e2.source().citation()).isEqualTo("TASS, 2016-10-13");
    assertThat(e2.observation()).isEqualTo(new Observation.Literal(false));
    assertThat(e2.likelihoods().get("H1").value()).isEqualTo(0.7);
    assertThat(e2.likelihoods().get("H2")).isEqualTo(Likelihood.tested(TestType.SMOKING_GUN));

    Observation.Query q = (Observation.Query) spec.evidence().get(2).observation();
    assertThat(q.sql()).startsWith("SELECT count(*)");
    assertThat(q.test()).isEqualTo(new Threshold(">=", 3));
    assertThat(spec.sensitivity().priorFactor()).isEqualTo(new Range(0.8, 1.25));
    assertThat(spec.sensitivity().seed()).isEqualTo(7);
    assertThat(spec.sensitivity().explicitSpread()).isEqualTo(0.1);
  }

  @Test
  void loadedCaseRunsWithAMapResolver(@TempDir Path dir) throws Exception {
    TraceSpec spec = TraceLoader.load(write(dir, VALID));
    Map<String, Observed> store = Map.of("E3", Observed.PRESENT);
    Trace t = TraceEngine.run(spec, (item, query) -> store.get(item.id()));
    assertThat(t.entries()).extracting(Entry::id).containsExactly("G1", "E3");
    assertThat(t.posteriors().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void unknownKeyNamesLineAndColumn(@TempDir Path dir) {
    assertError(dir, VALID.replace("    group: G1\n  - id: E2", "    grup: G1\n  - id: E2"),
        "trace.yaml:23:5", "unknown key 'grup' (at evidence[0].grup), did you mean 'group'?; keys allowed here: ");
  }

  @Test
  void priorAboveOneNamesItsLine(@TempDir Path dir) {
    assertError(dir, HYPOTHESES.replace("prior: 0.3", "prior: 1.5") + "evidence: []\n",
        "trace.yaml:8:12", "prior 1.5 of H2 must be a probability in (0, 1]");
  }

  @Test
  void likelihoodOutsideUnitIntervalNamesItsLine(@TempDir Path dir) {
    assertError(dir, VALID.replace("H1: 0.7,", "H1: 1.7,"), "trace.yaml:28:23", "evidence E2, H1: likelihood 1.7 is not a probability");
  }

  @Test
  void unknownHypothesisInLikelihoodsNamesTheKey(@TempDir Path dir) {
    assertError(dir, VALID.replace("H3: 0.2}", "H4: 0.2}"), "trace.yaml:28:45", "unknown hypothesis 'H4'");
  }

  @Test
  void missingLikelihoodNamesTheItemAndTheFix(@TempDir Path dir) {
    assertError(dir, VALID.replace(", H3: 0.2}", "}"), "trace.yaml:28:5", "evidence E2 gives no P(E|H) for H3; add `H3: 0.5`");
  }

  @Test
  void unknownTestTypeNamesItsLine(@TempDir Path dir) {
    assertError(dir, VALID.replace("type: hoop", "type: hop"), "trace.yaml:20:18", "unknown test type 'hop'");
  }

  @Test
  void badThresholdNamesItsLine(@TempDir Path dir) {
    assertError(dir, VALID.replace("\">= 3\"", "\"at least 3\""), "trace.yaml:33:90",
        "must be a comparison and a number");
  }

  @Test
  void rangeNotAroundTheValueIsRejected(@TempDir Path dir) {
    assertError(dir, VALID.replace("range: [0.8, 0.95]", "range: [0.95, 0.99]"), "trace.yaml:22:27",
        "range [0.95, 0.99] must be [low, high]");
  }

  @Test
  void observationWithBothValueAndQueryIsRejected(@TempDir Path dir) {
    assertError(dir, VALID.replace("{value: absent}", "{value: absent, query: \"SELECT 1\"}"), "trace.yaml:27:18",
        "exactly one of");
  }

  @Test
  void wrongScalarTypeIsLocatedByJackson(@TempDir Path dir) {
    assertError(dir, HYPOTHESES.replace("prior: 0.3", "prior: [0.3]") + "evidence: []\n", "trace.yaml:8:12", "hypotheses[1].prior");
  }

  @Test
  void duplicateEvidenceIdNamesTheSecond(@TempDir Path dir) {
    assertError(dir, VALID.replace("- id: E2", "- id: E1"), "trace.yaml:24:9", "id 'E1' is used twice");
  }

  @Test
  void singleHypothesisIsRejected(@TempDir Path dir) {
    assertError(dir, "hypotheses:\n  - {id: H1, statement: s, prior: 1}\nevidence: []\n", "trace.yaml:2:",
        "at least two rival hypotheses");
  }

  @Test
  void missingPriorNamesTheHypothesisLine(@TempDir Path dir) {
    assertError(dir, HYPOTHESES.replace("    prior: 0.3\n", "") + "evidence: []\n", "trace.yaml:6:5",
        "hypothesis H2 needs a prior");
  }

  @Test
  void integerLikelihoodsAndPriorsAreNumbers(@TempDir Path dir) throws Exception {
    TraceSpec spec = TraceLoader.load(write(dir, """
        hypotheses:
          - {id: A, statement: a, prior: 1}
          - {id: B, statement: b, prior: 1}
        evidence:
          - {id: E1, description: d, source: s, observation: {value: present}, likelihoods: {A: 1, B: 0}}
        """));
    assertThat(spec.evidence().get(0).likelihoods().get("A").value()).isEqualTo(1.0);
    assertThat(spec.evidence().get(0).likelihoods().get("B").value()).isEqualTo(0.0);
    Trace t = TraceEngine.run(spec, ObservationResolver.literalOnly());
    assertThat(t.priorsNormalised()).isTrue();
    assertThat(t.posterior("A")).isEqualTo(1.0);
  }

  @Test
  void missingFileSaysWhereToPutIt(@TempDir Path dir) {
    assertThatThrownBy(() -> TraceLoader.load(dir)).isInstanceOf(CaseFileException.class)
        .hasMessageContaining("trace.yaml: trace file not found");
  }

  private static void assertError(Path dir, String yaml, String where, String what) {
    assertThatThrownBy(() -> TraceLoader.load(write(dir, yaml)))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining(where)
        .hasMessageContaining(what);
  }

  @Test
  void aMeasureObservationIsCompiledToAQueryOverTheSeries(@TempDir Path dir) throws Exception {
    TraceSpec spec = TraceLoader.load(write(dir, HYPOTHESES + """
        evidence:
          - id: E1
            description: Russia grew more cooperative toward Iran
            source: dyadscope store
            observation: {measure: cooperation_balance, dyad: RUS->IRN, period: 2016..2022, compare: {period: 2012..2015}, test: "> 0"}
            test: {type: straw_in_the_wind, hypothesis: H1}
          - id: E2
            description: arms deliveries
            source: SIPRI
            observation: {measure: arms_tiv, dyad: RUS->IRN, aggregate: sum, test: ">= 1"}
            test: {type: hoop, hypothesis: H3}
        """));
    Observation.Query q = (Observation.Query) spec.evidence().get(0).observation();
    assertThat(q.sql()).startsWith("SELECT (SELECT avg(value) FROM (WITH d AS")
        .contains("dyad IN ('RUS->IRN')", "WHERE year BETWEEN 2016 AND 2022) - (SELECT avg(value)",
            "WHERE year BETWEEN 2012 AND 2015)");
    assertThat(((Observation.Query) spec.evidence().get(1).observation()).sql())
        .startsWith("SELECT sum(value) FROM (SELECT year, sum(tiv_delivered)::DOUBLE AS value FROM arms_tiv")
        .endsWith("WHERE year BETWEEN 0 AND 9999");
  }

  @Test
  void aBadMeasureObservationNamesItsLineAndTheFix(@TempDir Path dir) {
    Path f;
    try {
      f = write(dir, HYPOTHESES + """
          evidence:
            - id: E1
              description: x
              source: y
              observation: {measure: coop, dyad: RUS->IRN, test: "> 0"}
              test: {type: hoop, hypothesis: H1}
          """);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThatThrownBy(() -> TraceLoader.load(f)).hasMessageContaining("trace.yaml:16:28:")
        .hasMessageContaining("evidence E1: unknown measure 'coop'; use one of arms_deals");
  }
}
