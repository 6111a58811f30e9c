package org.dyadscope.report.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Text escaping and number formatting shared by the chart builders. */
public final class Svg {
  private Svg() {}

  /** Escapes text for XML/HTML content and attribute values. */
  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A coordinate with one decimal, '.' separator. */
  static String c(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Opening {@code <svg>} element with a viewBox, font and accessible title. */
  static void open(StringBuilder b, double width, double height, String title) {
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(c(width)).append(' ')
        .append(c(height)).append("\" width=\"").append(c(width)).append("\" height=\"").append(c(height))
        .append("\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\"")
        .append(" role=\"img\">\n<title>").append(esc(title)).append("</title>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
  }

  static void text(StringBuilder b, double x, double y, String anchor, String extra, String text) {
    b.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" text-anchor=\"")
        .append(anchor).append('"').append(extra.isEmpty() ? "" : " " + extra).append('>')
        .append(esc(text)).append("</text>\n");
  }

  static void line(StringBuilder b, double x1, double y1, double x2, double y2, String style) {
    b.append("<line x1=\"").append(c(x1)).append("\" y1=\"").append(c(y1)).append("\" x2=\"")
        .append(c(x2)).append("\" y2=\"").append(c(y2)).append("\" ").append(style).append("/>\n");
  }

  static void rect(StringBuilder b, double x, double y, double w, double h, String style) {
    b.append("<rect x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" width=\"")
        .append(c(Math.max(w, 0))).append("\" height=\"").append(c(Math.max(h, 0))).append("\" ")
        .append(style).append("/>\n");
  }

  /** Approximate width of one character of a 10 px marker label, in px. */
  private static final double MARKER_CHAR_W = 5.8;
  /** Vertical distance between stacked marker labels, in px. */
  private static final double MARKER_ROW_H = 11;

  /**
   * Dashed vertical markers from {@code top} to {@code bottom}, each labelled at the top: a label
   * runs right of its line, or left of it when it would pass {@code right}; a label that would
   * overlap an earlier one (markers a few months apart, e.g. GDELT 2.0 in February 2015 and the
   * JCPOA in July) drops to the first free row below.
   *
   * @param axis the chart's time axis: a marker whose date it does not contain is not drawn
   * @param f the plot frame that maps axis values to px
   * @return the number of label rows used
   */
  static int markers(StringBuilder b, List<Marker> markers, TimeAxis axis, Frame f, double top,
      double bottom, double right) {
    record Placed(Marker marker, double x) {}
    List<Double> rowEnds = new ArrayList<>(); // right edge of the last label in each row
    markers.stream().filter(m -> axis.contains(m.date()))
        .map(m -> new Placed(m, f.x(axis.x(m.date()))))
        .sorted(Comparator.comparingDouble(Placed::x)).forEach(p -> {
          Marker m = p.marker();
          double at = p.x();
          double w = m.label().length() * MARKER_CHAR_W;
          boolean fits = at + 3 + w <= right;
          double from = fits ? at : at - 3 - w;
          int row = 0;
          while (row < rowEnds.size() && rowEnds.get(row) > from - 4) {
            row++;
          }
          double end = fits ? at + 3 + w : at;
          if (row == rowEnds.size()) {
            rowEnds.add(end);
          } else {
            rowEnds.set(row, end);
          }
          if (bottom > top) { // a label strip without a plot (PanelChart) draws the labels alone
            markerLine(b, at, top, bottom);
          }
          text(b, fits ? at + 3 : at - 3, top + 10 + row * MARKER_ROW_H, fits ? "start" : "end",
              "fill=\"#b22222\" font-size=\"10\"", m.label());
        });
    return rowEnds.size();
  }

  /** The markers' dashed lines alone, for the panels of a {@link PanelChart}. */
  static void markerLines(StringBuilder b, List<Marker> markers, TimeAxis axis, Frame f, double top,
      double bottom) {
    markers.stream().filter(m -> axis.contains(m.date()))
        .forEach(m -> markerLine(b, f.x(axis.x(m.date())), top, bottom));
  }

  private static void markerLine(StringBuilder b, double at, double top, double bottom) {
    line(b, at, top, at, bottom, "stroke=\"#b22222\" stroke-dasharray=\"4 3\" stroke-width=\"1\"");
  }
}
