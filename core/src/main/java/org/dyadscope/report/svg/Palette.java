package org.dyadscope.report.svg;

import java.util.List;

/** Colour-blind-safe categorical colours (Okabe &amp; Ito 2008, plus greys), cycled by index. */
public final class Palette {
  private static final List<String> COLORS = List.of(
      "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999",
      "#8C564B", "#F0E442");

  private Palette() {}

  /** The colour of category {@code i} (0-based); colours repeat after ten. */
  public static String color(int i) {
    return COLORS.get(Math.floorMod(i, COLORS.size()));
  }
}
