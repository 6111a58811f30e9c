package org.dyadscope.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * An SVG line chart over a {@link TimeAxis}: several named series, a null value breaks the line
 * (a gap stays a gap), points with no neighbour are drawn as dots, dated markers as dashed
 * vertical lines, legend below the plot.
 */
public final class LineChart {
  /**
   * One value; {@code y} null where nothing is known.
   *
   * @param tip the tooltip of its dot (period, series, value), or null for none
   */
  public record Point(double x, Double y, String tip) {
    /** A value without a tooltip. */
    public Point(double x, Double y) {
      this(x, y, null);
    }
  }

  private record Series(String name, String color, List<Point> points) {}

  static final double WIDTH = 860;
  private static final double LEFT = 62;
  private static final double RIGHT = 16;
  private static final double TOP = 30;
  private static final double PLOT_H = 200;

  private final String title;
  private final TimeAxis axis;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private boolean dots;
  private boolean includeZero;

  /**
   * @param title chart title drawn at the top
   * @param axis the time axis
   * @param yLabel y-axis label with its unit
   */
  public LineChart(String title, TimeAxis axis, String yLabel) {
    this.title = title;
    this.axis = axis;
    this.yLabel = yLabel;
  }

  /** Adds a series; points need not be sorted. */
  public LineChart series(String name, String color, List<Point> points) {
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort((a, b) -> Double.compare(a.x(), b.x()));
    series.add(new Series(name, color, sorted));
    return this;
  }

  /** Adds vertical markers (those off the axis are skipped). */
  public LineChart markers(List<Marker> m) {
    markers.addAll(m);
    return this;
  }

  /** Draws a dot at every value, not only isolated ones (for short yearly series). */
  public LineChart dots() {
    this.dots = true;
    return this;
  }

  /** Keeps 0 inside the y range, e.g. for Goldstein means where the sign matters. */
  public LineChart includeZero() {
    this.includeZero = true;
    return this;
  }

  /** True when no series has any value. */
  public boolean empty() {
    return series.stream().allMatch(s -> s.points.stream().allMatch(p -> p.y() == null));
  }

  /** The chart as a standalone {@code <svg>} element. */
  public String render() {
    Ticks ticks = Ticks.fitting(series.stream().flatMap(s -> s.points.stream()).map(Point::y), includeZero, 5);
    Legend legend = new Legend(LEFT, WIDTH - RIGHT);
    for (Series s : series) {
      legend.add(s.name, s.color, false);
    }
    double plotW = WIDTH - LEFT - RIGHT;
    double axisY = TOP + PLOT_H;
    double height = axisY + 36 + legend.height();
    Frame f = new Frame(LEFT, TOP, plotW, PLOT_H, axis.min(), axis.max(), ticks.min(), ticks.max());

    StringBuilder b = new StringBuilder();
    Svg.open(b, WIDTH, height, title);
    Svg.text(b, LEFT, 16, "start", "font-size=\"13\" font-weight=\"bold\"", title);
    for (double v : ticks.values()) {
      double y = f.y(v);
      Svg.line(b, LEFT, y, LEFT + plotW, y,
          v == 0 ? "stroke=\"#888\" stroke-width=\"1\"" : "stroke=\"#e5e5e5\" stroke-width=\"1\"");
      Svg.text(b, LEFT - 6, y + 4, "end", "fill=\"#333\"", ticks.label(v));
    }
    for (TimeAxis.Tick t : axis.ticks()) {
      double x = f.x(t.x());
      Svg.line(b, x, axisY, x, axisY + 5, "stroke=\"#333\"");
      Svg.line(b, x, TOP, x, axisY, "stroke=\"#f2f2f2\"");
      Svg.text(b, f.x(t.x() + axis.labelOffset()), axisY + 18, "middle", "fill=\"#333\"", t.label());
    }
    Svg.line(b, LEFT, axisY, LEFT + plotW, axisY, "stroke=\"#333\"");
    Svg.line(b, LEFT, TOP, LEFT, axisY, "stroke=\"#333\"");
    b.append("<text transform=\"translate(14,").append(Svg.c(TOP + PLOT_H / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">").append(Svg.esc(yLabel))
        .append("</text>\n");
    Svg.markers(b, markers, axis, f, TOP, axisY, LEFT + plotW);
    for (Series s : series) {
      drawSeries(b, f, s);
    }
    legend.render(b, axisY + 34);
    b.append("</svg>\n");
    return b.toString();
  }

  private void drawSeries(StringBuilder b, Frame f, Series s) {
    StringBuilder d = new StringBuilder();
    List<Point> pts = s.points;
    for (int i = 0; i < pts.size(); i++) {
      Point p = pts.get(i);
      if (p.y() == null) {
        continue;
      }
      boolean prev = i > 0 && pts.get(i - 1).y() != null;
      boolean next = i + 1 < pts.size() && pts.get(i + 1).y() != null;
      d.append(prev ? " L" : " M").append(Svg.c(f.x(p.x()))).append(',').append(Svg.c(f.y(p.y())));
      if (dots || (!prev && !next)) {
        b.append("<circle cx=\"").append(Svg.c(f.x(p.x()))).append("\" cy=\"").append(Svg.c(f.y(p.y())))
            .append("\" r=\"2.5\" fill=\"").append(s.color)
            .append(p.tip() == null ? "\"/>\n" : "\"><title>" + Svg.esc(p.tip()) + "</title></circle>\n");
      }
    }
    if (d.length() > 0) {
      b.append("<path d=\"").append(d.toString().trim()).append("\" fill=\"none\" stroke=\"")
          .append(s.color).append("\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/>\n");
    }
  }
}
