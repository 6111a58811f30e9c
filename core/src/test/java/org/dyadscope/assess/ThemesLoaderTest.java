package org.dyadscope.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyadscope.store.Store;
import org.dyadscope.trace.EvidenceItem;
import org.dyadscope.trace.Hypothesis;
import org.dyadscope.trace.Likelihood;
import org.dyadscope.trace.Observation;
import org.dyadscope.trace.SourceCitation;
import org.dyadscope.trace.TraceSpec;
import org.dyadscope.yaml.CaseFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesLoaderTest {
  @TempDir Path dir;

  private static final TraceSpec TRACE = new TraceSpec(null,
      List.of(new Hypothesis("H1", "", 0.5, ""), new Hypothesis("H2", "", 0.5, "")), List.of(),
      List.of(new EvidenceItem("E1", "S-300 delivered", new SourceCitation("SIPRI", "", "2016-10-01"),
          new Observation.Literal(true), Map.of("H1", Likelihood.explicit(0.8), "H2", Likelihood.explicit(0.4)), null)),
      null);

  private static final String VALID = """
      min_confidence: 0.3
      permutation: {seed: 7, samples: 999}
      breakpoints:
        - {date: 2015-07-14, label: JCPOA}
      third_party:
        description: RUS<->USA conflict share
        query: "SELECT 2012, 0.3"
      themes:
        - id: O2
          finding: Technology and defence systems
          study_claim: opportunity
          indicators:
            - id: O2a
              description: RUS->IRN TIV per year, millions
              rule: more Russian arms delivered strengthen Iran's defence
              query: "SELECT 2016 AS year, 413.0 AS value"
              higher_means: opportunity
              neutral: 0
              scale: 100
            - id: O2b
              evidence: E1
              rule: the S-300 closes a gap in Iran's air defence
              when_present: opportunity
      """;

  private Path write(String text) throws Exception {
    Path f = dir.resolve("themes.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void loadsTheLayout() throws Exception {
    ThemesSpec s = ThemesLoader.load(write(VALID), TRACE);
    assertThat(s.minConfidence()).isEqualTo(0.3);
    assertThat(s.maxLag()).isEqualTo(2);
    assertThat(s.permutation()).isEqualTo(new PermutationTest(7, 999, 40_320));
    assertThat(s.breakpoints()).containsExactly(new Breakpoint(LocalDate.of(2015, 7, 14), "JCPOA"));
    assertThat(s.thirdPartyDescription()).isEqualTo("RUS<->USA conflict share");
    ThemeSpec t = s.themes().get(0);
    assertThat(t.studyClaim()).isEqualTo(Side.OPPORTUNITY);
    assertThat(t.linkIndicator().id()).isEqualTo("O2a");
    Indicator.Evidence e = (Indicator.Evidence) t.indicators().get(1);
    // description and date default to the trace item's
    assertThat(e.description()).isEqualTo("S-300 delivered");
    assertThat(e.date()).isEqualTo(LocalDate.of(2016, 10, 1));
    assertThat(e.whenAbsent()).isNull();
  }

  @Test
  void errorsNameLineColumnAndFix() throws Exception {
    assertThatThrownBy(() -> ThemesLoader.load(write(VALID.replace("neutral: 0", "neutrall: 0")), TRACE))
        .isInstanceOf(CaseFileException.class).hasMessageContaining("themes.yaml:18:9").hasMessageContaining("unknown key 'neutrall'");
    assertThatThrownBy(() -> ThemesLoader.load(write(VALID.replace("evidence: E1", "evidence: E7")), TRACE))
        .hasMessageContaining("themes.yaml:21:").hasMessageContaining("evidence 'E7', which trace.yaml does not define");
    assertThatThrownBy(() -> ThemesLoader.load(write(VALID.replace("study_claim: opportunity", "study_claim: threat")),
        TRACE)).hasMessageContaining("themes.yaml:11:").hasMessageContaining("must be challenge or opportunity");
    assertThatThrownBy(() -> ThemesLoader.load(write(VALID.replace(
        "        rule: more Russian arms delivered strengthen Iran's defence\n", "")), TRACE))
        .hasMessageContaining("indicator O2a needs a rule");
    assertThatThrownBy(() -> ThemesLoader.load(write(VALID.replace("scale: 100", "scale: 0")), TRACE))
        .hasMessageContaining("themes.yaml:19:").hasMessageContaining("must be positive");
    assertThatThrownBy(() -> ThemesLoader.load(dir.resolve("none"), TRACE)).hasMessageContaining("themes file not found");
  }

  @Test
  void duckDbSeriesReadsYearsAndSkipsNulls() throws Exception {
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      DuckDbSeries s = new DuckDbSeries(store.connection());
      YearSeries y = s.load("x", "SELECT * FROM (VALUES (2012, 1.5), (2013, NULL), ('2014', 2)) t(y, v)");
      assertThat(y.values()).containsExactly(Map.entry(2012, 1.5), Map.entry(2014, 2.0));
      assertThat(y.coverage(2012, 2015)).isEqualTo(0.5);
      assertThatThrownBy(() -> s.load("x", "SELECT 2012, 1 UNION ALL SELECT 2012, 2"))
          .hasMessageContaining("indicator x: year 2012 appears twice");
      assertThatThrownBy(() -> s.load("x", "SELECT 2012")).hasMessageContaining("select two: year, value");
      assertThatThrownBy(() -> s.load("x", "SELECT 'abc', 1")).hasMessageContaining("must be a year");
      assertThatThrownBy(() -> s.load("x", "SELECT * FROM nowhere")).hasMessageContaining("indicator x: the query failed");
      assertThatThrownBy(() -> s.load("x", "DROP TABLE ideal_points"))
          .hasMessageStartingWith("indicator x: the query is not a SELECT statement; an indicator may only read the store");
      try (Statement st = store.connection().createStatement()) {
        st.execute("INSERT INTO ideal_points (iso3, session, year, ideal_point, file, line) VALUES"
            + " ('IRN', 67, 2012, -1.9, 'u', 1), ('RUS', 67, 2012, 0.1, 'u', 2)");
      }
      YearSeries d = s.load("d", "SELECT a.year, abs(a.ideal_point - b.ideal_point) FROM ideal_points a"
          + " JOIN ideal_points b USING (year) WHERE a.iso3 = 'IRN' AND b.iso3 = 'RUS'");
      assertThat(d.values().get(2012)).isEqualTo(2.0, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  @Test
  void seriesAndTheThirdPartyCanBeWrittenWithoutSql() throws Exception {
    ThemesSpec s = ThemesLoader.load(write("""
        third_party: {description: RUS<->USA conflict, measure: conflict, dyad: RUS<->USA}
        themes:
          - id: T1
            finding: cooperation
            study_claim: opportunity
            indicators:
              - id: T1a
                description: balance
                rule: more cooperation helps
                measure: cooperation_balance
                dyad: RUS->IRN
                min_events: 50
                higher_means: opportunity
                neutral: 0
                scale: 0.5
        """), TRACE);
    assertThat(s.thirdPartySql()).contains("dyad IN ('RUS->USA', 'USA->RUS')", "sum((quad3 + quad4) * events)");
    Indicator.Series t1a = (Indicator.Series) s.themes().get(0).indicators().get(0);
    assertThat(t1a.sql()).contains("dyad IN ('RUS->IRN')", "WHERE n >= 50");
  }

  @Test
  void aSeriesNeedsAQueryOrAMeasureNotBoth() throws Exception {
    Path f = write(VALID.replace("query: \"SELECT 2016 AS year, 413.0 AS value\"",
        "query: \"SELECT 2016 AS year, 413.0 AS value\"\n        measure: arms_tiv\n        dyad: RUS->IRN"));
    assertThatThrownBy(() -> ThemesLoader.load(f, TRACE)).hasMessageContaining("themes.yaml:13:9:")
        .hasMessageContaining("indicator O2a needs exactly one of query");
    Path g = write(VALID.replace("query: \"SELECT 2016 AS year, 413.0 AS value\"", "measure: arms_tiv\n        dyad: RUS-IRN"));
    assertThatThrownBy(() -> ThemesLoader.load(g, TRACE)).hasMessageContaining("themes.yaml:17:15:")
        .hasMessageContaining("indicator O2a: measure arms_tiv needs `dyad:` written SRC->TGT");
  }
}
