package org.dyadscope.assess;

import static org.dyadscope.store.ResultTables.row;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Replaces the tables {@code assessment} (one row per theme) and {@code assessment_indicators}
   * (one row per indicator of each theme) with {@code themes} (an assessment's, in case order); a
   * NaN (not computed) is stored as null.
   *
   * @throws SQLException when the store cannot be written
   */
  public static void store(Store store, List<ThemeResult> themeResults) throws SQLException {
    List<List<Object>> themes = new ArrayList<>();
    List<List<Object>> indicators = new ArrayList<>();
    for (ThemeResult t : themeResults) {
      ThirdPartyLink l = t.link();
      themes.add(row(t.theme().id(), t.theme().studyClaim().label(), t.verdict().label(), t.agreement().label(),
          t.dataVerdict().label(), t.dataAgreement().label(), t.agreementRestsOn(), t.dataReadings(),
          t.citedReadings(), t.strength(), t.trend().label(), t.confidence(),
          l == null ? null : l.r(), l == null ? null : l.n(), l == null ? null : l.p(),
          l == null || l.untestedReason().isEmpty() ? null : l.untestedReason(), String.join(";", t.evidenceIds())));
      for (IndicatorResult r : t.indicators()) {
        indicators.add(row(t.theme().id(), r.indicator().id(), kind(r.indicator()), r.reads(), r.observed(),
            r.coverage(), r.level(), r.score()));
      }
    }
    ResultTables.replace(store, "assessment", List.of(HEADER), themes);
    ResultTables.replace(store, "assessment_indicators", List.of(INDICATOR_HEADER), indicators);
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
