package org.dyadscope.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * An SVG coverage strip: one row per source, one cell per month; the cell's shade is the fraction
 * of days with data, a gap month (no data at all) is drawn in a distinct pale red.
 */
public final class CoverageChart {
  /** One cell: a {@code YYYY-MM} month and its covered fraction 0..1. */
  public record Cell(String period, double covered) {}

  private record Row(String name, List<Cell> cells) {}

  /** Fill of a gap month. */
  static final String GAP_FILL = "#f6cfcf";
  private static final double RIGHT = 16;
  private static final double TOP = 30;
  private static final double ROW_H = 18;

  private final String title;
  private final TimeAxis axis;
  private final List<Row> rows = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();

  public CoverageChart(String title, TimeAxis axis) {
    this.title = title;
    this.axis = axis;
  }

  public CoverageChart row(String source, List<Cell> cells) {
    rows.add(new Row(source, cells));
    return this;
  }

  public CoverageChart markers(List<Marker> m) {
    markers.addAll(m);
    return this;
  }

  /** The chart as a standalone {@code <svg>} element. */
  public String render() {
    int longest = rows.stream().mapToInt(r -> r.name.length()).max().orElse(4);
    double left = 16 + longest * 6.6;
    double plotW = LineChart.WIDTH - left - RIGHT;
    double plotH = Math.max(rows.size(), 1) * ROW_H;
    double axisY = TOP + plotH;
    Legend legend = new Legend(left, LineChart.WIDTH - RIGHT);
    legend.add("gap: no event that month", GAP_FILL, true);
    legend.add("some days", shade(0.2), true);
    legend.add("every day", shade(1.0), true);
    double height = axisY + 36 + legend.height();
    Frame f = new Frame(left, TOP, plotW, plotH, axis.min(), axis.max(), 0, 1);
    StringBuilder b = new StringBuilder();
    Svg.open(b, LineChart.WIDTH, height, title);
    Svg.text(b, left, 16, "start", "font-size=\"13\" font-weight=\"bold\"", title);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double y = TOP + i * ROW_H;
      Svg.text(b, left - 6, y + ROW_H / 2 + 4, "end", "fill=\"#222\"", r.name);
      for (Cell c : r.cells) {
        double mid = axis.x(c.period());
        double x = f.x(mid - 0.5);
        double w = f.x(mid + 0.5) - x;
        String fill = c.covered() <= 0 ? GAP_FILL : shade(c.covered());
        Svg.rect(b, x, y + 1, w + 0.3, ROW_H - 2, "fill=\"" + fill + "\"");
      }
    }
    for (TimeAxis.Tick t : axis.ticks()) {
      double x = f.x(t.x());
      Svg.line(b, x, TOP, x, axisY + 5, "stroke=\"#ffffff\" stroke-width=\"0.8\"");
      Svg.line(b, x, axisY, x, axisY + 5, "stroke=\"#333\"");
      Svg.text(b, f.x(t.x() + axis.labelOffset()), axisY + 18, "middle", "fill=\"#333\"", t.label());
    }
    Svg.line(b, left, axisY, left + plotW, axisY, "stroke=\"#333\"");
    Svg.markers(b, markers, axis, f, TOP - 14, axisY, left + plotW);
    legend.render(b, axisY + 34);
    b.append("</svg>\n");
    return b.toString();
  }

  /** A blue whose darkness grows with coverage; any coverage stays visibly different from a gap. */
  private static String shade(double covered) {
    double t = 0.25 + 0.75 * Math.min(1, Math.max(0, covered));
    int r = (int) Math.round(222 - t * (222 - 8));
    int g = (int) Math.round(235 - t * (235 - 81));
    int bl = (int) Math.round(247 - t * (247 - 156));
    return String.format("#%02x%02x%02x", r, g, bl);
  }
}
