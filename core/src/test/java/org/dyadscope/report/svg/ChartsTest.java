package org.dyadscope.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private final TimeAxis months = TimeAxis.months(YearMonth.of(2012, 1), YearMonth.of(2022, 12));

  @Test
  void niceTicksCoverTheRange() {
    Ticks t = Ticks.of(-3.2, 7.9, 5);
    assertThat(t.step()).isEqualTo(2.5);
    assertThat(t.min()).isEqualTo(-5.0);
    assertThat(t.max()).isEqualTo(10.0);
    assertThat(t.label(-2.5)).isEqualTo("-2.5");
    assertThat(Ticks.of(0, 0.0004, 5).label(0.0002)).isEqualTo("0.0002");
    assertThat(Ticks.of(2, 2, 5).max()).isGreaterThan(2);
  }

  @Test
  void monthlyAxisPlacesPeriodsAndDays() {
    assertThat(months.x("2012-01")).isEqualTo(0.5);
    assertThat(months.x("2022-12")).isEqualTo(131.5);
    assertThat(months.x(LocalDate.of(2015, 7, 1))).isEqualTo(42.0);
    assertThat(months.ticks()).hasSize(11);
    assertThat(months.ticks().get(3).label()).isEqualTo("2015");
  }

  @Test
  void nullBreaksTheLineIntoSeparatePaths() {
    String svg = new LineChart("t", months, "y")
        .series("a", "#000", List.of(new LineChart.Point(0.5, 1.0), new LineChart.Point(1.5, 2.0),
            new LineChart.Point(2.5, null), new LineChart.Point(3.5, 3.0), new LineChart.Point(4.5, 1.0),
            new LineChart.Point(5.5, null), new LineChart.Point(6.5, 2.0)))
        .markers(List.of(new Marker(LocalDate.of(2015, 7, 14), "JCPOA"),
            new Marker(LocalDate.of(2030, 1, 1), "off the axis")))
        .render();
    String path = svg.substring(svg.indexOf("<path d=\""), svg.indexOf("\" fill=\"none\""));
    assertThat(path.split("M", -1)).hasSize(4); // three runs: 2 points, 2 points, 1 point
    assertThat(path.split("L", -1)).hasSize(3);
    assertThat(svg.split("<circle", -1)).hasSize(2); // only the isolated last point
    assertThat(svg).contains(">JCPOA</text>").doesNotContain("off the axis");
  }

  @Test
  void markerLabelsCloseInTimeStackInsteadOfOverlapping() {
    String svg = new LineChart("t", months, "y")
        .markers(List.of(new Marker(LocalDate.of(2015, 7, 14), "JCPOA"),
            new Marker(LocalDate.of(2015, 2, 19), "GDELT 2.0"), new Marker(LocalDate.of(2018, 5, 8), "US leaves JCPOA")))
        .render();
    double gdelt = labelY(svg, "GDELT 2.0");
    assertThat(labelY(svg, "JCPOA")).isEqualTo(gdelt + 11); // would overlap GDELT 2.0: one row down
    assertThat(labelY(svg, "US leaves JCPOA")).isEqualTo(gdelt); // far enough: the first row again
  }

  private static double labelY(String svg, String label) {
    int end = svg.indexOf(">" + label + "</text>");
    int start = svg.lastIndexOf("<text", end);
    String tag = svg.substring(start, end);
    int y = tag.indexOf(" y=\"") + 4;
    return Double.parseDouble(tag.substring(y, tag.indexOf('"', y)));
  }

  @Test
  void escapesText() {
    String svg = new LineChart("RUS->IRN & <x>", months, "y").render();
    assertThat(svg).contains("RUS-&gt;IRN &amp; &lt;x&gt;");
  }

  @Test
  void barChartSkipsZeroBarsAndCoverageMarksGaps() {
    String bars = new BarChart("b", 2012, 2014, "TIV")
        .series("RUS->IRN", "#111", Map.of(2012, 10.0, 2013, 0.0, 2014, 5.0)).render();
    assertThat(bars.split("fill=\"#111\"", -1)).hasSize(3 + 1); // 2 bars + legend box
    String cov = new CoverageChart("c", months)
        .row("gd", List.of(new CoverageChart.Cell("2012-01", 0.0), new CoverageChart.Cell("2012-02", 1.0)))
        .render();
    assertThat(cov.split(CoverageChart.GAP_FILL, -1)).hasSize(3); // the gap cell and its legend box
  }
}
