package org.dyadscope.report.svg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small multiples over one {@link TimeAxis}: panels stacked in one {@code <svg>}, each titled (e.g.
 * a source and its n), all with the same x range and the same ticks at the same x positions, so a
 * month lines up across panels. Every value is a marker whose area grows with the number of events
 * behind it (one scale for all panels, explained by a size legend) and carries an SVG
 * {@code <title>} tooltip: period, panel key, series, value and n. A thin line joins consecutive
 * values; a null value (a gap, or a period without a value) breaks it.
 */
public final class PanelChart {
  /**
   * One value of a series.
   *
   * @param period {@code YYYY-MM} or {@code YYYY}, placed by the chart's axis
   * @param y the value; null where nothing is known (the line breaks, no marker)
   * @param n events behind the value, ≥ 0
   */
  public record Point(String period, Double y, long n) {}

  /** One line of a panel. */
  public record Series(String name, String color, List<Point> points) {}

  private record Panel(String key, String title, List<Series> series) {}

  /** Marker radius in px for n = 0 and for the largest n of the chart. */
  static final double R_MIN = 1.8;
  static final double R_MAX = 7;
  private static final double LEFT = 62;
  private static final double RIGHT = 16;
  private static final double PANEL_TITLE_H = 16;
  private static final double PLOT_H = 72;
  private static final double TICK_LABEL_H = 16;
  private static final double PANEL_GAP = 10;

  private final String title;
  private final TimeAxis axis;
  private final String yLabel;
  private final String valueName;
  private final List<Panel> panels = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private boolean includeZero;
  private boolean sharedY;

  /**
   * @param title chart title
   * @param axis the time axis every panel shares
   * @param yLabel y-axis label in the data's own unit, e.g. "share (fraction of the source's events)"
   * @param valueName the value's name in a tooltip, e.g. "share"
   */
  public PanelChart(String title, TimeAxis axis, String yLabel, String valueName) {
    this.title = title;
    this.axis = axis;
    this.yLabel = yLabel;
    this.valueName = valueName;
  }

  /**
   * Adds a panel below the previous ones.
   *
   * @param key what the panel stands for, named in every tooltip (e.g. the source)
   * @param panelTitle the title drawn above it (e.g. "gdelt2 (n = 1,234 events)")
   */
  public PanelChart panel(String key, String panelTitle, List<Series> series) {
    panels.add(new Panel(key, panelTitle, List.copyOf(series)));
    return this;
  }

  /** Adds vertical markers, drawn in every panel and labelled once above them (those off the axis are skipped). */
  public PanelChart markers(List<Marker> m) {
    markers.addAll(m);
    return this;
  }

  /** Keeps 0 inside every panel's y range. */
  public PanelChart includeZero() {
    this.includeZero = true;
    return this;
  }

  /** One y range for all panels (values on one scale, e.g. Goldstein); else each panel fits its own. */
  public PanelChart sharedY() {
    this.sharedY = true;
    return this;
  }

  /** Number of panels. */
  public int panels() {
    return panels.size();
  }

  /** Marker radius for {@code n} events when the chart's largest n is {@code max}: area grows with n. */
  static double radius(long n, long max) {
    return max <= 0 ? R_MIN : R_MIN + (R_MAX - R_MIN) * Math.sqrt(Math.max(0, n) / (double) max);
  }

  /** The chart as a standalone {@code <svg>} element. */
  public String render() {
    long maxN = panels.stream().flatMap(p -> p.series.stream()).flatMap(s -> s.points.stream())
        .filter(p -> p.y() != null).mapToLong(Point::n).max().orElse(0);
    Ticks shared = ticks(panels);
    double plotW = LineChart.WIDTH - LEFT - RIGHT;
    // the markers' labels get a strip of their own above the panels, so they never hide a point
    StringBuilder labels = new StringBuilder();
    double stripTop = 40;
    Frame strip = new Frame(LEFT, stripTop, plotW, 1, axis.min(), axis.max(), 0, 1);
    int rows = Svg.markers(labels, markers, axis, strip, stripTop, stripTop, LEFT + plotW);
    double top = stripTop + rows * 11 + 8;
    double panelH = PANEL_TITLE_H + PLOT_H + TICK_LABEL_H + PANEL_GAP;
    Legend legend = new Legend(LEFT, LineChart.WIDTH - RIGHT);
    List<String> names = new ArrayList<>();
    panels.forEach(p -> p.series.forEach(s -> {
      if (!names.contains(s.name) && !s.name.equals(p.key)) {
        names.add(s.name);
        legend.add(s.name, s.color, false);
      }
    }));
    double legendTop = top + panels.size() * panelH + 8;
    double height = legendTop + 22 + legend.height();
    StringBuilder b = new StringBuilder();
    Svg.open(b, LineChart.WIDTH, height, title);
    Svg.text(b, LEFT, 16, "start", "font-size=\"13\" font-weight=\"bold\"", title);
    Svg.text(b, LEFT, 32, "start", "fill=\"#333\"",
        "y: " + yLabel + (sharedY || panels.size() < 2 ? "" : "; each panel on its own y scale"));
    b.append(labels);
    for (int i = 0; i < panels.size(); i++) {
      Panel p = panels.get(i);
      double y0 = top + i * panelH;
      Ticks t = sharedY ? shared : ticks(List.of(p));
      Frame f = new Frame(LEFT, y0 + PANEL_TITLE_H, plotW, PLOT_H, axis.min(), axis.max(), t.min(), t.max());
      drawPanel(b, p, f, t, maxN);
    }
    sizeLegend(b, legendTop + 4, maxN);
    legend.render(b, legendTop + 24);
    b.append("</svg>\n");
    return b.toString();
  }

