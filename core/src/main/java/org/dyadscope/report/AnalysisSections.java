package org.dyadscope.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyadscope.format.SignificantDigits;
import org.dyadscope.assess.Agreement;
import org.dyadscope.assess.Assessment;
import org.dyadscope.assess.Assessor;
import org.dyadscope.assess.CaseAnalysis;
import org.dyadscope.assess.Indicator;
import org.dyadscope.assess.IndicatorResult;
import org.dyadscope.assess.ThemeResult;
import org.dyadscope.assess.ThirdPartyLink;
import org.dyadscope.report.svg.Palette;
import org.dyadscope.report.svg.StepChart;
import org.dyadscope.trace.Entry;
import org.dyadscope.trace.EvidenceItem;
import org.dyadscope.trace.Hypothesis;
import org.dyadscope.trace.Likelihood;
import org.dyadscope.trace.Observation;
import org.dyadscope.trace.Observed;
import org.dyadscope.trace.PosteriorInterval;
import org.dyadscope.trace.SensitivityResult;
import org.dyadscope.trace.Trace;
import org.dyadscope.trace.TrailRow;

/**
 * The report sections of the trace and assess stages: hypotheses with priors and posteriors, the
 * posterior trajectory, the evidence table, the sensitivity result, and the themes table with the
 * study's finding beside the computed verdict. Formats {@link CaseAnalysis}; computes nothing.
 */
final class AnalysisSections {
  private AnalysisSections() {}

  /** The sections, or none when the case has no trace. */
  static List<Doc.Section> of(CaseAnalysis a) {
    if (a == null) {
      return List.of();
    }
    List<Doc.Section> out = new ArrayList<>();
    out.add(trace(a));
    if (a.assessment() != null) {
      out.add(assessment(a));
    }
    return out;
  }

