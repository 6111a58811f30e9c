package org.dyadscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.measure.SmallCase;
import org.dyadscope.report.svg.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trap 11: GDELT regime breaks are marked on time charts of cases with a GDELT source. */
class RegimeBreaksTest {
  @Test
  void flagshipCaseGetsBothGdeltBreaks() throws Exception {
    CaseFile c = CaseLoader.load(Path.of("cases/russia-iran-2012-2022"));
    assertThat(Markers.regimeBreaks(c)).containsExactly(
        new Marker(LocalDate.of(2013, 4, 1), "GDELT 1.0 daily stream"),
        new Marker(LocalDate.of(2015, 2, 19), "GDELT 2.0"));
  }

  @Test
  void breaksOutsideThePeriodAreNotDrawn(@TempDir Path dir) {
    assertThat(Markers.regimeBreaks(SmallCase.caseFile(dir))).isEmpty(); // 2020 only
  }
}
