package org.dyadscope.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyadscope.cases.Period;
import org.dyadscope.trace.Observed;
import org.junit.jupiter.api.Test;

/** The assessment rules on hand-made series over 2012–2016 (5 years), breakpoint 2014-01-01. */
class AssessorTest {
  private static final Period PERIOD = new Period(YearMonth.of(2012, 1), YearMonth.of(2016, 12));
  private static final List<Breakpoint> BREAKS = List.of(new Breakpoint(LocalDate.of(2014, 1, 1), "B"));
  private static final Map<String, String> SQL = new HashMap<>();
  private static final Map<String, Map<Integer, Double>> DATA = new HashMap<>();

  private static Indicator.Series series(String id, Side higher, double neutral, double scale, Object... yearValue) {
    Map<Integer, Double> m = new TreeMap<>();
    for (int i = 0; i < yearValue.length; i += 2) {
      m.put((Integer) yearValue[i], ((Number) yearValue[i + 1]).doubleValue());
    }
    DATA.put("q:" + id, m);
    return new Indicator.Series(id, "series " + id, "rule", "q:" + id, higher, neutral, scale, false);
  }

  private static Indicator.Evidence fact(String id, String evidence, Side present, Side absent, LocalDate date) {
    return new Indicator.Evidence(id, "fact " + id, "rule", evidence, present, absent, date);
  }

  /** Evidence ids the tests treat as the case's cited facts; the others count as query evidence. */
  private static final Set<String> CITED = Set.of("E1", "E2");

  private static final SeriesSource SOURCE = (id, sql) -> new YearSeries(id, new TreeMap<>(DATA.getOrDefault(sql, Map.of())));

  private static ThemeResult assess(Side claim, Map<String, Observed> observed, Indicator... indicators)
      throws AssessmentException {
    return assess(claim, observed, null, indicators);
  }

  private static ThemeResult assess(Side claim, Map<String, Observed> observed, String thirdSql,
      Indicator... indicators) throws AssessmentException {
    return assess(PERIOD, claim, observed, thirdSql, indicators);
  }

  private static ThemeResult assess(Period period, Side claim, Map<String, Observed> observed, String thirdSql,
      Indicator... indicators) throws AssessmentException {
    ThemesSpec spec = new ThemesSpec(null, BREAKS, "third", thirdSql, 0.25, 2, PermutationTest.defaults(),
        List.of(new ThemeSpec("T", "finding", claim, "", List.of(indicators))));
    return new Assessor(spec, period, SOURCE, observed, CITED).assess().themes().get(0);
  }

  @Test
  void theAssessmentCountsAgreementsAndTheThemesTheCitedFactsDecide() throws Exception {
    // T1: a series reading a challenge, as the study claims (data agree); T2: the series says challenge, the cited
    // fact E1 tips it to the claimed opportunity (data disagree → agree); T3: cited facts only (not enough data → agree)
    ThemeSpec t1 = new ThemeSpec("T1", "finding", Side.CHALLENGE, "", List.of(
        series("c1", Side.CHALLENGE, 0, 1, 2012, 0.5, 2013, 0.5, 2014, 0.5, 2015, 0.5, 2016, 0.5)));
    ThemeSpec t2 = new ThemeSpec("T2", "finding", Side.OPPORTUNITY, "", List.of(
        series("c2", Side.CHALLENGE, 0, 1, 2012, 0.25, 2013, 0.25, 2014, 0.25, 2015, 0.25, 2016, 0.25),
        fact("f2", "E1", Side.OPPORTUNITY, null, null)));
    ThemeSpec t3 = new ThemeSpec("T3", "finding", Side.CHALLENGE, "", List.of(
        fact("f3", "E1", Side.CHALLENGE, null, null), fact("g3", "E2", Side.CHALLENGE, null, null)));
    ThemesSpec spec = new ThemesSpec(null, BREAKS, "third", null, 0.25, 2, PermutationTest.defaults(), List.of(t1, t2, t3));
    Assessment a = new Assessor(spec, PERIOD, SOURCE, Map.of("E1", Observed.PRESENT, "E2", Observed.PRESENT), CITED)
        .assess();
    assertThat(List.of(a.dataAgreements(Agreement.AGREE), a.dataAgreements(Agreement.DISAGREE),
        a.dataAgreements(Agreement.NOT_ENOUGH_DATA), a.agreements(Agreement.AGREE), a.agreements(Agreement.DISAGREE)))
        .containsExactly(1L, 1L, 1L, 3L, 0L);
    assertThat(a.decidedByCitedFacts()).extracting(t -> t.theme().id()).containsExactly("T2", "T3");
  }

