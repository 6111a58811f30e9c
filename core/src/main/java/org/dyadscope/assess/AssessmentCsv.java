package org.dyadscope.assess;

import static org.dyadscope.store.ResultTables.row;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dyadscope.cases.Period;
import org.dyadscope.format.SignificantDigits;
import org.dyadscope.store.ResultTables;
import org.dyadscope.store.Store;
import org.dyadscope.store.TableCsv;
import org.dyadscope.store.TableView;

/**
 * The assess stage's tables ({@code assessment}, {@code assessment_indicators}) and the CSV files
 * read from them (RFC 4180, UTF-8, {@code \n}; empty cell = not computed; numbers to 6 significant
 * digits):
 *
 * <ul>
 *   <li>{@code assessment.csv}: {@code theme,study_claim,verdict,agreement,verdict_data,agreement_data,
 *       agreement_rests_on,readings_data,readings_cited,strength,trend,confidence,third_party_r,
 *       third_party_n,third_party_p,third_party_p_note,evidence_ids} — one row per theme;
 *       {@code verdict}/{@code agreement} from every indicator, {@code verdict_data}/{@code
 *       agreement_data} from the data indicators alone (the case's cited facts left out),
 *       {@code agreement_rests_on} {@code data} or {@code cited facts} ({@link
 *       ThemeResult#agreementRestsOn}), {@code readings_*} the indicators with a reading of each
 *       kind; r, n and p at lag 0, p empty with the reason in {@code third_party_p_note} when n
 *       is below {@link ThirdPartyLink#MIN_TESTED_PAIRS}; evidence ids joined by {@code ;}.</li>
 *   <li>{@code assessment_indicators.csv}: {@code theme,indicator,kind,reads,observed,coverage,level,score}
 *       — what each indicator read ({@code reads}: {@code data} or {@code cited fact}), so every
 *       verdict can be checked line by line.</li>
 * </ul>
 */
public final class AssessmentCsv {
  /** Header of {@code assessment.csv} (the columns of table {@code assessment}). */
  public static final String[] HEADER = {"theme", "study_claim", "verdict", "agreement", "verdict_data",
      "agreement_data", "agreement_rests_on", "readings_data", "readings_cited", "strength", "trend", "confidence",
      "third_party_r", "third_party_n", "third_party_p", "third_party_p_note", "evidence_ids"};
  /** Header of {@code assessment_indicators.csv} (the columns of table {@code assessment_indicators}). */
  public static final String[] INDICATOR_HEADER = {"theme", "indicator", "kind", "reads", "observed", "coverage",
      "level", "score"};

  private static final int DIGITS = 6;

  private AssessmentCsv() {}

  /** The columns of {@code assessment} the report reads beyond {@link #HEADER}. */
  private static final List<String> DETAIL = List.of("balance", "trend_delta", "third_party_indicator",
      "third_party_exact", "third_party_best_lag", "third_party_best_lag_r", "third_party_best_lag_n");
  /** Every column of {@code assessment}: {@link #HEADER}, then {@link #DETAIL}. */
  private static final List<String> COLUMNS = Stream.concat(Stream.of(HEADER), DETAIL.stream()).toList();

  /**
   * Replaces the tables {@code assessment} (one row per theme), {@code assessment_indicators} (one
   * row per indicator of each theme), {@code assessment_segments} (each theme's mean score per
   * segment) and {@code assessment_third_party} (the third-party series) with {@code assessment}'s
   * results, in case order; a NaN (not computed) is stored as null.
   *
   * @param assessment the assessment, or null to empty the tables (no themes.yaml, no trace)
   * @throws SQLException when the store cannot be written
   */
  public static void store(Store store, Assessment assessment) throws SQLException {
    List<List<Object>> themes = new ArrayList<>();
    List<List<Object>> indicators = new ArrayList<>();
    List<List<Object>> segments = new ArrayList<>();
    List<List<Object>> thirdParty = new ArrayList<>();
    for (ThemeResult t : assessment == null ? List.<ThemeResult>of() : assessment.themes()) {
      ThirdPartyLink l = t.link();
      List<Object> cells = new ArrayList<>(row(t.theme().id(), t.theme().studyClaim().label(), t.verdict().label(),
          t.agreement().label(), t.dataVerdict().label(), t.dataAgreement().label(), t.agreementRestsOn(),
          t.dataReadings(), t.citedReadings(), t.strength(), t.trend().label(), t.confidence(),
          l == null ? null : l.r(), l == null ? null : l.n(), l == null ? null : l.p(),
          l == null || l.untestedReason().isEmpty() ? null : l.untestedReason(), String.join(";", t.evidenceIds())));
      cells.addAll(row(t.balance(), t.trendDelta(), l == null ? null : l.indicator(), l == null ? null : l.exact(),
          l == null ? null : l.bestLag(), l == null ? null : l.bestLagR(), l == null ? null : l.bestLagN()));
      themes.add(cells);
      for (IndicatorResult r : t.indicators()) {
        indicators.add(row(t.theme().id(), r.indicator().id(), kind(r.indicator()), r.reads(), r.observed(),
            r.coverage(), r.level(), r.score()));
      }
      for (int i = 0; i < t.segmentScores().size(); i++) {
        segments.add(row(t.theme().id(), assessment.segments().get(i).label(), t.segmentScores().get(i)));
      }
    }
    if (assessment != null) {
      assessment.thirdParty().values().forEach((year, value) -> thirdParty.add(row(year, value)));
    }
    ResultTables.replace(store, "assessment", COLUMNS, themes);
    ResultTables.replace(store, "assessment_indicators", List.of(INDICATOR_HEADER), indicators);
    ResultTables.replace(store, "assessment_segments", List.of("theme", "segment", "score"), segments);
    ResultTables.replace(store, "assessment_third_party", List.of("year", "value"), thirdParty);
  }

