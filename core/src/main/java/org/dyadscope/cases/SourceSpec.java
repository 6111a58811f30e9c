package org.dyadscope.cases;

import java.util.List;
import java.util.Map;

/**
 * One data source of a case.
 *
 * @param name dataset name that rows are tagged with and series are grouped by, e.g. {@code gdelt2}
 * @param format reader format, a name registered in {@code collect.SourceFormats}
 * @param files glob patterns relative to the data root, e.g. {@code gdelt/v2_export/*.CSV}
 * @param options reader options (for {@code tkg}: {@code time_unit}, {@code epoch}, {@code first_step},
 *     {@code naming}; each format declares the keys it reads, {@code collect.SourceFormat.optionKeys},
 *     and the case loader refuses any other); empty when none
 * @param description what the source is and its caveats, shown in the report; may be null
 */
public record SourceSpec(
    String name, String format, List<String> files, Map<String, String> options, String description) {
  public SourceSpec {
    files = files == null ? List.of() : List.copyOf(files);
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** A source without a description (e.g. one named on the {@code ingest} command line). */
  public SourceSpec(String name, String format, List<String> files, Map<String, String> options) {
    this(name, format, files, options, null);
  }

  /** An option's value, or {@code fallback} when the case does not set it. */
  public String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }
}
