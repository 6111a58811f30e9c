package org.dyadscope.report;

import java.util.ArrayList;
import java.time.YearMonth;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.measure.Frequency;
import org.dyadscope.measure.Measurements;
import org.dyadscope.measure.SeriesPoint;
import org.dyadscope.measure.SourceSummary;
import org.dyadscope.report.svg.CoverageChart;
import org.dyadscope.report.svg.LineChart;
import org.dyadscope.report.svg.Marker;
import org.dyadscope.report.svg.Palette;
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

  /** Sources with data in at least one month; only these are drawn. */
  private List<String> drawnSources() {
    return m.sourceSummaries().stream().filter(s -> s.monthsCovered() > 0).map(SourceSummary::source).toList();
  }

  Doc.Figure coverage() {
    CoverageChart chart = new CoverageChart("Days with data per month, by source", months).markers(markers);
    for (String s : m.sources()) {
      chart.row(s, m.coverage(Frequency.MONTH).stream().filter(p -> p.source().equals(s))
          .map(p -> new CoverageChart.Cell(p.period(), p.covered())).toList());
    }
    long events = m.sourceSummaries().stream().mapToLong(SourceSummary::events).sum();
    String caption = "Share of each month's days on which the source has at least one event of any "
        + "dyad (events table, " + Num.count(events) + " rows in covered months). Pale red months are "
        + "gaps: the source has no data there, and every series of that source is left empty for "
        + "them, never 0. " + Captions.coverage(m) + ".";
    return new Doc.Figure("coverage", "Coverage by source", List.of(chart.render()), caption);
  }

  /** Monthly normalised share and mean Goldstein of one dyad, one line per source. */
  Doc.Figure dyad(Dyad d) {
    List<String> sources = drawnSources();
    LineChart share = new LineChart(d + ": share of all events of the source (monthly)", months,
        "% of the source's events").markers(markers).includeZero();
    LineChart gold = new LineChart(d + ": mean Goldstein score (monthly)", months,
        "Goldstein (−10..+10)").markers(markers).includeZero();
    for (String s : sources) {
      List<SeriesPoint> pts = points(Frequency.MONTH, s, d);
      share.series(s, color(s), line(pts, months, p -> p.share() == null ? null : p.share() * 100));
      gold.series(s, color(s), line(pts, months, SeriesPoint::goldsteinMean));
    }
    String basis = Captions.basis(m.basesOf("events " + d), "event");
    String caption = "Events " + d + " (actor 1 country " + d.source() + ", actor 2 country "
        + d.target() + "), " + c.period().start() + "–" + c.period().end()
        + ". Share = the dyad's events / all events of that source in the month, so volume changes of "
        + "the source do not read as policy change. A break in a line is a month without data (gap) "
        + "or, for the mean, a month without dyad events; isolated months show as dots. "
        + (basis == null ? "No source has " + d + " events in the period." : "Rows: " + basis + ".")
        + " Coverage: " + Captions.coverage(m) + ".";
    return new Doc.Figure("dyad-" + d.source() + "-" + d.target(), "Events " + d,
        List.of(share.render(), gold.render()), caption);
  }

  /**
   * Monthly mean Goldstein of A↔B against A↔C for the first triad (A, B, C): one panel per source
   * that has events of those dyads, each zoomed to the months the source covers (sources are not
   * pooled: coverage and coding differ). Null when the case has no triad or no such events.
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
    List<String> panels = new ArrayList<>();
    StringJoiner rows = new StringJoiner("; ");
    for (SourceSummary s : m.sourceSummaries()) {
      boolean any = dyads.stream().anyMatch(d -> m.basesOf("events " + d).stream()
          .anyMatch(b -> b.source().equals(s.source()) && b.rows() > 0)); // only back-dated rows: nothing to draw
      if (!any) {
        continue;
      }
      TimeAxis span = TimeAxis.months(YearMonth.parse(s.firstPeriod()), YearMonth.parse(s.lastPeriod()));
      LineChart chart = new LineChart(s.source() + " (" + Captions.range(s.firstPeriod(), s.lastPeriod())
          + "): monthly mean Goldstein", span, "Goldstein (−10..+10)").markers(markers).includeZero();
      StringJoiner per = new StringJoiner(", ");
      for (int i = 0; i < dyads.size(); i++) {
        Dyad d = dyads.get(i);
        List<SeriesPoint> pts = points(Frequency.MONTH, s.source(), d).stream()
            .filter(p -> p.period().compareTo(s.firstPeriod()) >= 0 && p.period().compareTo(s.lastPeriod()) <= 0)
            .toList();
        chart.series(d.toString(), Palette.color(i), line(pts, span, SeriesPoint::goldsteinMean));
        per.add(d + " " + Num.count(m.basesOf("events " + d).stream()
            .filter(b -> b.source().equals(s.source())).mapToLong(b -> b.rows()).sum()));
      }
      panels.add(chart.render());
      rows.add(s.source() + " (" + per + ")");
    }
    if (panels.isEmpty()) {
      return null;
    }
    String caption = "Monthly mean Goldstein score of " + String.join(", ", dyads.stream().map(Dyad::toString).toList())
        + ", one panel per source, each over the months that source covers. Events per source and "
        + "dyad: " + rows + ". A break in a line is a month without data or without events of that "
        + "dyad. Sources without events of these dyads are not drawn. Coverage: " + Captions.coverage(m) + ".";
    return new Doc.Figure("comparison", t.get(0) + "↔" + t.get(2) + " vs " + t.get(0) + "↔" + t.get(1),
        panels, caption);
  }

  private List<SeriesPoint> points(Frequency f, String source, Dyad d) {
    return m.series(f).stream().filter(p -> p.source().equals(source) && p.dyad().equals(d)).toList();
  }

  private static List<LineChart.Point> line(List<SeriesPoint> pts, TimeAxis axis,
      Function<SeriesPoint, Double> value) {
    return pts.stream().map(p -> new LineChart.Point(axis.x(p.period()), value.apply(p))).toList();
  }
}
