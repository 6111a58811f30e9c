package org.dyadscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyadscope.assess.Breakpoint;
import org.dyadscope.assess.ThemesLoader;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.measure.SmallCase;
import org.dyadscope.report.svg.Marker;
import org.dyadscope.trace.TraceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkersAndNumTest {
  @Test
  void flagshipDrawsItsMarkersAndTheThemesBreakpoints() throws Exception {
    CaseFile c = CaseLoader.load(Path.of("cases/russia-iran-2012-2022"));
    List<Breakpoint> breakpoints = ThemesLoader.load(c.folder(), TraceLoader.load(c.folder())).breakpoints();
    assertThat(Markers.forCase(c, breakpoints)).containsExactly(
        new Marker(LocalDate.of(2015, 7, 14), "JCPOA"),
        new Marker(LocalDate.of(2015, 9, 30), "Russian intervention in Syria"),
        new Marker(LocalDate.of(2018, 5, 8), "US leaves JCPOA"),
        new Marker(LocalDate.of(2022, 2, 24), "Invasion of Ukraine"));
  }

  @Test
  void aCaseWithoutMarkersOrBreakpointsHasNone(@TempDir Path dir) {
    assertThat(Markers.forCase(SmallCase.caseFile(dir), List.of())).isEmpty();
  }

  @Test
  void breakpointsInsideThePeriodAreDrawn(@TempDir Path dir) {
    CaseFile c = SmallCase.caseFile(dir);
    LocalDate inside = c.period().firstDay().plusDays(3);
    assertThat(Markers.forCase(c, List.of(new Breakpoint(inside, "talks"),
        new Breakpoint(c.period().lastDay().plusDays(1), "after")))).containsExactly(new Marker(inside, "talks"));
  }

  @Test
  void caseFolderMarkersAreRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("markers.tsv"),
        "# own\n2020-02-03\tTalks\tRUS,IRN\n2020-03-01\tNot ours\tFRA\n2020-03-02\tAny\n");
    assertThat(Markers.forCase(SmallCase.caseFile(dir), List.of())).containsExactly(
        new Marker(LocalDate.of(2020, 2, 3), "Talks"), new Marker(LocalDate.of(2020, 3, 2), "Any"));
    Files.writeString(dir.resolve("markers.tsv"), "2020-2-3\tBad\n");
    assertThatThrownBy(() -> Markers.forCase(SmallCase.caseFile(dir), List.of()))
        .hasMessageContaining("markers.tsv:1").hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void dataCellsArePlainDecimals() {
    assertThat(Num.data(1.0E-4)).isEqualTo("0.0001");
    assertThat(Num.data(2.0)).isEqualTo("2");
    assertThat(Num.data(0.0)).isEqualTo("0");
    assertThat(Num.data(1.0 / 3)).isEqualTo("0.3333333333333333");
    assertThat(Double.parseDouble(Num.data(1.0 / 3))).isEqualTo(1.0 / 3);
    assertThat(Num.data(1.5e10)).isEqualTo("15000000000");
    assertThat(Num.data(null)).isEmpty();
    assertThat(Num.data(Double.NaN)).isEmpty();
    assertThat(Num.data(42L)).isEqualTo("42");
  }
}
