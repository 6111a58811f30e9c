package org.dyadscope.cases;

/**
 * A series frequency of a case ({@code frequencies:} in {@code case.yaml}) and how its periods are
 * labelled: {@code month} periods are {@code YYYY-MM}, {@code year} periods are {@code YYYY}. Labels
 * sort chronologically as strings.
 */
public enum Frequency {
  MONTH("month", "%Y-%m"),
  YEAR("year", "%Y");

  private final String id;
  private final String strftime;

  Frequency(String id, String strftime) {
    this.id = id;
    this.strftime = strftime;
  }

  /** The case-file name of the frequency: {@code month} or {@code year}. */
  public String id() {
    return id;
  }

  /** DuckDB {@code strftime} pattern that turns a DATE into this frequency's period label. */
  public String strftime() {
    return strftime;
  }

  /**
   * The frequency named in a case file, written exactly ({@code Month} is refused).
   *
   * @throws IllegalArgumentException for a name other than {@code month} or {@code year}
   */
  public static Frequency of(String id) {
    for (Frequency f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown frequency '" + id + "'; use month or year");
  }
}
