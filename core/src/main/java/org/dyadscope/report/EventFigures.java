package org.dyadscope.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.measure.CoveragePoint;
import org.dyadscope.measure.Measurements;
import org.dyadscope.measure.SeriesId;
import org.dyadscope.measure.SeriesPoint;
import org.dyadscope.report.svg.CoverageChart;
import org.dyadscope.report.svg.Marker;
import org.dyadscope.report.svg.Palette;
import org.dyadscope.report.svg.PanelChart;
import org.dyadscope.report.svg.TimeAxis;

/** Figures drawn from the event series: coverage, one figure per dyad, the triad comparison. */
final class EventFigures {
  private final CaseFile c;
  private final Measurements m;
  private final List<Marker> markers;
  private final TimeAxis months;

  EventFigures(CaseFile c, Measurements m, List<Marker> markers) {
    this.c = c;
    this.m = m;
    this.markers = markers;
    this.months = TimeAxis.months(c.period().start(), c.period().end());
  }

  private String color(String source) {
    return Palette.color(m.sources().indexOf(source));
  }

  Doc.Figure coverage() {
    CoverageChart chart = new CoverageChart("Days with data per month, by source", months).markers(markers);
    for (String s : m.sources()) {
      chart.row(s, m.coverage(Frequency.MONTH).stream().filter(p -> p.source().equals(s))
          .map(p -> new CoverageChart.Cell(p.period(), p.covered())).toList());
    }
    String caption = "Share of each month's days on which the source has at least one event of any "
        + "dyad (events table, " + Num.count(m.sourceEvents()) + " rows in covered months). Pale red months are "
        + "gaps: the source has no data there, and every series of that source is left empty for "
        + "them, never 0. " + Captions.coverage(m) + ".";
    return new Doc.Figure("coverage", "Coverage by source", List.of(chart.render()), caption);
  }

  /**
   * Monthly normalised share and mean Goldstein of one dyad as small multiples: one panel per source
   * with events of the dyad, all on the case period's axis; marker area grows with the month's events.
   */
  Doc.Figure dyad(Dyad d) {
    PanelChart share = new PanelChart(d + ": share of all events of the source (monthly)", months,
        "share (fraction of the source's events, 0..1, as in the CSV column share)", "share")
        .markers(markers).includeZero();
    PanelChart gold = new PanelChart(d + ": mean Goldstein score (monthly)", months,
        "mean Goldstein score (−10..+10)", "mean Goldstein").markers(markers).includeZero().sharedY();
    List<String> without = new ArrayList<>();
    for (String s : m.sourcesWithData()) {
      List<SeriesPoint> pts = points(Frequency.MONTH, s, d);
      long n = m.dyadEvents(Frequency.MONTH, s, d);
      if (n == 0) {
        without.add(s);
        continue;
      }
      String title = s + " (n = " + Num.plural(n, "event", "events") + ")";
      share.panel(s, title, List.of(new PanelChart.Series(s, color(s), monthly(s, pts, SeriesPoint::share))));
      gold.panel(s, title, List.of(new PanelChart.Series(s, color(s), monthly(s, pts, SeriesPoint::goldsteinMean))));
    }
    String basis = Captions.basis(m.basesOf(SeriesId.events(d)), "event");
    String caption = "Events " + d + " (actor 1 country " + d.source() + ", actor 2 country "
        + d.target() + "), " + c.period().start() + "–" + c.period().end()
        + ". Share = the dyad's events / all events of that source in the month, so volume changes of "
        + "the source do not read as policy change. One panel per source with " + d + " events (sources "
        + "are not pooled: coverage and coding differ), all on the same time axis; a marker's area grows "
        + "with the month's dyad events (hover a marker for its month, value and n). A break in a line is "
        + "a month without data (gap) or, for the mean, a month without dyad events. "
        + (without.isEmpty() ? "" : "No " + d + " events in: " + String.join(", ", without) + ". ")
        + (basis == null ? "No source has " + d + " events in the period." : "Rows: " + basis + ".")
        + " Coverage: " + Captions.coverage(m) + ".";
    return new Doc.Figure("dyad-" + d.source() + "-" + d.target(), "Events " + d,
        share.panels() == 0 ? List.of() : List.of(share.render(), gold.render()), caption);
  }