  @Test
  void higherMeansChallengeAboveNeutralIsAChallenge() throws Exception {
    // five years at 0.5 above neutral 0, scale 1: score −0.5 on every year
    ThemeResult t = assess(Side.CHALLENGE, Map.of(),
        series("a", Side.CHALLENGE, 0, 1, 2012, 0.5, 2013, 0.5, 2014, 0.5, 2015, 0.5, 2016, 0.5));
    assertThat(t.verdict()).isEqualTo(Verdict.CHALLENGE);
    assertThat(t.agreement()).isEqualTo(Agreement.AGREE);
    assertThat(t.strength()).isCloseTo(0.5, within(1e-12));
    assertThat(t.confidence()).isEqualTo(1.0);
    assertThat(t.trend()).isEqualTo(Trend.STABLE);
    assertThat(t.indicators().get(0).score()).isCloseTo(-0.5, within(1e-12));
    // the same data claimed an opportunity by the study: disagree
    assertThat(assess(Side.OPPORTUNITY, Map.of(), series("b", Side.CHALLENGE, 0, 1, 2012, 0.5, 2013, 0.5, 2014, 0.5,
        2015, 0.5, 2016, 0.5)).agreement()).isEqualTo(Agreement.DISAGREE);
  }

  @Test
  void scoreIsClampedAndBelowNeutralFlipsTheSide() throws Exception {
    // mean (−3 + −1)/2 = −2 below neutral 0, scale 0.5 → −4 clamped to −1, times sign −1 → +1
    ThemeResult t = assess(Side.OPPORTUNITY, Map.of(),
        series("a", Side.CHALLENGE, 0, 0.5, 2012, -3, 2013, -1, 2014, -2, 2015, -2, 2016, -2));
    assertThat(t.indicators().get(0).level()).isCloseTo(-2, within(1e-12));
    assertThat(t.indicators().get(0).score()).isEqualTo(1.0);
    assertThat(t.verdict()).isEqualTo(Verdict.OPPORTUNITY);
    assertThat(t.strength()).isEqualTo(1.0);
  }

  @Test
  void opposedIndicatorsOfEqualWeightAreMixed() throws Exception {
    ThemeResult t = assess(Side.CHALLENGE, Map.of("E1", Observed.PRESENT),
        series("a", Side.OPPORTUNITY, 0, 1, 2012, 0.5, 2013, 0.5, 2014, 0.5, 2015, 0.5, 2016, 0.5),
        fact("f", "E1", Side.CHALLENGE, null, null));
    // P = 1 · 0.5 (full series), N = 0.5 · 1 (a fact weighs FACT_COVERAGE): balance 0
    assertThat(t.balance()).isCloseTo(0, within(1e-12));
    assertThat(t.verdict()).isEqualTo(Verdict.MIXED);
    assertThat(t.agreement()).isEqualTo(Agreement.DISAGREE);
    assertThat(t.strength()).isCloseTo(0, within(1e-12));
  }

