package org.dyadscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Rechecks a written {@code trace.csv} from its own rows, as a reader without dyadscope would:
 * at step 0 posterior = prior / Σ prior; at every later step posterior = prior ×
 * likelihood_applied / Σ over the step's rows (prior × likelihood_applied), and the applied
 * likelihood is p_e_given_h when observed present, 1 − p_e_given_h when absent.
 */
public final class TraceCsvRecheck {
  private TraceCsvRecheck() {}

  /**
   * Asserts the identities on every row of {@code file}, to {@code tolerance} (the file prints 12
   * significant digits, so 1e-9 leaves room for the rounding of prior and applied likelihood).
   *
   * @return the rows, in file order, for further assertions
   */
  public static List<CSVRecord> assertRechecks(Path file, double tolerance) throws Exception {
    List<CSVRecord> rows;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
    Map<String, List<CSVRecord>> bySteps = new LinkedHashMap<>();
    rows.forEach(r -> bySteps.computeIfAbsent(r.get("step"), k -> new ArrayList<>()).add(r));
    for (List<CSVRecord> step : bySteps.values()) {
      boolean priors = step.get(0).get("step").equals("0");
      double sum = 0;
      for (CSVRecord r : step) {
        sum += weight(r, priors);
      }
      for (CSVRecord r : step) {
        assertThat(Double.parseDouble(r.get("posterior"))).as("posterior of %s at step %s", r.get("hypothesis"),
            r.get("step")).isCloseTo(weight(r, priors) / sum, within(tolerance));
        if (!priors) {
          double stated = Double.parseDouble(r.get("p_e_given_h"));
          double applied = Double.parseDouble(r.get("likelihood_applied"));
          assertThat(applied).as("likelihood applied at step %s, observed %s", r.get("step"), r.get("observed"))
              .isCloseTo(r.get("observed").startsWith("present") ? stated : 1 - stated, within(tolerance));
        }
      }
    }
    return rows;
  }

  private static double weight(CSVRecord r, boolean priors) {
    double prior = Double.parseDouble(r.get("prior"));
    return priors ? prior : prior * Double.parseDouble(r.get("likelihood_applied"));
  }
}
