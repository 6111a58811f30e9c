package org.dyadscope.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dyadscope.assess.Breakpoint;
import org.dyadscope.assess.ThemesLoader;
import org.dyadscope.assess.ThemesSpec;
import org.dyadscope.trace.TraceLoader;
import org.dyadscope.trace.TraceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseScaffoldTest {
  @Test
  void aTwoActorCaseLoadsWithItsBreakpointsAndNoThirdParty(@TempDir Path dir) throws Exception {
    Period p = CaseScaffold.period("2019-01..2021-06");
    Path folder = dir.resolve("india-pakistan");
    new CaseScaffold(List.of("IND", "PAK"), CaseScaffold.defaultDyads(List.of("IND", "PAK")), p, List.of()).write(folder);
    CaseFile c = CaseLoader.load(folder);
    assertThat(c.name()).isEqualTo("india-pakistan");
    assertThat(c.title()).isEqualTo("India's foreign policy toward Pakistan: security challenges and opportunities, 2019-2021");
    assertThat(c.dyads()).extracting(Dyad::toString).containsExactly("IND->PAK", "PAK->IND");
    assertThat(c.triads()).isEmpty();
    TraceSpec trace = TraceLoader.load(folder);
    assertThat(trace.hypotheses()).hasSize(3);
    assertThat(trace.hypotheses().get(0).statement()).startsWith("Partnership: India consistently strengthens Pakistan's");
    ThemesSpec themes = ThemesLoader.load(folder, trace);
    // of the built-in world events only the pandemic falls inside 2019-01..2021-06
    assertThat(themes.breakpoints()).containsExactly(new Breakpoint(LocalDate.of(2020, 3, 11),
        "WHO declares the COVID-19 pandemic"));
    assertThat(themes.thirdPartySql()).isNull();
    assertThat(themes.themes()).extracting(t -> t.id()).containsExactly("T1", "T2", "T3");
  }

  @Test
  void theEvidenceSplitsThePeriodInHalves(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("c");
    new CaseScaffold(List.of("CHN", "RUS", "USA"), CaseScaffold.defaultDyads(List.of("CHN", "RUS", "USA")),
        CaseScaffold.period("2014-01..2022-12"), List.of()).write(folder);
    String trace = Files.readString(folder.resolve("trace.yaml"));
    assertThat(trace).contains("period: \"2018..2022\", compare: {period: \"2014..2017\"}");
    assertThat(CaseLoader.load(folder).triads()).containsExactly(List.of("CHN", "RUS", "USA"));
    // init writes a new case only
    assertThatThrownBy(() -> new CaseScaffold(List.of("CHN", "RUS"), List.of("CHN->RUS"),
        CaseScaffold.period("2014-01..2022-12"), List.of()).write(folder)).hasMessageContaining("case.yaml exists");
  }

  @Test
  void badArgumentsSayTheFix() {
    assertThatThrownBy(() -> CaseScaffold.period("2014..2022")).hasMessage(
        "--period '2014..2022' must be YYYY-MM..YYYY-MM, e.g. 2014-01..2022-12");
    assertThatThrownBy(() -> CaseScaffold.period("2022-01..2014-12")).hasMessageStartingWith("--period: period end");
    assertThat(CaseScaffold.period(" 2014-01 .. 2022-12 ")).isEqualTo(new Period(YearMonth.of(2014, 1), YearMonth.of(2022, 12)));
    assertThatThrownBy(() -> new CaseScaffold(List.of("CHN"), List.of(), CaseScaffold.period("2014-01..2022-12"), List.of()))
        .hasMessageContaining("--actors needs two or three codes");
  }
}