  /**
   * Writes {@code assessment.csv} and {@code assessment_indicators.csv} into {@code dir} from the
   * store's tables.
   *
   * @throws SQLException when the tables are missing (the assess stage has not run)
   */
  public static void write(Store store, Path dir) throws SQLException, IOException {
    for (TableView t : List.of(
        ResultTables.view(store, "assessment.csv", "assessment", List.of(HEADER), null, "seq"),
        ResultTables.view(store, "assessment_indicators.csv", "assessment_indicators", List.of(INDICATOR_HEADER),
            null, "seq"))) {
      TableCsv.write(t, dir, TableCsv.doubles(AssessmentCsv::number));
    }
  }

  /**
   * The assessment the assess stage stored ({@link #store}), rebuilt from its tables with the texts
   * of {@code themes} (findings, indicator descriptions and rules) and {@code period}'s segments.
   *
   * @param themes the case's themes.yaml the stored assessment was made from
   * @return the assessment, or null when the tables are empty (no themes.yaml, or no trace)
   * @throws SQLException when a table is missing (the assess stage has not run)
   * @throws IllegalStateException when a stored theme or indicator is not in {@code themes}
   *     (themes.yaml changed since the assess stage ran: run from assess)
   */
  public static Assessment read(Store store, ThemesSpec themes, Period period) throws SQLException {
    List<List<Object>> rows = ResultTables.rows(store, "assessment", COLUMNS, null, "seq");
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, List<Double>> segmentScores = new LinkedHashMap<>();
    for (List<Object> r : ResultTables.rows(store, "assessment_segments", List.of("theme", "score"), null, "seq")) {
      segmentScores.computeIfAbsent((String) r.get(0), k -> new ArrayList<>()).add(cell(r.get(1)));
    }
    Map<String, List<IndicatorResult>> readings = new LinkedHashMap<>();
    for (List<Object> r : ResultTables.rows(store, "assessment_indicators", List.of(INDICATOR_HEADER), null, "seq")) {
      String theme = (String) r.get(0);
      Indicator indicator = themeSpec(themes, theme).indicators().stream()
          .filter(i -> i.id().equals(r.get(1))).findFirst()
          .orElseThrow(() -> stale(themes, "indicator " + r.get(1) + " of theme " + theme));
      readings.computeIfAbsent(theme, k -> new ArrayList<>()).add(new IndicatorResult(theme, indicator,
          cell(r.get(5)), cell(r.get(6)), cell(r.get(7)), (String) r.get(4), "cited fact".equals(r.get(3))));
    }
    List<ThemeResult> results = new ArrayList<>();
    for (List<Object> r : rows) {
      ThemeSpec t = themeSpec(themes, (String) r.get(0));
      ThirdPartyLink link = r.get(19) == null ? null : new ThirdPartyLink((String) r.get(19), cell(r.get(12)),
          cell(r.get(14)), ((Number) r.get(13)).intValue(), (Boolean) r.get(20), ((Number) r.get(21)).intValue(),
          cell(r.get(22)), ((Number) r.get(23)).intValue());
      String ids = (String) r.get(16);
      results.add(new ThemeResult(t, byLabel(Verdict.values(), Verdict::label, r.get(2)),
          byLabel(Agreement.values(), Agreement::label, r.get(3)), cell(r.get(9)), cell(r.get(17)),
          byLabel(Trend.values(), Trend::label, r.get(10)), cell(r.get(18)),
          segmentScores.getOrDefault(t.id(), List.of()), cell(r.get(11)), link,
          ids.isEmpty() ? List.of() : List.of(ids.split(";")), readings.getOrDefault(t.id(), List.of()),
          byLabel(Verdict.values(), Verdict::label, r.get(4)), byLabel(Agreement.values(), Agreement::label, r.get(5))));
    }
    SortedMap<Integer, Double> third = new TreeMap<>();
    for (List<Object> r : ResultTables.rows(store, "assessment_third_party", List.of("year", "value"), null, "seq")) {
      third.put(((Number) r.get(0)).intValue(), cell(r.get(1)));
    }
    return new Assessment(Segment.of(period, themes.breakpoints()), period.start().getYear(),
        period.end().getYear(), themes.thirdPartyDescription(), new YearSeries("third_party", third), results);
  }

  private static ThemeSpec themeSpec(ThemesSpec themes, String id) {
    return themes.themes().stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> stale(themes, "theme " + id));
  }

  private static IllegalStateException stale(ThemesSpec themes, String what) {
    return new IllegalStateException("the stored assessment has " + what + ", which " + themes.file()
        + " no longer defines; run from assess");
  }

  private static <E> E byLabel(E[] values, Function<E, String> label, Object text) {
    for (E v : values) {
      if (label.apply(v).equals(text)) {
        return v;
      }
    }
    throw new IllegalStateException("the store's assessment holds an unknown label '" + text + "'; run from assess");
  }

  /** A stored DOUBLE cell; null (not computed) is NaN. */
  private static double cell(Object cell) {
    return cell == null ? Double.NaN : ((Number) cell).doubleValue();
  }

  /** {@code series}, {@code link} or {@code evidence E7}. */
  static String kind(Indicator i) {
    if (i instanceof Indicator.Evidence e) {
      return "evidence " + e.evidenceId();
    }
    return i instanceof Indicator.Link ? "link" : "series";
  }

  /** A plain decimal with up to 6 significant digits; empty for NaN. */
  static String number(double x) {
    return SignificantDigits.plain(x, DIGITS);
  }
}
