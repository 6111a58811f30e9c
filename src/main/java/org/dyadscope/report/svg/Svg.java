package org.dyadscope.report.svg;

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

  /**
   * A dashed vertical marker from {@code top} to {@code bottom} with its label at the top, placed
   * left of the line when it would run past {@code right}.
   */
  static void marker(StringBuilder b, double x, double top, double bottom, double right, String label) {
    line(b, x, top, x, bottom, "stroke=\"#b22222\" stroke-dasharray=\"4 3\" stroke-width=\"1\"");
    boolean fits = x + 3 + label.length() * 5.8 <= right;
    text(b, fits ? x + 3 : x - 3, top + 10, fits ? "start" : "end", "fill=\"#b22222\" font-size=\"10\"",
        label);
  }
}