  /**
   * One point per month of the source's coverage: the value and its events, or null in a gap month
   * or a month without a series row (gaps come from coverage, not from the series).
   */
  private List<PanelChart.Point> monthly(String source, List<SeriesPoint> pts, Function<SeriesPoint, Double> value) {
    Map<String, SeriesPoint> byPeriod = new HashMap<>();
    pts.forEach(p -> byPeriod.put(p.period(), p));
    List<PanelChart.Point> out = new ArrayList<>();
    for (CoveragePoint cp : m.coverage(Frequency.MONTH)) {
      if (!cp.source().equals(source)) {
        continue;
      }
      SeriesPoint p = byPeriod.get(cp.period());
      boolean known = !cp.gap() && p != null;
      out.add(new PanelChart.Point(cp.period(), known ? value.apply(p) : null,
          known && p.events() != null ? p.events() : 0));
    }
    return out;
  }

  /**
   * Monthly mean Goldstein of A↔B against A↔C for the first triad (A, B, C): small multiples, one
   * panel per source that has events of those dyads (sources are not pooled: coverage and coding
   * differ), all on the case period's axis and one y scale. Null when the case has no triad or no
   * such events.
   */
  Doc.Figure comparison() {
    if (c.triads().isEmpty()) {
      return null;
    }
    List<String> t = c.triads().get(0);
    Dyad ab = new Dyad(t.get(0), t.get(1));
    Dyad ac = new Dyad(t.get(0), t.get(2));
    List<Dyad> dyads = List.of(ab, ab.reverse(), ac, ac.reverse()).stream()
        .filter(c.dyads()::contains).toList();
    PanelChart chart = new PanelChart("Monthly mean Goldstein score by source", months,
        "mean Goldstein score (−10..+10)", "mean Goldstein").markers(markers).includeZero().sharedY();
    StringJoiner rows = new StringJoiner("; ");
    for (String s : m.sourcesWithData()) {
      if (m.dyadEvents(Frequency.MONTH, s, dyads) == 0) {
        continue;
      }
      List<PanelChart.Series> series = new ArrayList<>();
      StringJoiner per = new StringJoiner(", ");
      for (int i = 0; i < dyads.size(); i++) {
        Dyad d = dyads.get(i);
        List<SeriesPoint> pts = points(Frequency.MONTH, s, d);
        series.add(new PanelChart.Series(d.toString(), Palette.color(i), monthly(s, pts, SeriesPoint::goldsteinMean)));
        per.add(d + " " + Num.count(m.dyadEvents(Frequency.MONTH, s, d)));
      }
      chart.panel(s, s + " (n: " + per + ")", series);
      rows.add(s + " (" + per + ")");
    }
    if (chart.panels() == 0) {
      return null;
    }
    String caption = "Monthly mean Goldstein score of " + String.join(", ", dyads.stream().map(Dyad::toString).toList())
        + ", one panel per source, all on the same time axis and y scale; a marker's area grows with "
        + "the month's events of that dyad. Events per source and dyad: " + rows + ". A break in a line "
        + "is a month without data or without events of that dyad. Sources without events of these "
        + "dyads are not drawn. Coverage: " + Captions.coverage(m) + ".";
    return new Doc.Figure("comparison", t.get(0) + "↔" + t.get(2) + " vs " + t.get(0) + "↔" + t.get(1),
        List.of(chart.render()), caption);
  }

  private List<SeriesPoint> points(Frequency f, String source, Dyad d) {
    return m.series(f).stream().filter(p -> p.source().equals(source) && p.dyad().equals(d)).toList();
  }
}
