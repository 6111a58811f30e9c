package org.dyadscope.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.cases.Period;
import org.dyadscope.trace.Observed;

/**
 * Computes each theme's verdict from its indicators. The rules, in order:
 *
 * <ol>
 *   <li><b>Readings.</b> A series indicator reads the mean of its yearly values over the case
 *       period, scored {@code sign × clamp((mean − neutral) / scale, −1, 1)} where sign is −1 when
 *       higher values mean a challenge and +1 when they mean an opportunity (direction × sign of
 *       the deviation). An evidence indicator reads ±1 toward the side stated for present (or for
 *       absent; 0 if absent says nothing). A link indicator reads ±r against the third-party
 *       series when its permutation p-value is at most its alpha, else 0; with fewer than
 *       {@link ThirdPartyLink#MIN_TESTED_PAIRS} paired years it has no p-value and no reading. Coverage is the share
 *       of the period's years with a value (series; for a link, years with both values), or
 *       {@link #FACT_COVERAGE} for an observed evidence item (one dated observation, not a series
 *       over the period) and 0 for an unavailable one. Missing data is no reading: it only
 *       lowers coverage, it never counts toward a side.</li>
 *   <li><b>Confidence</b> = mean coverage over all the theme's indicators.</li>
 *   <li><b>Data alone.</b> The same verdict rule applied to the data indicators only (series,
 *       links and evidence items observed by a query over the store), leaving out the facts the
 *       case cites: {@link ThemeResult#dataVerdict} says what the data say without the analyst's
 *       own sources.</li>
 *   <li><b>Verdict.</b> With P = Σ c·max(s, 0) and N = Σ c·max(−s, 0) over indicators with data:
 *       insufficient data when no indicator has data or confidence &lt; the case's minimum;
 *       otherwise opportunity when (P − N)/(P + N) ≥ {@link #DOMINANCE} (one side at least twice
 *       the other), challenge when ≤ −{@link #DOMINANCE}, else mixed (also when every reading is
 *       within {@link #NEUTRAL_SCORE} of neutral).</li>
 *   <li><b>Strength</b> = |P − N| / Σ c: 0 when the sides cancel, 1 when every covered indicator
 *       is at full strength on one side.</li>
 *   <li><b>Trend.</b> Each yearly value (dated 2 July, see {@link Segment#yearMiddle}) and each
 *       dated evidence reading falls in a segment between breakpoints; a segment's score is the
 *       mean of its readings; the trend is the last minus the first segment score with data
 *       ({@link Trend}).</li>
 *   <li><b>Third-party link.</b> The theme's link series against the third-party series:
 *       r at lag 0 with a permutation p-value, and the best lag within ±maxLag ({@link LeadLag}).</li>
 * </ol>
 */
public final class Assessor {
  /** |balance| at which one side dominates: P ≥ 2N (or N ≥ 2P). */
  public static final double DOMINANCE = 1.0 / 3;
  /**
   * Coverage of an observed evidence item: half of a series that covers every year, so a theme
   * read from facts alone has confidence at most 0.5, and a fact weighs half a full series.
   */
  public static final double FACT_COVERAGE = 0.5;
  /** Readings closer to neutral than this point to neither side. */
  public static final double NEUTRAL_SCORE = 0.05;

  private final ThemesSpec spec;
  private final Period period;
  private final SeriesSource series;
  private final Map<String, Observed> observed;
  private final Set<String> citedFacts;

  /**
   * @param spec the themes
   * @param period the case period
   * @param series computes the series indicators
   * @param observed what each evidence item was observed as ({@link org.dyadscope.trace.Trace#observed})
   * @param citedFacts ids of the evidence items that are facts the case cites (URL and date,
   *     {@link org.dyadscope.trace.Observation.Literal}) rather than queries over the store: their
   *     readings are left out of the data-only verdict
   */
  public Assessor(ThemesSpec spec, Period period, SeriesSource series, Map<String, Observed> observed,
      Set<String> citedFacts) {
    this.spec = spec;
    this.period = period;
    this.series = series;
    this.observed = observed;
    this.citedFacts = Set.copyOf(citedFacts);
  }

