package org.dyadscope.trace;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyadscope.format.SignificantDigits;

/**
 * Writes a trace's audit trail as {@code trace.csv}: header
 * {@code step,evidence_id,hypothesis,observed,prior,p_e_given_h,likelihood_applied,posterior,test_type},
 * one row per hypothesis per step, step 0 holding the priors (prior as stated, posterior
 * normalised, the other fields empty). {@code observed} is what the step observed
 * ({@link Entry#observedAs}: present, absent, and for a dependency group how it was entered and
 * what each member was observed as); {@code p_e_given_h} is P(E|H) as the case states it and
 * {@code likelihood_applied} the factor the update used (P(E|H) when present, 1 − P(E|H) when
 * absent), so every row rechecks from the file alone: posterior = prior × likelihood_applied /
 * Σ over the step's rows (prior × likelihood_applied); at step 0 posterior = prior / Σ prior.
 * Numbers are plain decimals with up to 12 significant digits. RFC 4180 quoting, UTF-8,
 * {@code \n} line ends: R, pandas and DuckDB read it as is.
 */
public final class TraceCsv {
  /** The header, in column order. */
  public static final String[] HEADER = {"step", "evidence_id", "hypothesis", "observed", "prior", "p_e_given_h",
      "likelihood_applied", "posterior", "test_type"};

  private static final int DIGITS = 12;

  private TraceCsv() {}

  /** Writes the trail to {@code file}, replacing it. */
  public static void write(Trace trace, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(trace, w);
    }
  }

  /** Writes the trail to {@code out}; the caller closes it. */
  public static void write(Trace trace, Appendable out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').get();
    CSVPrinter printer = new CSVPrinter(out, format);
    for (TrailRow r : trace.trail()) {
      printer.printRecord(r.step(), r.evidenceId(), r.hypothesis(), r.observedAs(), number(r.prior()),
          number(r.pEgivenH()), number(r.likelihoodApplied()), number(r.posterior()), r.testType());
    }
    printer.flush();
  }

  /** A plain decimal with up to 12 significant digits; empty for NaN. */
  static String number(double x) {
    return SignificantDigits.plain(x, DIGITS);
  }
}
