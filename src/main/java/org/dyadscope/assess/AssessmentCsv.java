package org.dyadscope.assess;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyadscope.format.SignificantDigits;

/**
 * Writes the assessment as CSV (RFC 4180, UTF-8, {@code \n}; empty cell = not computed):
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
  /** Header of {@code assessment.csv}. */
  public static final String[] HEADER = {"theme", "study_claim", "verdict", "agreement", "verdict_data",
      "agreement_data", "agreement_rests_on", "readings_data", "readings_cited", "strength", "trend", "confidence",
      "third_party_r", "third_party_n", "third_party_p", "third_party_p_note", "evidence_ids"};
  /** Header of {@code assessment_indicators.csv}. */
  public static final String[] INDICATOR_HEADER = {"theme", "indicator", "kind", "reads", "observed", "coverage",
      "level", "score"};

  private static final int DIGITS = 6;

  private AssessmentCsv() {}

  /** Writes {@code assessment.csv} and {@code assessment_indicators.csv} into {@code dir}. */
  public static void write(Assessment a, Path dir) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("assessment.csv"), StandardCharsets.UTF_8)) {
      writeThemes(a, w);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("assessment_indicators.csv"), StandardCharsets.UTF_8)) {
      writeIndicators(a, w);
    }
  }

  /** The theme rows; the caller closes {@code out}. */
  public static void writeThemes(Assessment a, Appendable out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').get());
    for (ThemeResult t : a.themes()) {
      ThirdPartyLink l = t.link();
      p.printRecord(t.theme().id(), t.theme().studyClaim().label(), t.verdict().label(), t.agreement().label(),
          t.dataVerdict().label(), t.dataAgreement().label(), t.agreementRestsOn(), t.dataReadings(),
          t.citedReadings(), number(t.strength()), t.trend().label(), number(t.confidence()),
          l == null ? "" : number(l.r()), l == null ? "" : l.n(), l == null ? "" : number(l.p()),
          l == null ? "" : l.untestedReason(), String.join(";", t.evidenceIds()));
    }
    p.flush();
  }

  /** The indicator rows; the caller closes {@code out}. */
  public static void writeIndicators(Assessment a, Appendable out) throws IOException {
    CSVPrinter p = new CSVPrinter(out,
        CSVFormat.RFC4180.builder().setHeader(INDICATOR_HEADER).setRecordSeparator('\n').get());
    for (ThemeResult t : a.themes()) {
      for (IndicatorResult r : t.indicators()) {
        p.printRecord(t.theme().id(), r.indicator().id(),
            kind(r.indicator()), r.reads(),
            r.observed(), number(r.coverage()), number(r.level()), number(r.score()));
      }
    }
    p.flush();
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