  /**
   * Assesses every theme.
   *
   * @throws AssessmentException when a query fails, or a theme reads an evidence item the trace does not have
   */
  public Assessment assess() throws AssessmentException {
    int y0 = period.start().getYear();
    int y1 = period.end().getYear();
    List<Segment> segments = Segment.of(period, spec.breakpoints());
    YearSeries third = spec.thirdPartySql() == null ? new YearSeries("third party", new java.util.TreeMap<>())
        : series.load("third_party", spec.thirdPartySql()).within(y0, y1);
    List<ThemeResult> out = new ArrayList<>();
    for (ThemeSpec t : spec.themes()) {
      out.add(theme(t, segments, third, y0, y1));
    }
    return new Assessment(segments, y0, y1, spec.thirdPartyDescription(), third, out);
  }

  private ThemeResult theme(ThemeSpec t, List<Segment> segments, YearSeries third, int y0, int y1)
      throws AssessmentException {
    List<IndicatorResult> readings = new ArrayList<>();
    List<double[]> points = new ArrayList<>(); // {segment index, score}
    List<String> evidenceIds = new ArrayList<>();
    ThirdPartyLink link = null;
    Indicator linked = t.linkIndicator();
    for (Indicator ind : t.indicators()) {
      if (ind instanceof Indicator.Series s) {
        YearSeries values = series.load(s.id(), s.sql()).within(y0, y1);
        if (s == linked && !third.values().isEmpty()) {
          link = LeadLag.link(values, third, spec.maxLag(), spec.permutation());
        }
        double level = values.mean();
        readings.add(new IndicatorResult(t.id(), s, values.coverage(y0, y1), level,
            Double.isNaN(level) ? Double.NaN : s.score(level), values.values().size() + "/" + (y1 - y0 + 1) + " years",
            false));
        for (Map.Entry<Integer, Double> e : values.values().entrySet()) {
          addPoint(points, segments, Segment.yearMiddle(e.getKey()), s.score(e.getValue()));
        }
      } else if (ind instanceof Indicator.Link l) {
        YearSeries values = series.load(l.id(), l.sql()).within(y0, y1);
        ThirdPartyLink r = LeadLag.link(values, third, spec.maxLag(), spec.permutation());
        if (l == linked) {
          link = r;
        }
        readings.add(linkReading(t.id(), l, r, y1 - y0 + 1));
      } else if (ind instanceof Indicator.Evidence ev) {
        evidenceIds.add(ev.evidenceId());
        Observed o = observed.get(ev.evidenceId());
        if (o == null) {
          throw new AssessmentException("theme " + t.id() + ", indicator " + ev.id() + ": evidence " + ev.evidenceId()
              + " was not traced; add it to trace.yaml or correct the id in themes.yaml");
        }
        IndicatorResult r = evidence(t.id(), ev, o, citedFacts.contains(ev.evidenceId()));
        readings.add(r);
        if (r.hasData() && ev.date() != null) {
          addPoint(points, segments, ev.date(), r.score());
        }
      }
    }
    return verdict(t, readings, points, segments.size(), evidenceIds, link);
  }

  /**
   * A link reading: no pairs (or r undefined) is no data, and so is r over fewer than
   * {@link ThirdPartyLink#MIN_TESTED_PAIRS} years, which gets no p-value; a tested link not
   * detected at the indicator's alpha reads 0.
   */
  private static IndicatorResult linkReading(String themeId, Indicator.Link l, ThirdPartyLink r, int years) {
    if (!r.defined()) {
      return new IndicatorResult(themeId, l, 0, Double.NaN, Double.NaN, r.n() + " paired years, r undefined", false);
    }
    String rn = String.format(java.util.Locale.ROOT, "r = %.2f over %d years", r.r(), r.n());
    if (!r.tested()) {
      return new IndicatorResult(themeId, l, 0, r.r(), Double.NaN, rn + ", not tested: " + r.untestedReason(), false);
    }
    boolean detected = r.p() <= l.alpha();
    return new IndicatorResult(themeId, l, (double) r.n() / years, r.r(),
        detected ? l.positiveMeans().sign() * r.r() : 0,
        String.format(java.util.Locale.ROOT, "%s, p = %.3f%s", rn, r.p(),
            detected ? "" : " (not detected at alpha " + l.alpha() + ")"), false);
  }

