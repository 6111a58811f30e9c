package org.dyadscope.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyadscope.cases.Period;
import org.dyadscope.store.Store;
import org.dyadscope.trace.Observed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assessment stored by the assess stage and read back for the report, on a hand-made 2012–2016 case. */
class AssessmentCsvTest {
  private static final Period PERIOD = new Period(YearMonth.of(2012, 1), YearMonth.of(2016, 12));

  private static final Map<String, Map<Integer, Double>> DATA = Map.of(
      "third", Map.of(2012, 1.0, 2013, 2.0, 2014, 3.0, 2015, 5.0, 2016, 4.0),
      "q:s", Map.of(2012, -0.5, 2013, -0.5, 2015, 0.5, 2016, 0.5));

  private static ThemesSpec themes(String indicatorId) {
    Indicator series = new Indicator.Series(indicatorId, "series", "rule", "q:s", Side.OPPORTUNITY, 0, 1, true);
    Indicator fact = new Indicator.Evidence("f", "fact", "rule", "E1", Side.OPPORTUNITY, null, null);
    return new ThemesSpec(Path.of("themes.yaml"), List.of(new Breakpoint(LocalDate.of(2014, 1, 1), "B")), "third",
        "third", 0.25, 2, PermutationTest.defaults(),
        List.of(new ThemeSpec("T1", "finding", Side.OPPORTUNITY, "a note", List.of(series, fact)),
            new ThemeSpec("T2", "other", Side.CHALLENGE, "", List.of(fact))));
  }

  @Test
  void theStoredAssessmentReadsBackEqualAndEmptiesWithoutOne(@TempDir Path dir) throws Exception {
    ThemesSpec themes = themes("s");
    Assessment assessed = new Assessor(themes, PERIOD, (id, sql) -> new YearSeries(id, new TreeMap<>(DATA.get(sql))),
        Map.of("E1", Observed.ABSENT), Set.of("E1")).assess();
    // the series reads −0.5 before the breakpoint and +0.5 after it; the link has 4 paired years
    assertThat(assessed.themes().get(0).segmentScores()).containsExactly(-0.5, 0.5);
    assertThat(assessed.themes().get(0).link().n()).isEqualTo(4);
    try (Store store = Store.open(dir.resolve("a.duckdb"))) {
      AssessmentCsv.store(store, assessed);
      Assessment read = AssessmentCsv.read(store, themes, PERIOD);
      assertThat(read).isEqualTo(assessed);
      assertThat(read.thirdParty().values()).containsOnlyKeys(2012, 2013, 2014, 2015, 2016);
      assertThat(read.themes().get(1).link()).isNull();

      assertThatThrownBy(() -> AssessmentCsv.read(store, themes("renamed"), PERIOD))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the stored assessment has indicator s of theme T1, which themes.yaml no longer defines; "
              + "run from assess");

      AssessmentCsv.store(store, null);
      assertThat(AssessmentCsv.read(store, themes, PERIOD)).isNull();
    }
  }
}
