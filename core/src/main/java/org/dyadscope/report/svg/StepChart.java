package org.dyadscope.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * An SVG line chart over ordered steps rather than time, e.g. a posterior trajectory: step 0 (the
 * priors) to step n, one labelled tick per step (labels drawn slanted so long ids fit), y from 0
 * to 1, one line with dots per series, and an optional vertical range bar per series at the last
 * step (e.g. a sensitivity interval).
 */
public final class StepChart {
  private record Series(String name, String color, List<Double> values, double low, double high) {}

  private static final double WIDTH = 860;
  private static final double LEFT = 62;
  private static final double RIGHT = 40;
  private static final double TOP = 30;
  private static final double PLOT_H = 220;

  private final String title;
  private final String yLabel;
  private final List<String> steps;
  private final List<Series> series = new ArrayList<>();

  /**
   * @param title chart title
   * @param yLabel y-axis label with its unit
   * @param steps the label of each step, in order (step 0 first)
   */
  public StepChart(String title, String yLabel, List<String> steps) {
    this.title = title;
    this.yLabel = yLabel;
    this.steps = List.copyOf(steps);
  }

  /**
   * Adds a series with one value per step in [0, 1] and a range drawn at the last step (NaN for none).
   *
   * @throws IllegalArgumentException when the values do not match the steps
   */
  public StepChart series(String name, String color, List<Double> values, double low, double high) {
    if (values.size() != steps.size()) {
      throw new IllegalArgumentException("series " + name + " has " + values.size() + " values for " + steps.size() + " steps");
    }
    series.add(new Series(name, color, List.copyOf(values), low, high));
    return this;
  }

  /** The chart as a standalone {@code <svg>} element. */
  public String render() {
    Legend legend = new Legend(LEFT, WIDTH - RIGHT);
    for (Series s : series) {
      legend.add(s.name, s.color, false);
    }
    double plotW = WIDTH - LEFT - RIGHT;
    double axisY = TOP + PLOT_H;
    int longest = steps.stream().mapToInt(String::length).max().orElse(1);
    double labelH = Math.min(90, 10 + longest * 4.5);
    double height = axisY + labelH + 14 + legend.height();
    double span = Math.max(1, steps.size() - 1);
    Frame f = new Frame(LEFT, TOP, plotW, PLOT_H, -0.3, span + 0.3, 0, 1);

    StringBuilder b = new StringBuilder();
    Svg.open(b, WIDTH, height, title);
    Svg.text(b, LEFT, 16, "start", "font-size=\"13\" font-weight=\"bold\"", title);
    Ticks ticks = Ticks.of(0, 1, 5);
    for (double v : ticks.values()) {
      double y = f.y(v);
      Svg.line(b, LEFT, y, LEFT + plotW, y, v == 0.5 ? "stroke=\"#bbb\" stroke-dasharray=\"2 2\"" : "stroke=\"#e5e5e5\"");
      Svg.text(b, LEFT - 6, y + 4, "end", "fill=\"#333\"", ticks.label(v));
    }
    for (int i = 0; i < steps.size(); i++) {
      double x = f.x(i);
      Svg.line(b, x, axisY, x, axisY + 4, "stroke=\"#333\"");
      b.append("<text transform=\"translate(").append(Svg.c(x + 3)).append(',').append(Svg.c(axisY + 10))
          .append(") rotate(45)\" text-anchor=\"start\" fill=\"#333\" font-size=\"10\">").append(Svg.esc(steps.get(i)))
          .append("</text>\n");
    }
    Svg.line(b, LEFT, axisY, LEFT + plotW, axisY, "stroke=\"#333\"");
    Svg.line(b, LEFT, TOP, LEFT, axisY, "stroke=\"#333\"");
    b.append("<text transform=\"translate(14,").append(Svg.c(TOP + PLOT_H / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">").append(Svg.esc(yLabel)).append("</text>\n");
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < s.values.size(); i++) {
        double x = f.x(i);
        double y = f.y(s.values.get(i));
        d.append(i == 0 ? "M" : " L").append(Svg.c(x)).append(',').append(Svg.c(y));
        b.append("<circle cx=\"").append(Svg.c(x)).append("\" cy=\"").append(Svg.c(y)).append("\" r=\"2.5\" fill=\"")
            .append(s.color).append("\"/>\n");
      }
      b.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(s.color)
          .append("\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/>\n");
      if (!Double.isNaN(s.low) && !Double.isNaN(s.high)) {
        double x = f.x(span) + 8 + 6 * k;
        Svg.line(b, x, f.y(s.low), x, f.y(s.high), "stroke=\"" + s.color + "\" stroke-width=\"3\" stroke-opacity=\"0.6\"");
      }
    }
    legend.render(b, axisY + labelH + 12);
    b.append("</svg>\n");
    return b.toString();
  }
}
