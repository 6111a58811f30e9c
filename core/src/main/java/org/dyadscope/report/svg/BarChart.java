package org.dyadscope.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An SVG grouped bar chart over a yearly {@link TimeAxis}: one bar per series and year. */
public final class BarChart {
  private record Series(String name, String color, Map<Integer, Double> values, Map<Integer, String> notes) {}

  private static final double LEFT = 62;
  private static final double RIGHT = 16;
  private static final double TOP = 30;
  private static final double PLOT_H = 200;

  private final String title;
  private final int y0;
  private final int y1;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();

  /**
   * @param title chart title
   * @param y0 first year
   * @param y1 last year, inclusive
   * @param yLabel y-axis label with unit
   */
  public BarChart(String title, int y0, int y1, String yLabel) {
    this.title = title;
    this.y0 = y0;
    this.y1 = y1;
    this.yLabel = yLabel;
  }

  /** Adds a series: year → value (missing years draw no bar). */
  public BarChart series(String name, String color, Map<Integer, Double> values) {
    return series(name, color, values, Map.of());
  }

  /**
   * Adds a series whose bars' tooltips also carry a note per year, e.g. the n behind the value
   * ("2 deals").
   */
  public BarChart series(String name, String color, Map<Integer, Double> values, Map<Integer, String> notes) {
    series.add(new Series(name, color, values, notes));
    return this;
  }

  public BarChart markers(List<Marker> m) {
    markers.addAll(m);
    return this;
  }

  /** The chart as a standalone {@code <svg>} element. */
  public String render() {
    TimeAxis axis = TimeAxis.years(y0, y1);
    double hi = 0;
    for (Series s : series) {
      for (Double v : s.values.values()) {
        if (v != null) {
          hi = Math.max(hi, v);
        }
      }
    }
    Ticks ticks = Ticks.of(0, hi == 0 ? 1 : hi, 5);
    Legend legend = new Legend(LEFT, LineChart.WIDTH - RIGHT);
    for (Series s : series) {
      legend.add(s.name, s.color, true);
    }
    double plotW = LineChart.WIDTH - LEFT - RIGHT;
    double axisY = TOP + PLOT_H;
    double height = axisY + 36 + legend.height();
    Frame f = new Frame(LEFT, TOP, plotW, PLOT_H, axis.min(), axis.max(), 0, ticks.max());
    StringBuilder b = new StringBuilder();
    Svg.open(b, LineChart.WIDTH, height, title);
    Svg.text(b, LEFT, 16, "start", "font-size=\"13\" font-weight=\"bold\"", title);
    for (double v : ticks.values()) {
      Svg.line(b, LEFT, f.y(v), LEFT + plotW, f.y(v), "stroke=\"#e5e5e5\"");
      Svg.text(b, LEFT - 6, f.y(v) + 4, "end", "fill=\"#333\"", ticks.label(v));
    }
    int n = Math.max(series.size(), 1);
    double slot = 0.8 / n;
    for (int y = y0; y <= y1; y++) {
      for (int i = 0; i < series.size(); i++) {
        Double v = series.get(i).values.get(y);
        if (v == null || v == 0) {
          continue;
        }
        double x = f.x(y + 0.1 + i * slot);
        double w = f.x(y + 0.1 + (i + 1) * slot) - x - 1;
        Series s = series.get(i);
        String note = s.notes.get(y);
        b.append("<rect x=\"").append(Svg.c(x)).append("\" y=\"").append(Svg.c(f.y(v))).append("\" width=\"")
            .append(Svg.c(Math.max(w, 0))).append("\" height=\"").append(Svg.c(f.y(0) - f.y(v))).append("\" fill=\"")
            .append(s.color).append("\"><title>").append(Svg.esc(y + " · " + s.name + " · " + java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() // as stored
                + " " + yLabel + (note == null ? "" : " · " + note))).append("</title></rect>\n");
      }
    }
    for (TimeAxis.Tick t : axis.ticks()) {
      Svg.line(b, f.x(t.x()), axisY, f.x(t.x()), axisY + 5, "stroke=\"#333\"");
      Svg.text(b, f.x(t.x() + 0.5), axisY + 18, "middle", "fill=\"#333\"", t.label());
    }
    Svg.line(b, LEFT, axisY, LEFT + plotW, axisY, "stroke=\"#333\"");
    Svg.line(b, LEFT, TOP, LEFT, axisY, "stroke=\"#333\"");
    b.append("<text transform=\"translate(14,").append(Svg.c(TOP + PLOT_H / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">").append(Svg.esc(yLabel))
        .append("</text>\n");
    Svg.markers(b, markers, axis, f, TOP, axisY, LEFT + plotW);
    legend.render(b, axisY + 34);
    b.append("</svg>\n");
    return b.toString();
  }
}