  /**
   * {@code doc} with the headline section first and the sections inserted before its closing
   * "files" section (else appended).
   */
  static Doc insert(Doc doc, CaseAnalysis a) {
    List<Doc.Section> extra = of(a);
    if (extra.isEmpty()) {
      return doc;
    }
    List<Doc.Section> sections = new ArrayList<>(doc.sections());
    sections.add(0, headline(a));
    int at = sections.size();
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).id().equals("files")) {
        at = i;
      }
    }
    sections.addAll(at, extra);
    return new Doc(doc.title(), doc.subtitle(), sections);
  }

  /**
   * The report's headline: the leading hypothesis with its posterior and sensitivity range, and
   * how many of the study's findings the data alone agree with, apart from those the case's cited
   * facts decide.
   */
  private static Doc.Section headline(CaseAnalysis a) {
    Trace t = a.trace();
    SensitivityResult s = a.sensitivity();
    List<Doc.Block> b = new ArrayList<>();
    Hypothesis lead = t.hypotheses().stream().filter(h -> h.id().equals(s.leader())).findFirst().orElseThrow();
    PosteriorInterval iv = s.interval(lead.id());
    b.add(new Doc.Para("Process tracing: " + lead.id() + " leads with posterior " + posterior(iv)
        + (iv.robust() ? "." : ": over the sensitivity box its posterior ranges from " + fixed3(iv.min()) + " to "
        + fixed3(iv.max()) + (s.flips() ? " and " + String.join(", ", s.overtakers()) + " can overtake it" : "")
        + ", so the analyst's likelihoods decide it as much as the observations.") + " " + lead.id() + ": "
        + lead.statement()));
    if (a.assessment() != null) {
      b.add(new Doc.Para(findingsCount(a.assessment())));
    }
    return new Doc.Section("headline", "Headline", b);
  }

  /**
   * "0.988 (sensitivity 0.007–1.000)", followed by "; not robust to the likelihoods" when the range
   * crosses one half ({@link PosteriorInterval#robust}): a posterior is never printed without its range.
   */
  static String posterior(PosteriorInterval iv) {
    return fixed3(iv.point()) + " (sensitivity " + fixed3(iv.min()) + "–" + fixed3(iv.max()) + ")"
        + (iv.robust() ? "" : "; not robust to the likelihoods");
  }

  /**
   * "Of the study's 11 findings the data alone ... agree with 6, ...": agreement counted on the data indicators
   * alone, then how many verdicts the case's cited facts decide.
   */
  private static String findingsCount(Assessment as) {
    List<String> byFacts = as.decidedByCitedFacts().stream()
        .map(t -> t.theme().id() + " " + t.dataAgreement().label() + " → " + t.agreement().label()).toList();
    return "Of the study's " + as.themes().size() + " findings the data alone (series, links and store queries) "
        + "agree with " + as.dataAgreements(Agreement.AGREE) + ", disagree with " + as.dataAgreements(Agreement.DISAGREE)
        + " and cannot speak to " + as.dataAgreements(Agreement.NOT_ENOUGH_DATA) + ". With the "
        + "case's cited facts added the verdicts agree with " + as.agreements(Agreement.AGREE) + "; the cited facts decide "
        + byFacts.size() + (byFacts.isEmpty() ? "" : " (" + String.join(", ", byFacts) + ")")
        + ": those rest on the analyst's own sources, not on the data.";
  }

  private static String fixed3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static Doc.Section trace(CaseAnalysis a) {
    Trace t = a.trace();
    SensitivityResult s = a.sensitivity();
    List<Doc.Block> b = new ArrayList<>();
    b.add(new Doc.Para("Bayesian process tracing (Van Evera 1997; Bennett 2015): the hypotheses are mutually "
        + "exclusive; each evidence item multiplies belief in H by P(E|H) when E is observed and by 1 − P(E|H) when "
        + "it is not, then beliefs are renormalised. " + capital(t.normalisationNote()) + ". Evidence computed from "
        + "the store is observed by its query and threshold; an item whose query finds no data is not entered."));
    List<List<String>> hs = new ArrayList<>();
    for (int i = 0; i < t.hypotheses().size(); i++) {
      Hypothesis h = t.hypotheses().get(i);
      PosteriorInterval iv = s.interval(h.id());
      hs.add(List.of(h.id(), h.statement(), p(h.prior()), p(t.priors().get(i)), h.reason(), posterior(iv)));
    }
    b.add(new Doc.Table("Hypotheses: stated prior, normalised prior, reason, final posterior with its range over the "
        + "sensitivity box (not robust to the likelihoods when the range crosses one half)",
        List.of("Id", "Statement", "Prior", "Normalised", "Reason", "Final posterior (sensitivity range)"),
        hs, List.of(2, 3)));
    b.add(trajectory(a));
    b.add(new Doc.Para(sensitivityText(a)));
    b.add(new Doc.Para(independenceText(t)));
    b.add(evidenceTable(a));
    b.add(trailTable(t));
    return new Doc.Section("trace", "Process tracing", b);
  }

  private static Doc.Figure trajectory(CaseAnalysis a) {
    Trace t = a.trace();
    List<String> steps = new ArrayList<>(List.of("prior"));
    t.entries().forEach(e -> steps.add(e.id()));
    StepChart chart = new StepChart("Posterior after each evidence step", "P(H | evidence so far)", steps);
    for (int i = 0; i < t.hypotheses().size(); i++) {
      String id = t.hypotheses().get(i).id();
      List<Double> values = new ArrayList<>();
      for (TrailRow r : t.trail()) {
        if (r.hypothesis().equals(id)) {
          values.add(r.posterior());
        }
      }
      PosteriorInterval iv = a.sensitivity().interval(id);
      chart.series(id, Palette.color(i), values, iv.min(), iv.max());
    }
    return new Doc.Figure("posterior-trajectory", "Posterior trajectory", List.of(chart.render()),
        "Belief in each hypothesis after each step of trace.csv (" + t.entries().size() + " steps: "
            + t.independent().size() + " items entered on their own, " + t.groups().size()
            + " dependency groups entered once). Bars right of the last step: the final posterior's range over the "
            + "sensitivity box. Source: ../trace.csv; evidence in the table below.");
  }

  private static String sensitivityText(CaseAnalysis a) {
    SensitivityResult s = a.sensitivity();
    String box = "priors ×" + num(s.settings().priorFactor().low()) + "..×" + num(s.settings().priorFactor().high())
        + ", test-type likelihoods over their default ranges, explicit likelihoods ±" + num(s.settings().explicitSpread());
    String corners = (s.exhaustive() ? "all " : "a seeded sample (seed " + s.settings().seed() + ") of ")
        + Num.count(s.cornersEvaluated()) + " corners of the " + s.parameters() + "-parameter box";
    String lead = "At the stated values " + s.leader() + " leads with posterior " + posterior(s.interval(s.leader()))
        + ".";
    if (!s.flips()) {
      return lead + " Sensitivity (" + box + "): no hypothesis overtakes it anywhere in the box; " + corners
          + " were also evaluated.";
    }
    return lead + " Sensitivity (" + box + "): the conclusion FLIPS within the ranges — " + String.join(", ", s.overtakers())
        + " can overtake " + s.leader() + " at the box's extreme corners; of " + corners + ", "
        + Num.count(s.cornersWithOtherLeader()) + " have another leader. The leading posterior rests on the analyst's "
        + "likelihoods as much as on the observations; read it with its range.";
  }

  private static String independenceText(Trace t) {
    StringBuilder sb = new StringBuilder("Assumed conditionally independent given the hypotheses (entered one by one): ")
        .append(t.independent().isEmpty() ? "none" : String.join(", ", t.independent())).append('.');
    for (Entry g : t.groups()) {
      sb.append(" Group ").append(g.id()).append(" (").append(String.join(", ", g.members())).append(") entered once")
          .append(g.kind() == Entry.Kind.GROUP_MOST_DIAGNOSTIC ? ", its most diagnostic member " + g.representative()
              + " standing for it" : " with its stated joint likelihoods").append('.');
    }
    if (!t.unavailable().isEmpty()) {
      sb.append(" Not entered because the store has no data for them: ").append(String.join(", ", t.unavailable()))
          .append('.');
    }
    return sb.toString();
  }

  private static Doc.Table evidenceTable(CaseAnalysis a) {
    Trace t = a.trace();
    Map<String, Integer> stepOf = new HashMap<>();
    Map<String, String> enteredAs = new HashMap<>();
    for (Entry e : t.entries()) {
      for (String m : e.members()) {
        stepOf.put(m, e.step());
        enteredAs.put(m, e.kind() == Entry.Kind.SINGLE ? "" : e.id()
            + (e.kind() == Entry.Kind.GROUP_MOST_DIAGNOSTIC ? " via " + e.representative() : " (joint)"));
      }
    }
    List<String> header = new ArrayList<>(List.of("Step", "Id", "Evidence", "Source", "Observed"));
    t.hypotheses().forEach(h -> header.add("P(E|" + h.id() + ")"));
    header.addAll(List.of("Reads as", "Why these likelihoods"));
    List<List<String>> rows = new ArrayList<>();
    for (EvidenceItem e : a.spec().evidence()) {
      Integer step = stepOf.get(e.id());
      List<String> row = new ArrayList<>();
      row.add(step == null ? "—" : step + (enteredAs.getOrDefault(e.id(), "").isEmpty() ? "" : " (" + enteredAs.get(e.id()) + ")"));
      row.add(e.id());
      row.add(e.description());
      row.add(e.source().citation() + (e.source().date().isEmpty() ? "" : ", " + e.source().date())
          + (e.source().url().isEmpty() ? "" : "\n" + e.source().url()));
      row.add(observed(e, t.observed().get(e.id()), a.values()));
      for (Hypothesis h : t.hypotheses()) {
        Likelihood l = e.likelihoods().get(h.id());
        row.add(num(l.value()) + (l.test() == null ? "" : " (" + l.test().label() + ")"));
      }
      row.add(readsAs(t, e, step));
      row.add(e.justification());
      rows.add(row);
    }
    List<Integer> numeric = new ArrayList<>();
    for (int i = 0; i < t.hypotheses().size(); i++) {
      numeric.add(5 + i);
    }
    return new Doc.Table("Evidence items in case order. Observed: literal facts as stated; store queries with the "
        + "value they returned against their test. Reads as: the Van Evera test the likelihoods amount to for each "
        + "hypothesis at its step (trace.csv test_type).", header, rows, numeric);
  }

  /** Every row of trace.csv, same columns: each posterior rechecks from its step's rows. */
  private static Doc.Table trailTable(Trace t) {
    List<List<String>> rows = new ArrayList<>();
    for (TrailRow r : t.trail()) {
      rows.add(List.of(Integer.toString(r.step()), r.evidenceId(), r.hypothesis(), r.observedAs(), p(r.prior()),
          r.step() == 0 ? "" : num(r.pEgivenH()), r.step() == 0 ? "" : num(r.likelihoodApplied()), p(r.posterior()),
          r.testType()));
    }
    return new Doc.Table("The trail (trace.csv): every hypothesis at every step. Likelihood applied is P(E|H) when E "
        + "was observed present and 1 − P(E|H) when absent; posterior = prior × applied / Σ over the step's "
        + "hypotheses (prior × applied). Step 0: stated priors, normalised.",
        List.of("Step", "Evidence", "Hypothesis", "Observed", "Prior", "P(E|H)", "Likelihood applied", "Posterior",
            "Test type"), rows, List.of(0, 4, 5, 6, 7));
  }

  private static String observed(EvidenceItem e, Observed o, Map<String, Double> values) {
    String what = o == null ? "—" : o.name().toLowerCase(Locale.ROOT);
    if (e.observation() instanceof Observation.Query q) {
      Double v = values.get(e.id());
      // eight significant digits: enough to check by hand, and stable against summation order
      return what + " (query value " + (v == null ? "none"
          : SignificantDigits.plain(v, 8))
          + ", test " + q.test() + ")";
    }
    return what + " (stated)";
  }

  private static String readsAs(Trace t, EvidenceItem e, Integer step) {
    if (step == null) {
      return "not entered";
    }
    List<String> parts = new ArrayList<>();
    for (TrailRow r : t.trail()) {
      if (r.step() == step && !r.testType().isEmpty()) {
        parts.add(r.hypothesis() + " " + r.testType());
      }
    }
    return String.join("\n", parts);
  }

  private static Doc.Section assessment(CaseAnalysis a) {
    Assessment as = a.assessment();
    List<Doc.Block> b = new ArrayList<>();
    b.add(new Doc.Para("For each finding of the study, the verdict computed from its indicators. Each indicator "
        + "reads −1..+1 (negative = challenge, positive = opportunity, rule stated per indicator) with a coverage: a "
        + "series covers the share of " + as.firstYear() + "–" + as.lastYear() + " years with data, an observed fact "
        + Assessor.FACT_COVERAGE + ". Missing data lowers confidence and never counts toward a side. Verdict: "
        + "insufficient data below confidence " + num(a.themes().minConfidence()) + "; otherwise the side holding at "
        + "least twice the coverage-weighted score of the other, else mixed. Agreement: agree when the verdict is the "
        + "study's side; disagree when it is the other side or mixed."));
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> links = new ArrayList<>();
    for (ThemeResult t : as.themes()) {
      ThirdPartyLink l = t.link();
      rows.add(List.of(t.theme().id(), t.theme().finding(), t.theme().studyClaim().label(),
          t.dataVerdict().label() + " (" + t.dataAgreement().label() + ")",
          t.verdict().label() + " (" + t.agreement().label() + ")", t.agreementRestsOn(),
          t.dataReadings() + " / " + t.citedReadings(), fixed(t.strength()), t.trend().label(), fixed(t.confidence()),
          String.join(", ", t.evidenceIds())));
      if (l != null) {
        links.add(link(t.theme().id(), l));
      }
    }
    b.add(new Doc.Table("Themes: the study's finding beside the verdict of the data alone and the verdict with the "
        + "case's cited facts added; the agreement rests on the cited facts where they change it (assessment.csv)",
        List.of("Theme", "Study finding", "Study", "Data alone (agreement)", "With cited facts (agreement)",
            "Rests on", "Readings data / cited", "Strength", "Trend", "Confidence", "Evidence"), rows, List.of(7, 9)));
    // a table of its own: as a column of the themes table the link wrapped a word per line
    b.add(new Doc.Table("Link of each theme's indicator to the third-party series (assessment.csv third_party_*); "
        + "— where not computed", List.of("Theme", "r (lag 0)", "Years paired", "p-value", "Best lag", "r at best lag",
            "Years at best lag"), links, List.of(1, 2, 3, 4, 5, 6)));
    // a case without a third party (two actors) has no third-party series to describe
    String third = as.thirdPartyDescription() == null ? ""
        : " Third party: " + as.thirdPartyDescription() + "; known for " + years(as) + ".";
    b.add(new Doc.Para(findingsCount(as) + third + " Link: r at lag 0 over n paired years, with its two-sided permutation p-value only from "
        + ThirdPartyLink.MIN_TESTED_PAIRS + " years on (fewer yearly points, trending and autocorrelated, make a "
        + "p-value mostly noise); the best lag within ±" + a.themes().maxLag() + " years (positive = the theme's "
        + "indicator follows) is exploratory and untested."));
    List<String> segHeader = new ArrayList<>(List.of("Theme"));
    as.segments().forEach(sg -> segHeader.add(sg.label()));
    List<List<String>> segRows = new ArrayList<>();
    for (ThemeResult t : as.themes()) {
      List<String> r = new ArrayList<>(List.of(t.theme().id()));
      t.segmentScores().forEach(v -> r.add(Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%+.2f", v)));
      segRows.add(r);
    }
    List<Integer> segNumeric = new ArrayList<>();
    for (int i = 1; i <= as.segments().size(); i++) {
      segNumeric.add(i);
    }
    b.add(new Doc.Table("Mean score per segment between breakpoints (yearly values dated 2 July; — no reading)",
        segHeader, segRows, segNumeric));
    List<List<String>> ind = new ArrayList<>();
    for (ThemeResult t : as.themes()) {
      for (IndicatorResult r : t.indicators()) {
        ind.add(List.of(t.theme().id(), r.indicator().id(), kind(r.indicator()), r.reads(),
            r.indicator().description(),
            r.indicator().rule(), r.observed(), fixed(r.coverage()), fixed(r.level()), signedOrDash(r.score())));
      }
    }
    b.add(new Doc.Table("Indicators: what each read on the data or the case's cited facts (assessment_indicators.csv)",
        List.of("Theme", "Indicator", "Kind", "Reads", "Measures", "Rule", "Observed", "Coverage", "Level", "Score"),
        ind, List.of(7, 8, 9)));
    List<List<String>> notes = new ArrayList<>();
    for (ThemeResult t : as.themes()) {
      if (!t.theme().note().isEmpty()) {
        notes.add(List.of(t.theme().id(), t.theme().note()));
      }
    }
    if (!notes.isEmpty()) {
      b.add(new Doc.Table("What the data can and cannot say per theme", List.of("Theme", "Note"), notes, List.of()));
    }
    return new Doc.Section("assessment", "Challenges and opportunities: the study's findings against the data", b);
  }

  /** One row of the link table; the p-value empty (—) under the floor, the reason given under the table. */
  private static List<String> link(String theme, ThirdPartyLink l) {
    boolean lag = !Double.isNaN(l.bestLagR());
    return List.of(theme, l.defined() ? String.format(Locale.ROOT, "%+.2f", l.r()) : "—", Integer.toString(l.n()),
        l.tested() ? String.format(Locale.ROOT, "%.3f", l.p()) : "—",
        lag ? String.format(Locale.ROOT, "%+d", l.bestLag()) : "—",
        lag ? String.format(Locale.ROOT, "%+.2f", l.bestLagR()) : "—", lag ? Integer.toString(l.bestLagN()) : "—");
  }

  private static String years(Assessment as) {
    return as.thirdParty().values().isEmpty() ? "no year"
        : String.join(", ", as.thirdParty().values().keySet().stream().map(String::valueOf).toList());
  }

  private static String kind(Indicator i) {
    if (i instanceof Indicator.Evidence e) {
      return "evidence " + e.evidenceId();
    }
    return i instanceof Indicator.Link ? "link" : "series";
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String p(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String fixed(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String signedOrDash(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%+.2f", v);
  }

  private static String num(double v) {
    return Num.data(v);
  }
}
