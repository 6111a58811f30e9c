package org.dyadscope.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.measure.ArmsFlow;
import org.dyadscope.measure.ArmsTotals;
import org.dyadscope.measure.Measurements;
import org.dyadscope.measure.SeriesId;
import org.dyadscope.measure.UngaDistance;
import org.dyadscope.report.svg.BarChart;
import org.dyadscope.report.svg.LineChart;
import org.dyadscope.report.svg.Marker;
import org.dyadscope.report.svg.Palette;
import org.dyadscope.report.svg.TimeAxis;

/** Figures of state alignment outside event data: UNGA voting distance and SIPRI arms deliveries. */
final class AlignmentFigures {
  private final CaseFile c;
  private final Measurements m;
  private final List<Marker> markers;
  private final int y0;
  private final int y1;

  AlignmentFigures(CaseFile c, Measurements m, List<Marker> markers) {
    this.c = c;
    this.m = m;
    this.markers = markers; // the case's dated events only: GDELT regime breaks say nothing about UN votes or arms
    this.y0 = c.period().start().getYear();
    this.y1 = c.period().end().getYear();
  }

  Doc.Figure unga() {
    Map<String, List<UngaDistance>> byPair = new LinkedHashMap<>();
    m.unga().forEach(u -> byPair.computeIfAbsent(u.pair(), k -> new ArrayList<>()).add(u));
    TimeAxis axis = TimeAxis.years(y0, y1);
    LineChart chart = new LineChart("Distance between UNGA ideal points", axis,
        "|ideal point difference|").markers(markers).dots().includeZero();
    StringJoiner rows = new StringJoiner(", ");
    java.util.Set<String> files = new java.util.TreeSet<>();
    java.util.Map<String, List<String>> missingByPair = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, List<UngaDistance>> e : byPair.entrySet()) {
      List<LineChart.Point> pts = new ArrayList<>();
      List<Integer> present = new ArrayList<>();
      for (UngaDistance u : e.getValue()) {
        pts.add(new LineChart.Point(axis.x(Integer.toString(u.year())), u.distance(),
            u.year() + " (session " + u.session() + ") · " + e.getKey() + " · distance " + Num.fixed(u.distance(), 3)));
        present.add(u.year());
      }
      chart.series(e.getKey(), Palette.color(i++), withBreaks(pts, present, axis));
      rows.add(e.getKey() + " " + basis(SeriesId.unga(e.getKey()), files));
      List<String> missing = new ArrayList<>();
      for (int y = y0; y <= y1; y++) {
        if (!present.contains(y)) {
          missing.add(Integer.toString(y));
        }
      }
      missingByPair.put(e.getKey(), missing);
    }
    String missing;
    if (missingByPair.values().stream().allMatch(List::isEmpty)) {
      missing = "";
    } else if (missingByPair.values().stream().distinct().count() == 1) {
      missing = " No estimate for " + String.join(", ", missingByPair.values().iterator().next())
          + " (any pair).";
    } else {
      StringJoiner j = new StringJoiner("; ", " No estimate: ", ".");
      missingByPair.forEach((k, v) -> {
        if (!v.isEmpty()) {
          j.add(k + " " + String.join(", ", v));
        }
      });
      missing = j.toString();
    }
    List<String> absent = new ArrayList<>();
    for (Dyad d : c.dyads()) {
      String pair = d.source().compareTo(d.target()) < 0 ? d.source() + "-" + d.target() : d.target() + "-" + d.source();
      if (!byPair.containsKey(pair) && !absent.contains(pair)) {
        absent.add(pair);
      }
    }
    String caption = "Absolute difference of the two states' UN General Assembly ideal points per "
        + "session (Bailey, Strezhnev & Voeten; higher = voting further apart), for each pair of the "
        + "case's dyads, sessions held " + y0 + "–" + y1 + ". Ideal-point rows per pair: "
        + (byPair.isEmpty() ? "none" : rows + " (" + String.join("; ", files) + ")") + "." + missing
        + (absent.isEmpty() ? "" : " No session with estimates for both states: " + String.join(", ", absent) + ".");
    return new Doc.Figure("unga", "UNGA voting distance", byPair.isEmpty() ? List.of() : List.of(chart.render()),
        caption);
  }

  Doc.Figure arms() {
    Map<Dyad, Map<Integer, Double>> byDyad = flowsByDyad();
    ArmsTotals totals = m.armsTotals();
    StringJoiner rows = new StringJoiner(", ");
    java.util.Set<String> files = new java.util.TreeSet<>();
    for (Dyad d : totals.totals().keySet()) {
      rows.add(d + " " + basis(SeriesId.arms(d), files));
    }
    if (m.arms().isEmpty()) {
      return new Doc.Figure("arms", "Arms deliveries", List.of(),
          "No SIPRI rows in the store: arms deliveries are unknown, not zero.");
    }
    List<String> panels = new ArrayList<>();
    List<Dyad> drawn = new ArrayList<>(totals.totals().keySet());
    if (!drawn.isEmpty()) {
      panels.add(bars("SIPRI arms deliveries (TIV, millions)", drawn, byDyad));
    }
    // One dominant flow flattens the others: draw them again on their own scale.
    Dyad top = totals.dominant();
    String second = "";
    if (top != null) {
      List<Dyad> rest = new ArrayList<>(drawn);
      rest.remove(top);
      panels.add(bars("Without " + top + " (on its own scale)", rest, byDyad));
      second = " The second panel leaves out " + top + ", whose volume would flatten the others.";
    }
    String caption = "SIPRI trend-indicator value (TIV, millions) delivered per year, supplier→recipient "
        + "among the case's dyads (SIPRI Arms Transfers Database, trade register); exact values in the "
        + "table below. TIV measures military capability transferred, not price." + second
        + " Delivery rows per dyad: " + (rows.length() == 0 ? "none" : rows + " (" + String.join("; ", files) + ")")
        + "." + (totals.none().isEmpty() ? "" : " No deliveries recorded " + y0 + "–" + y1 + " for "
        + String.join(", ", totals.none().stream().map(Dyad::toString).toList()) + ".");
    return new Doc.Figure("arms", "Arms deliveries", panels, caption);
  }

  /**
   * "N" rows behind {@code series} (e.g. {@code arms RUS->IRN}), with its sources' files added to
   * {@code files} as "source: file, file".
   */
  private String basis(SeriesId series, java.util.Set<String> files) {
    m.basesOf(series).forEach(b -> files.add(b.source() + ": " + String.join(", ", b.files())));
    return Num.count(m.basisRows(series));
  }

  private Map<Dyad, Map<Integer, Double>> flowsByDyad() {
    return byDyadAndYear(ArmsFlow::tivDelivered);
  }

  /** One value of each SIPRI row, by supplier→recipient dyad and year. */
  private <V> Map<Dyad, Map<Integer, V>> byDyadAndYear(java.util.function.Function<ArmsFlow, V> value) {
    Map<Dyad, Map<Integer, V>> byDyad = new LinkedHashMap<>();
    for (ArmsFlow a : m.arms()) {
      byDyad.computeIfAbsent(new Dyad(a.supplier(), a.recipient()), k -> new LinkedHashMap<>())
          .put(a.year(), value.apply(a));
    }
    return byDyad;
  }

  private String bars(String title, List<Dyad> dyads, Map<Dyad, Map<Integer, Double>> byDyad) {
    BarChart chart = new BarChart(title, y0, y1, "TIV, millions").markers(markers);
    Map<Dyad, Map<Integer, String>> deals = byDyadAndYear(a -> Num.plural(a.deals(), "deal", "deals") + " with deliveries");
    for (Dyad d : dyads) {
      // colours follow the case's dyad order, so a dyad keeps its colour in both panels
      chart.series(d.toString(), Palette.color(c.dyads().indexOf(d)), byDyad.get(d), deals.get(d));
    }
    return chart.render();
  }

  /** TIV per year (rows) and dyad with any delivery (columns): the exact values, small ones included. */
  Doc.Block armsTable() {
    Map<String, Map<Integer, ArmsFlow>> flows = new LinkedHashMap<>();
    for (ArmsFlow a : m.arms()) {
      flows.computeIfAbsent(a.supplier() + "->" + a.recipient(), k -> new LinkedHashMap<>()).put(a.year(), a);
    }
    List<String> cols = m.armsTotals().totals().keySet().stream().map(Dyad::toString).toList();
    if (cols.isEmpty()) {
      return new Doc.Para(m.arms().isEmpty() ? "No SIPRI rows in the store."
          : "No SIPRI deliveries along the case's dyads in the period.");
    }
    List<String> header = new ArrayList<>(List.of("Year"));
    header.addAll(cols);
    List<List<String>> body = new ArrayList<>();
    for (int y = y0; y <= y1; y++) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(y)));
      for (String col : cols) {
        ArmsFlow a = flows.get(col).get(y);
        row.add(a == null || a.tivDelivered() == 0 ? "·"
            : Num.fixed(a.tivDelivered(), a.tivDelivered() % 1 == 0 ? 0 : 2) + " (" + a.deals() + ")");
      }
      body.add(row);
    }
    List<Integer> numeric = new ArrayList<>();
    for (int i = 1; i < header.size(); i++) {
      numeric.add(i);
    }
    return new Doc.Table("SIPRI TIV delivered, millions (deals with deliveries that year); · = none",
        header, body, numeric);
  }

  /** Inserts null points in years without an estimate, so the line breaks there. */
  private static List<LineChart.Point> withBreaks(List<LineChart.Point> pts, List<Integer> present,
      TimeAxis axis) {
    List<LineChart.Point> out = new ArrayList<>(pts);
    int lo = present.stream().mapToInt(Integer::intValue).min().orElse(0);
    int hi = present.stream().mapToInt(Integer::intValue).max().orElse(-1);
    for (int y = lo; y <= hi; y++) {
      if (!present.contains(y)) {
        out.add(new LineChart.Point(axis.x(Integer.toString(y)), null));
      }
    }
    return out;
  }
}
