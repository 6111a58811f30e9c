package org.dyadscope.assess;

import java.nio.file.Path;
import java.util.List;

/**
 * A case's assessment input, read from {@code themes.yaml} by {@link ThemesLoader}.
 *
 * @param file the file it was read from ({@code null} when built in code)
 * @param breakpoints dates that split the period for trends
 * @param thirdPartyDescription what the third-party series is, e.g. "RUS↔USA conflict share"
 * @param thirdPartySql a query returning (year, value) rows: the third-party dyad's series
 * @param minConfidence below this confidence a theme's verdict is insufficient data
 * @param maxLag lags explored for the third-party link, in years
 * @param permutation the permutation test of the link
 * @param themes the themes in report order
 */
public record ThemesSpec(Path file, List<Breakpoint> breakpoints, String thirdPartyDescription, String thirdPartySql,
    double minConfidence, int maxLag, PermutationTest permutation, List<ThemeSpec> themes) {
  public ThemesSpec {
    breakpoints = List.copyOf(breakpoints);
    themes = List.copyOf(themes);
  }
}