  private static IndicatorResult evidence(String themeId, Indicator.Evidence ev, Observed o, boolean cited) {
    return switch (o) {
      case PRESENT -> new IndicatorResult(themeId, ev, FACT_COVERAGE, 1, ev.whenPresent().sign(), "present", cited);
      case ABSENT -> new IndicatorResult(themeId, ev, FACT_COVERAGE, 0,
          ev.whenAbsent() == null ? 0 : ev.whenAbsent().sign(), "absent", cited);
      case UNAVAILABLE -> new IndicatorResult(themeId, ev, 0, Double.NaN, Double.NaN, "unavailable", cited);
    };
  }

  private static void addPoint(List<double[]> points, List<Segment> segments, LocalDate d, double score) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).contains(d)) {
        points.add(new double[] {i, score});
        return;
      }
    }
  }

  private ThemeResult verdict(ThemeSpec t, List<IndicatorResult> readings, List<double[]> points, int segmentCount,
      List<String> evidenceIds, ThirdPartyLink link) {
    Tally all = Tally.of(readings);
    Tally data = Tally.of(readings.stream().filter(r -> !r.citedFact()).toList());
    Verdict verdict = all.verdict(spec.minConfidence());
    Verdict dataVerdict = data.verdict(spec.minConfidence());
    double balance = all.balance();
    double strength = all.w > 0 ? Math.abs(all.p - all.n) / all.w : Double.NaN;
    List<Double> segmentScores = new ArrayList<>();
    double first = Double.NaN;
    double last = Double.NaN;
    int withData = 0;
    for (int i = 0; i < segmentCount; i++) {
      double sum = 0;
      int k = 0;
      for (double[] pt : points) {
        if ((int) pt[0] == i) {
          sum += pt[1];
          k++;
        }
      }
      double score = k == 0 ? Double.NaN : sum / k;
      segmentScores.add(score);
      if (k > 0) {
        first = withData == 0 ? score : first;
        last = score;
        withData++;
      }
    }
    double delta = withData >= 2 ? last - first : Double.NaN;
    return new ThemeResult(t, verdict, Agreement.of(verdict, t.studyClaim()), strength, balance, Trend.of(delta), delta,
        segmentScores, all.confidence, link, evidenceIds, readings, dataVerdict, Agreement.of(dataVerdict, t.studyClaim()));
  }

  /**
   * The coverage-weighted sides of some readings: P = Σ c·max(s, 0), N = Σ c·max(−s, 0) and
   * w = Σ c over those with data; confidence = mean coverage over all of them (0 when none).
   */
  private record Tally(double p, double n, double w, double confidence) {
    static Tally of(List<IndicatorResult> readings) {
      double p = 0;
      double n = 0;
      double w = 0;
      double coverage = 0;
      for (IndicatorResult r : readings) {
        coverage += r.coverage();
        if (r.hasData()) {
          w += r.coverage();
          p += r.coverage() * Math.max(r.score(), 0);
          n += r.coverage() * Math.max(-r.score(), 0);
        }
      }
      return new Tally(p, n, w, readings.isEmpty() ? 0 : coverage / readings.size());
    }

    /** (P − N) / (P + N), NaN when both are 0. */
    double balance() {
      return p + n > 0 ? (p - n) / (p + n) : Double.NaN;
    }

    Verdict verdict(double minConfidence) {
      double balance = balance();
      if (w == 0 || confidence < minConfidence) {
        return Verdict.INSUFFICIENT_DATA;
      }
      if (p + n < NEUTRAL_SCORE * w || Math.abs(balance) < DOMINANCE) {
        return Verdict.MIXED;
      }
      return balance > 0 ? Verdict.OPPORTUNITY : Verdict.CHALLENGE;
    }
  }
}