  @Test
  void oneSideTwiceTheOtherDominates() throws Exception {
    // P = 0.5 · 1 (fact), N = 1 · 0.25 (series −0.25 at coverage 1): balance 0.25/0.75 = 1/3 → opportunity
    ThemeResult t = assess(Side.OPPORTUNITY, Map.of("E1", Observed.PRESENT),
        series("a", Side.CHALLENGE, 0, 1, 2012, 0.25, 2013, 0.25, 2014, 0.25, 2015, 0.25, 2016, 0.25),
        fact("f", "E1", Side.OPPORTUNITY, null, null));
    assertThat(t.balance()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(t.verdict()).isEqualTo(Verdict.OPPORTUNITY);
    // strength |0.5 − 0.25| / (0.5 + 1) = 1/6
    assertThat(t.strength()).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(t.confidence()).isCloseTo(0.75, within(1e-12));
    // E1 is a cited fact: the data alone (the series, N only) say challenge, so the agreement rests on the fact
    assertThat(t.dataVerdict()).isEqualTo(Verdict.CHALLENGE);
    assertThat(t.dataAgreement()).isEqualTo(Agreement.DISAGREE);
    assertThat(t.agreement()).isEqualTo(Agreement.AGREE);
    assertThat(t.agreementRestsOn()).isEqualTo("cited facts");
    assertThat(t.dataReadings()).isEqualTo(1);
    assertThat(t.citedReadings()).isEqualTo(1);
    // the same reading from E3, an item observed by a query over the store, is data
    ThemeResult query = assess(Side.OPPORTUNITY, Map.of("E3", Observed.PRESENT),
        series("b", Side.CHALLENGE, 0, 1, 2012, 0.25, 2013, 0.25, 2014, 0.25, 2015, 0.25, 2016, 0.25),
        fact("g", "E3", Side.OPPORTUNITY, null, null));
    assertThat(query.dataVerdict()).isEqualTo(Verdict.OPPORTUNITY);
    assertThat(query.agreementRestsOn()).isEqualTo("data");
    assertThat(query.dataReadings()).isEqualTo(2);
  }

  @Test
  void aThemeReadFromCitedFactsAloneHasNoDataVerdict() throws Exception {
    ThemeResult t = assess(Side.CHALLENGE, Map.of("E1", Observed.PRESENT, "E2", Observed.PRESENT),
        fact("f", "E1", Side.CHALLENGE, null, null), fact("g", "E2", Side.CHALLENGE, null, null));
    assertThat(t.verdict()).isEqualTo(Verdict.CHALLENGE);
    assertThat(t.agreement()).isEqualTo(Agreement.AGREE);
    assertThat(t.dataVerdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(t.dataAgreement()).isEqualTo(Agreement.NOT_ENOUGH_DATA);
    assertThat(t.agreementRestsOn()).isEqualTo("cited facts");
    assertThat(t.indicators()).extracting(IndicatorResult::citedFact).containsExactly(true, true);
  }

  @Test
  void missingDataIsNeverEvidence() throws Exception {
    ThemeResult none = assess(Side.CHALLENGE, Map.of("E1", Observed.UNAVAILABLE),
        fact("f", "E1", Side.CHALLENGE, Side.OPPORTUNITY, null), series("a", Side.CHALLENGE, 0, 1));
    assertThat(none.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(none.agreement()).isEqualTo(Agreement.NOT_ENOUGH_DATA);
    assertThat(none.confidence()).isEqualTo(0.0);
    assertThat(none.strength()).isNaN();
    assertThat(none.trend()).isEqualTo(Trend.UNKNOWN);
    assertThat(none.indicators()).extracting(IndicatorResult::observed).containsExactly("unavailable", "0/5 years");
    // one year of five, alone: confidence 0.2 < 0.25 → insufficient even though it points one way
    ThemeResult thin = assess(Side.CHALLENGE, Map.of(), series("b", Side.CHALLENGE, 0, 1, 2013, 1));
    assertThat(thin.confidence()).isCloseTo(0.2, within(1e-12));
    assertThat(thin.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    // an unavailable fact next to a full series halves confidence but leaves the verdict to the series
    ThemeResult half = assess(Side.CHALLENGE, Map.of("E1", Observed.UNAVAILABLE),
        fact("f", "E1", Side.OPPORTUNITY, null, null),
        series("c", Side.CHALLENGE, 0, 1, 2012, 1, 2013, 1, 2014, 1, 2015, 1, 2016, 1));
    assertThat(half.confidence()).isCloseTo(0.5, within(1e-12));
    assertThat(half.verdict()).isEqualTo(Verdict.CHALLENGE);
    assertThat(half.strength()).isEqualTo(1.0);
  }

  @Test
  void absentFactWithoutAnAbsentSideSaysNothingButCounts() throws Exception {
    ThemeResult t = assess(Side.CHALLENGE, Map.of("E1", Observed.ABSENT),
        fact("f", "E1", Side.CHALLENGE, null, null));
    assertThat(t.indicators().get(0).score()).isEqualTo(0.0);
    // facts alone: at most half confidence
    assertThat(t.confidence()).isEqualTo(Assessor.FACT_COVERAGE);
    assertThat(t.verdict()).isEqualTo(Verdict.MIXED);
    assertThat(t.balance()).isNaN();
  }

  @Test
  void trendComparesFirstAndLastSegmentsWithData() throws Exception {
    // before 2014: scores −0.5, −0.5; from 2014: +0.5, +0.5, +0.5, and a dated fact in 2015 (+1)
    ThemeResult t = assess(Side.OPPORTUNITY, Map.of("E1", Observed.PRESENT),
        series("a", Side.OPPORTUNITY, 0, 1, 2012, -0.5, 2013, -0.5, 2014, 0.5, 2015, 0.5, 2016, 0.5),
        fact("f", "E1", Side.OPPORTUNITY, null, LocalDate.of(2015, 3, 1)));
    assertThat(t.segmentScores()).hasSize(2);
    assertThat(t.segmentScores().get(0)).isCloseTo(-0.5, within(1e-12));
    // (0.5·3 + 1)/4 = 0.625
    assertThat(t.segmentScores().get(1)).isCloseTo(0.625, within(1e-12));
    assertThat(t.trendDelta()).isCloseTo(1.125, within(1e-12));
    assertThat(t.trend()).isEqualTo(Trend.TOWARD_OPPORTUNITY);
  }

  @Test
  void segmentsSplitAtBreakpointsAndYearsSitAtTheirMiddle() {
    Period p = new Period(YearMonth.of(2012, 1), YearMonth.of(2022, 12));
    List<Segment> s = Segment.of(p, List.of(new Breakpoint(LocalDate.of(2018, 5, 8), "withdrawal"),
        new Breakpoint(LocalDate.of(2015, 7, 14), "JCPOA"), new Breakpoint(LocalDate.of(2030, 1, 1), "later")));
    assertThat(s).extracting(Segment::label).containsExactly("2012-01-01..2015-07-13",
        "2015-07-14..2018-05-07 (after JCPOA)", "2018-05-08..2022-12-31 (after withdrawal)");
    assertThat(s.get(0).contains(Segment.yearMiddle(2015))).isTrue();
    assertThat(s.get(2).contains(Segment.yearMiddle(2018))).isTrue();
  }

  @Test
  void thirdPartyLinkOverFewerThanEightYearsHasRButNoPValue() throws Exception {
    DATA.put("third", Map.of(2012, 1.0, 2013, 2.0, 2014, 3.0, 2015, 5.0, 2016, 4.0));
    ThemeResult t = assess(Side.CHALLENGE, Map.of(), "third",
        series("a", Side.CHALLENGE, 0, 10, 2012, 1, 2013, 2, 2014, 3, 2015, 4, 2016, 5));
    ThirdPartyLink l = t.link();
    assertThat(l.indicator()).isEqualTo("a");
    assertThat(l.r()).isCloseTo(0.9, within(1e-12));
    // 5 pairs: the exact test would give p = 1/12, but 5 < 8 yearly points get none
    assertThat(l.n()).isEqualTo(5);
    assertThat(l.p()).isNaN();
    assertThat(l.tested()).isFalse();
    assertThat(l.untestedReason()).isEqualTo("5 paired years, fewer than 8 for a p-value");
    // lag +1 pairs (2,1), (3,2), (4,3), (5,5): r = 6.5 / sqrt(5 · 8.75) = 0.98270
    assertThat(l.bestLag()).isEqualTo(1);
    assertThat(l.bestLagR()).isCloseTo(6.5 / Math.sqrt(43.75), within(1e-12));
    assertThat(l.bestLagN()).isEqualTo(4);
  }

  @Test
  void linkIndicatorReadsTheCorrelationOnlyWhenTestedAndDetected() throws Exception {
    Period eight = new Period(YearMonth.of(2012, 1), YearMonth.of(2019, 12));
    Map<Integer, Double> third = new TreeMap<>();
    Map<Integer, Double> x = new TreeMap<>();
    for (int y = 2012; y <= 2019; y++) {
      third.put(y, 2.0 * (y - 2011));
      x.put(y, (double) y);
    }
    DATA.put("third8", third);
    DATA.put("q:l8", x);
    // r = 1 over 8 years: of the 8! orderings only the identity and the reversal reach |r| = 1, p = 2/40320
    ThemeResult t = assess(eight, Side.CHALLENGE, Map.of(), "third8",
        new Indicator.Link("l8", "link", "rule", "q:l8", Side.CHALLENGE, 0.1));
    assertThat(t.link().p()).isCloseTo(2.0 / 40_320, within(1e-15));
    assertThat(t.link().exact()).isTrue();
    assertThat(t.indicators().get(0).score()).isCloseTo(-1, within(1e-12));
    assertThat(t.indicators().get(0).coverage()).isEqualTo(1.0);
    assertThat(t.verdict()).isEqualTo(Verdict.CHALLENGE);
    // at alpha 1e-5 the same data read 0: covered, but on neither side → mixed
    ThemeResult strict = assess(eight, Side.CHALLENGE, Map.of(), "third8",
        new Indicator.Link("l8", "link", "rule", "q:l8", Side.CHALLENGE, 1e-5));
    assertThat(strict.indicators().get(0).score()).isEqualTo(0.0);
    assertThat(strict.indicators().get(0).observed()).isEqualTo("r = 1.00 over 8 years, p = 0.000 (not detected at alpha 1.0E-5)");
    assertThat(strict.verdict()).isEqualTo(Verdict.MIXED);
    // over the 5-year period the link is not tested: no reading, so no verdict
    DATA.put("third", Map.of(2012, 1.0, 2013, 2.0, 2014, 3.0, 2015, 5.0, 2016, 4.0));
    DATA.put("q:l", Map.of(2012, 1.0, 2013, 2.0, 2014, 3.0, 2015, 4.0, 2016, 5.0));
    ThemeResult few = assess(Side.CHALLENGE, Map.of(), "third",
        new Indicator.Link("l", "link", "rule", "q:l", Side.CHALLENGE, 0.1));
    assertThat(few.indicators().get(0).hasData()).isFalse();
    assertThat(few.indicators().get(0).observed())
        .isEqualTo("r = 0.90 over 5 years, not tested: 5 paired years, fewer than 8 for a p-value");
    assertThat(few.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  void aThemeReadingAnUntracedItemIsAnError() {
    assertThatThrownBy(() -> assess(Side.CHALLENGE, Map.of(), fact("f", "E9", Side.CHALLENGE, null, null)))
        .isInstanceOf(AssessmentException.class).hasMessageContaining("evidence E9 was not traced");
  }
}