  private Ticks ticks(List<Panel> of) {
    return Ticks.fitting(of.stream().flatMap(p -> p.series.stream()).flatMap(s -> s.points.stream()).map(Point::y),
        includeZero, 3);
  }

  private void drawPanel(StringBuilder b, Panel p, Frame f, Ticks t, long maxN) {
    double plotTop = f.top();
    double axisY = f.top() + f.height();
    double right = f.left() + f.width();
    b.append("<g class=\"panel\" data-key=\"").append(Svg.esc(p.key)).append("\">\n");
    Svg.text(b, f.left(), plotTop - 5, "start", "font-weight=\"bold\" fill=\"#222\"", p.title);
    for (double v : t.values()) {
      double y = f.y(v);
      Svg.line(b, f.left(), y, right, y, v == 0 ? "stroke=\"#888\"" : "stroke=\"#e5e5e5\"");
      Svg.text(b, f.left() - 6, y + 4, "end", "fill=\"#333\" font-size=\"10\"", t.label(v));
    }
    for (TimeAxis.Tick tick : axis.ticks()) {
      double x = f.x(tick.x());
      Svg.line(b, x, plotTop, x, axisY, "stroke=\"#f2f2f2\"");
      Svg.line(b, x, axisY, x, axisY + 4, "class=\"xtick\" stroke=\"#333\"");
      Svg.text(b, f.x(tick.x() + axis.labelOffset()), axisY + 14, "middle", "fill=\"#555\" font-size=\"10\"",
          tick.label());
    }
    Svg.line(b, f.left(), axisY, right, axisY, "stroke=\"#333\"");
    Svg.line(b, f.left(), plotTop, f.left(), axisY, "stroke=\"#333\"");
    Svg.markerLines(b, markers, axis, f, plotTop, axisY);
    for (Series s : p.series) {
      drawSeries(b, p, s, f, maxN);
    }
    b.append("</g>\n");
  }

  private void drawSeries(StringBuilder b, Panel p, Series s, Frame f, long maxN) {
    List<Point> pts = new ArrayList<>(s.points);
    pts.sort((x, y) -> Double.compare(axis.x(x.period()), axis.x(y.period())));
    StringBuilder d = new StringBuilder();
    boolean prev = false;
    for (Point pt : pts) {
      if (pt.y() != null) {
        d.append(prev ? " L" : " M").append(Svg.c(f.x(axis.x(pt.period())))).append(',').append(Svg.c(f.y(pt.y())));
      }
      prev = pt.y() != null;
    }
    if (d.length() > 0) {
      b.append("<path d=\"").append(d.toString().trim()).append("\" fill=\"none\" stroke=\"").append(s.color)
          .append("\" stroke-width=\"1\" stroke-opacity=\"0.55\" stroke-linejoin=\"round\"/>\n");
    }
    for (Point pt : pts) {
      if (pt.y() == null) {
        continue;
      }
      String tip = pt.period() + " · " + p.key + (s.name.equals(p.key) ? "" : " · " + s.name) + " · "
          + valueName + " " + value(pt.y()) + " · n = " + count(pt.n()) + (pt.n() == 1 ? " event" : " events");
      b.append("<circle cx=\"").append(Svg.c(f.x(axis.x(pt.period())))).append("\" cy=\"").append(Svg.c(f.y(pt.y())))
          .append("\" r=\"").append(Svg.c(radius(pt.n(), maxN))).append("\" fill=\"").append(s.color)
          .append("\" fill-opacity=\"0.6\" stroke=\"").append(s.color).append("\" stroke-width=\"0.6\"><title>")
          .append(Svg.esc(tip)).append("</title></circle>\n");
    }
  }

  /** "marker area = events behind the point" with circles for 1, a middle value and the chart's largest n. */
  private static void sizeLegend(StringBuilder b, double y, long maxN) {
    String lead = "marker area = events behind the point:";
    Svg.text(b, LEFT, y + 4, "start", "fill=\"#222\"", lead);
    double x = LEFT + lead.length() * 6.3 + 12;
    List<Long> ns = new ArrayList<>(List.of(1L));
    long mid = Math.round(Ticks.of(0, maxN, 2).step());
    if (mid > 1 && mid < maxN) {
      ns.add(mid);
    }
    if (maxN > 1) {
      ns.add(maxN);
    }
    for (long n : ns) {
      double r = radius(n, Math.max(maxN, 1));
      b.append("<circle cx=\"").append(Svg.c(x + r)).append("\" cy=\"").append(Svg.c(y)).append("\" r=\"")
          .append(Svg.c(r)).append("\" fill=\"#666\" fill-opacity=\"0.6\" stroke=\"#666\" stroke-width=\"0.6\"/>\n");
      String label = count(n);
      Svg.text(b, x + 2 * r + 4, y + 4, "start", "fill=\"#222\"", label);
      x += 2 * r + 4 + label.length() * 6.3 + 14;
    }
  }

  /** A value with 3 significant digits, as in the CSV's unit (no percent). */
  static String value(double v) {
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
