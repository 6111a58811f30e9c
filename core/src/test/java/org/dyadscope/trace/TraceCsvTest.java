package org.dyadscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.dyadscope.trace.Cases.h;
import static org.dyadscope.trace.Cases.item;
import static org.dyadscope.trace.Cases.run;
import static org.dyadscope.trace.Cases.test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCsvTest {
  @Test
  void writesHeaderAndOneRowPerHypothesisPerStep(@TempDir Path dir) throws Exception {
    List<Hypothesis> hs = List.of(h("H1", 1), h("H2", 1), h("H3", 2));
    List<String> ids = List.of("H1", "H2", "H3");
    EvidenceItem e1 = test("E1", true, TestType.HOOP, "H1", ids);
    EvidenceItem e2 = item("E2", false, null, "H1", 0.2, "H2", 0.5, "H3", 0.9);
    Trace t = run(hs, e1, e2);
    Path file;
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      TraceCsv.store(store, new TraceSpec(null, hs, List.of(), List.of(e1, e2), null), t, Map.of());
      file = TraceCsv.write(store, dir);
    }

    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0))
        .isEqualTo("step,evidence_id,hypothesis,observed,prior,p_e_given_h,likelihood_applied,posterior,test_type");
    assertThat(lines).hasSize(1 + 3 * (2 + 1));
    assertThat(lines.get(1)).isEqualTo("0,,H1,,1,,,0.25,");
    assertThat(lines.get(3)).isEqualTo("0,,H3,,2,,,0.5,");
    assertThat(lines.get(4)).startsWith("1,E1,H1,present,0.25,0.95,0.95,").endsWith(",hoop");
    // E2 absent: the update multiplied by 1 − P(E|H) = 0.8, 0.5, 0.1, and the row says so
    assertThat(lines.get(7)).startsWith("2,E2,H1,absent,");
    assertThat(lines.subList(7, 10)).extracting(l -> l.split(",")[5] + "->" + l.split(",")[6])
        .containsExactly("0.2->0.8", "0.5->0.5", "0.9->0.1");
    TraceCsvRecheck.assertRechecks(file, 1e-11);

    try (Reader r = Files.newBufferedReader(file);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      List<CSVRecord> rows = p.getRecords();
      assertThat(rows).hasSize(9);
      for (int i = 0; i < rows.size(); i++) {
        TrailRow expected = t.trail().get(i);
        assertThat(Integer.parseInt(rows.get(i).get("step"))).isEqualTo(expected.step());
        assertThat(Double.parseDouble(rows.get(i).get("posterior"))).isCloseTo(expected.posterior(), within(1e-11));
      }
      // the last step's posteriors are the trace's final posteriors
      assertThat(Double.parseDouble(rows.get(8).get("posterior"))).isCloseTo(t.posterior("H3"), within(1e-11));
      assertThat(rows.get(7).get("test_type")).isEqualTo(t.trail().get(7).testType()).isNotEmpty();
    }
  }

  @Test
  void evidenceObservationsHoldEachItemsQueryOrCitedFactAndWhatItReturned(@TempDir Path dir) throws Exception {
    List<Hypothesis> hs = List.of(h("H1", 1), h("H2", 1));
    Map<String, Likelihood> l = EvidenceItem.test(TestType.HOOP, "H1", List.of("H1", "H2"));
    EvidenceItem cited = new EvidenceItem("E1", "a treaty", new SourceCitation("Treaty text", "https://example.org/t",
        "2020-01-16"), new Observation.Literal(true), l, null);
    EvidenceItem counted = new EvidenceItem("E2", "visits", SourceCitation.of("events table"),
        new Observation.Query("SELECT 4", Threshold.parse(">= 3")), l, null);
    EvidenceItem empty = new EvidenceItem("E3", "no data", SourceCitation.of("events table"),
        new Observation.Query("SELECT NULL", Threshold.parse(">= 1")), l, null);
    TraceSpec spec = new TraceSpec(null, hs, List.of(), List.of(cited, counted, empty), null);
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      DuckDbObservationResolver resolver = new DuckDbObservationResolver(store.connection());
      Trace t = TraceEngine.run(spec, resolver);
      TraceCsv.store(store, spec, t, resolver.values());
      List<String> rows = new ArrayList<>();
      try (var st = store.connection().createStatement();
          var rs = st.executeQuery("SELECT concat_ws('|', evidence_id, kind, coalesce(query, '-'), coalesce(test, '-'),"
              + " coalesce(CAST(value AS VARCHAR), '-'), citation, coalesce(url, '-'), coalesce(cited_date, '-'),"
              + " observed) FROM evidence_observations ORDER BY seq")) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      assertThat(rows).containsExactly(
          "E1|cited fact|-|-|-|Treaty text|https://example.org/t|2020-01-16|present",
          "E2|query|SELECT 4|>= 3.0|4.0|events table|-|-|present",
          "E3|query|SELECT NULL|>= 1.0|-|events table|-|-|unavailable");
      // E3 is no step: steps 0..2 for two hypotheses
      try (var st = store.connection().createStatement();
          var rs = st.executeQuery("SELECT max(step), count(*) FROM trace_steps")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
        assertThat(rs.getInt(2)).isEqualTo(6);
      }
    }
  }

  @Test
  void theStoredTraceIsReadBackWithoutRunningAQueryAndRefusedWhenTraceYamlChanged(@TempDir Path dir)
      throws Exception {
    List<Hypothesis> hs = List.of(h("H1", 1), h("H2", 3));
    Map<String, Likelihood> hoop = EvidenceItem.test(TestType.HOOP, "H1", List.of("H1", "H2"));
    EvidenceItem cited = new EvidenceItem("E1", "a treaty", SourceCitation.of("Treaty text"),
        new Observation.Literal(true), hoop, null);
    EvidenceItem counted = item("E2", false, null, "H1", 0.7, "H2", 0.2);
    counted = new EvidenceItem("E2", "visits", SourceCitation.of("events table"),
        new Observation.Query("SELECT 2", Threshold.parse(">= 3")), counted.likelihoods(), null);
    EvidenceItem empty = new EvidenceItem("E3", "no data", SourceCitation.of("events table"),
        new Observation.Query("SELECT NULL", Threshold.parse(">= 1")), hoop, null);
    TraceSpec spec = new TraceSpec(null, hs, List.of(), List.of(cited, counted, empty), null);
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      DuckDbObservationResolver resolver = new DuckDbObservationResolver(store.connection());
      Trace t = TraceEngine.run(spec, resolver);
      TraceCsv.store(store, spec, t, resolver.values());

      TraceCsv.Stored stored = TraceCsv.read(store);
      assertThat(stored.observed()).containsExactly(Map.entry("E1", Observed.PRESENT),
          Map.entry("E2", Observed.ABSENT), Map.entry("E3", Observed.UNAVAILABLE));
      assertThat(stored.values()).containsExactly(Map.entry("E2", 2.0));
      // a query that would fail if run: the replay takes E2's observation from the store
      EvidenceItem unrunnable = new EvidenceItem("E2", "visits", counted.source(),
          new Observation.Query("SELECT * FROM no_such_table", Threshold.parse(">= 3")), counted.likelihoods(), null);
      Trace replayed = stored.replay(new TraceSpec(null, hs, List.of(), List.of(cited, unrunnable, empty), null));
      assertThat(replayed.trail()).isEqualTo(t.trail());
      assertThat(replayed.unavailable()).containsExactly("E3");
      // E2 absent under H2 (1 - 0.2) against H1 (1 - 0.7), after E1's hoop test
      assertThat(replayed.posterior("H2")).isCloseTo(t.posterior("H2"), within(0.0)).isGreaterThan(0.5);

      EvidenceItem changed = item("E2", false, null, "H1", 0.1, "H2", 0.2);
      TraceSpec edited = new TraceSpec(Path.of("trace.yaml"), hs, List.of(), List.of(cited,
          new EvidenceItem("E2", "visits", counted.source(), counted.observation(), changed.likelihoods(), null),
          empty), null);
      assertThatThrownBy(() -> stored.replay(edited)).isInstanceOf(TraceException.class)
          .hasMessage("the store's trace_steps do not follow from trace.yaml (changed since the trace stage ran?); "
              + "run from trace");

      TraceCsv.clear(store);
      assertThat(TraceCsv.read(store)).isNull();
    }
  }

  @Test
  void numbersArePlainDecimals() {
    assertThat(TraceCsv.number(0.95 / 1.55)).isEqualTo("0.612903225806");
    assertThat(TraceCsv.number(1.0 / 9)).isEqualTo("0.111111111111");
    assertThat(TraceCsv.number(2.5e-7)).isEqualTo("0.00000025");
    assertThat(TraceCsv.number(0)).isEqualTo("0");
    assertThat(TraceCsv.number(Double.NaN)).isEmpty();
  }
}
