package org.dyadscope.report.svg;

import java.util.ArrayList;
import java.util.List;

/** A legend laid out in rows below a plot; entries wrap when a row is full. */
final class Legend {
  private record Entry(String name, String color, boolean box, double x, int row) {}

  private static final double ROW_H = 16;
  private final double left;
  private final double right;
  private final List<Entry> entries = new ArrayList<>();
  private double cursor;
  private int row;

  Legend(double left, double right) {
    this.left = left;
    this.right = right;
    this.cursor = left;
  }

  /** Adds an entry drawn as a line swatch, or a filled box when {@code box}. */
  void add(String name, String color, boolean box) {
    double w = 26 + name.length() * 6.3 + 14;
    if (cursor + w > right && cursor > left) {
      row++;
      cursor = left;
    }
    entries.add(new Entry(name, color, box, cursor, row));
    cursor += w;
  }

  double height() {
    return entries.isEmpty() ? 0 : (row + 1) * ROW_H;
  }

  void render(StringBuilder b, double top) {
    for (Entry e : entries) {
      double y = top + e.row * ROW_H;
      if (e.box) {
        Svg.rect(b, e.x, y - 8, 18, 10, "fill=\"" + e.color + "\" stroke=\"#999\" stroke-width=\"0.5\"");
      } else {
        Svg.line(b, e.x, y - 3, e.x + 18, y - 3, "stroke=\"" + e.color + "\" stroke-width=\"2.5\"");
      }
      Svg.text(b, e.x + 24, y + 1, "start", "fill=\"#222\"", e.name);
    }
  }
}
