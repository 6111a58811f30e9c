package org.dyadscope.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Small multiples on a synthetic series: panels, shared ticks, size by n, tooltips, gaps. */
class PanelChartTest {
  private static final TimeAxis AXIS = TimeAxis.months(YearMonth.of(2014, 1), YearMonth.of(2016, 12));

  private static PanelChart twoSources() {
    return new PanelChart("RUS->IRN: share", AXIS, "share (fraction of the source's events)", "share")
        .markers(List.of(new Marker(LocalDate.of(2015, 7, 14), "JCPOA")))
        .includeZero()
        .panel("gdelt2", "gdelt2 (n = 390 events)", List.of(new PanelChart.Series("gdelt2", "#0072B2", List.of(
            new PanelChart.Point("2015-01", 0.002, 10), new PanelChart.Point("2015-02", 0.004, 379),
            new PanelChart.Point("2015-03", null, 0), // a gap month
            new PanelChart.Point("2015-04", 0.0, 0), new PanelChart.Point("2015-05", 0.003, 1)))))
        .panel("icews", "icews (n = 5 events)", List.of(new PanelChart.Series("icews", "#D55E00", List.of(
            new PanelChart.Point("2014-06", 0.5, 5)))));
  }

  @Test
  void onePanelPerSourceWithItsTitleAndTheSameTicksInEach() {
    String svg = twoSources().render();
    List<String> panels = panels(svg);
    assertThat(panels).hasSize(2);
    assertThat(panels.get(0)).contains(">gdelt2 (n = 390 events)</text>");
    assertThat(panels.get(1)).contains(">icews (n = 5 events)</text>");
    // a 3-year monthly axis: quarterly ticks, at the same x in both panels
    assertThat(tickXs(panels.get(0))).hasSize(12).isEqualTo(tickXs(panels.get(1)));
    assertThat(panels.get(0)).contains(">2015-07</text>");
    assertThat(panels.get(1)).contains(">2015-07</text>");
    // the marker's label once, above the panels (never over a point), its line in both panels
    assertThat(svg.indexOf(">JCPOA</text>")).isPositive().isLessThan(svg.indexOf("<g class=\"panel\""));
    assertThat(panels).allSatisfy(p -> assertThat(p).doesNotContain("JCPOA").contains("stroke-dasharray=\"4 3\""));
  }

  @Test
  void everyPointHasATooltipWithItsNAndGrowsWithN() {
    String svg = twoSources().render();
    String gdelt = panels(svg).get(0);
    assertThat(gdelt).contains("<title>2015-01 · gdelt2 · share 0.002 · n = 10 events</title>",
        "<title>2015-02 · gdelt2 · share 0.004 · n = 379 events</title>",
        "<title>2015-04 · gdelt2 · share 0 · n = 0 events</title>",
        "<title>2015-05 · gdelt2 · share 0.003 · n = 1 event</title>").doesNotContain("2015-03");
    List<double[]> nr = radiusByN(svg);
    assertThat(nr).hasSize(4 + 1 + 3); // 4 gdelt2 points, 1 icews point, legend circles 1, 200, 379
    // the largest n of the chart gets the largest marker, n = 0 the smallest; radius grows with n
    assertThat(radiusByN(svg).stream().filter(a -> a[0] >= 0).sorted((a, b) -> Double.compare(a[0], b[0]))
        .map(a -> a[1]).toList()).isSorted().first().isEqualTo(PanelChart.R_MIN);
    assertThat(PanelChart.radius(379, 379)).isEqualTo(PanelChart.R_MAX);
    assertThat(PanelChart.radius(1, 379)).isGreaterThan(PanelChart.radius(0, 379)).isLessThan(PanelChart.radius(10, 379));
    // one size scale for all panels: icews's 5 events draw smaller than gdelt2's 10
    assertThat(PanelChart.radius(5, 379)).isLessThan(PanelChart.radius(10, 379));
    assertThat(svg).contains(">marker area = events behind the point:</text>", ">379</text>");
  }

  @Test
  void aGapBreaksTheLineAndTheAxisLabelIsTheCsvUnit() {
    String svg = twoSources().render();
    String path = panels(svg).get(0).replaceAll("(?s).*<path d=\"([^\"]+)\".*", "$1");
    assertThat(path.split("M", -1)).hasSize(3); // 2015-01..02, then 2015-04..05 after the gap
    assertThat(path.split("L", -1)).hasSize(3);
    assertThat(svg).contains(">y: share (fraction of the source&#39;s events); each panel on its own y scale</text>")
        .doesNotContain("% of");
  }

  @Test
  void sharedYGivesEveryPanelTheSameScale() {
    String svg = new PanelChart("g", AXIS, "mean Goldstein score (−10..+10)", "mean Goldstein").sharedY()
        .panel("a", "a", List.of(new PanelChart.Series("a", "#000", List.of(new PanelChart.Point("2014-01", -8.0, 2)))))
        .panel("b", "b", List.of(new PanelChart.Series("b", "#000", List.of(new PanelChart.Point("2014-01", 1.0, 2)))))
        .render();
    List<String> panels = panels(svg);
    assertThat(yLabels(panels.get(0))).isEqualTo(yLabels(panels.get(1))).containsExactly("-10", "-5", "0", "5");
    assertThat(svg).contains(">y: mean Goldstein score (−10..+10)</text>");
  }

  private static List<String> panels(String svg) {
    List<String> out = new ArrayList<>();
    for (String part : svg.split("<g class=\"panel\"")) {
      if (part.startsWith(" data-key")) {
        out.add(part.substring(0, part.indexOf("</g>")));
      }
    }
    return out;
  }

  private static List<String> tickXs(String panel) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<line x1=\"([0-9.]+)\"[^>]*class=\"xtick\"").matcher(panel);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<String> yLabels(String panel) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("text-anchor=\"end\" fill=\"#333\" font-size=\"10\">([^<]+)</text>").matcher(panel);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** {n, radius} of every circle; legend circles (no tooltip) get n = -1 - their order. */
  private static List<double[]> radiusByN(String svg) {
    List<double[]> out = new ArrayList<>();
    Matcher m = Pattern.compile("<circle [^>]* r=\"([0-9.]+)\"[^>]*?(/>|><title>[^<]* n = ([0-9,]+) events?</title>)")
        .matcher(svg);
    int legend = 0;
    while (m.find()) {
      double n = m.group(3) == null ? -1 - legend++ : Double.parseDouble(m.group(3).replace(",", ""));
      out.add(new double[] {n, Double.parseDouble(m.group(1))});
    }
    return out;
  }
}
