package org.dyadscope.report.svg;

/** Maps data coordinates into a plot rectangle (y grows upwards in data, downwards in SVG). */
record Frame(double left, double top, double width, double height, double x0, double x1, double y0, double y1) {
  double x(double v) {
    return left + (v - x0) / (x1 - x0) * width;
  }

  double y(double v) {
    return top + height - (v - y0) / (y1 - y0) * height;
  }
}
