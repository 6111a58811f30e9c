package org.dyadscope.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.measure.ArmsFlow;
import org.dyadscope.measure.Measurements;
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
    this.markers = markers;
    this.y0 = c.period().start().getYear();
    this.y1 = c.period().end().getYear();
  }

  Doc.Figure unga() {
    Map<String, List<UngaDistance>> byPair = new LinkedHashMap<>();
    m.unga().forEach(u -> byPair.computeIfAbsent(u.pair(), k -> new ArrayList<>()).add(u));
    TimeAxis axis = TimeAxis.years(y0, y1);
    LineChart chart = new LineChart("Distance between UNGA ideal points", axis,
        "|ideal point difference|").markers(markers).dots().includeZero();
    StringJoiner rows = new StringJoiner("; ");
    int i = 0;
    for (Map.Entry<String, List<UngaDistance>> e : byPair.entrySet()) {
      List<LineChart.Point> pts = new ArrayList<>();
      List<Integer> present = new ArrayList<>();
      for (UngaDistance u : e.getValue()) {
        pts.add(new LineChart.Point(axis.x(Integer.toString(u.year())), u.distance()));
        present.add(u.year());
      }
      chart.series(e.getKey(), Palette.color(i++), withBreaks(pts, present, axis));
      String basis = Captions.basis(m.basesOf("unga " + e.getKey()), "row");
      List<String> missing = new ArrayList<>();
      for (int y = y0; y <= y1; y++) {
        if (!present.contains(y)) {
          missing.add(Integer.toString(y));
        }
      }
      rows.add(e.getKey() + " " + basis + (missing.isEmpty() ? "" : ", no estimate for " + String.join(", ", missing)));
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
        + "case's dyads, sessions held " + y0 + "–" + y1 + ". Rows: "
        + (byPair.isEmpty() ? "none" : rows.toString()) + "."
        + (absent.isEmpty() ? "" : " No session with estimates for both states: " + String.join(", ", absent) + ".");
    return new Doc.Figure("unga", "UNGA voting distance", byPair.isEmpty() ? List.of() : List.of(chart.render()),
        caption);
  }

  Doc.Figure arms() {
    Map<Dyad, Map<Integer, Double>> byDyad = new LinkedHashMap<>();
    for (ArmsFlow a : m.arms()) {
      byDyad.computeIfAbsent(new Dyad(a.supplier(), a.recipient()), k -> new LinkedHashMap<>())
          .put(a.year(), a.tivDelivered());
    }
    BarChart chart = new BarChart("SIPRI arms deliveries (TIV, millions)", y0, y1, "TIV, millions")
        .markers(markers);
    List<String> none = new ArrayList<>();
    StringJoiner rows = new StringJoiner("; ");
    int i = 0;
    for (Map.Entry<Dyad, Map<Integer, Double>> e : byDyad.entrySet()) {
      if (e.getValue().values().stream().allMatch(v -> v == 0)) {
        none.add(e.getKey().toString());
        continue;
      }
      chart.series(e.getKey().toString(), Palette.color(i++), e.getValue());
      rows.add(e.getKey() + " " + Captions.basis(m.basesOf("arms " + e.getKey()), "delivery row"));
    }
    String caption;
    if (m.arms().isEmpty()) {
      caption = "No SIPRI rows in the store: arms deliveries are unknown, not zero.";
    } else {
      caption = "SIPRI trend-indicator value (TIV, millions) delivered per year, supplier→recipient "
          + "among the case's dyads (SIPRI Arms Transfers Database, trade register). TIV measures "
          + "military capability transferred, not price. Rows: " + (rows.length() == 0 ? "none" : rows)
          + "." + (none.isEmpty() ? "" : " No deliveries recorded " + y0 + "–" + y1 + " for "
          + String.join(", ", none) + ".");
    }
    boolean drawn = i > 0;
    return new Doc.Figure("arms", "Arms deliveries", drawn ? List.of(chart.render()) : List.of(), caption);
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
