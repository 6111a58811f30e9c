package org.dyadscope.collect.gdelt;

import java.util.Arrays;

/** Builds GDELT export rows field by field for small test inputs (61, 58 or 57 fields); the spark module's tests use it too. */
public final class GdeltRows {
  private final String[] f = new String[61];

  private GdeltRows() {
    Arrays.fill(f, "");
  }

  /** A 61-field GDELT 2.0 row: event 1, 2019-10-24, RUS -> IRN, CAMEO 036, reported 2019-10-24 14:30. */
  public static GdeltRows v2() {
    GdeltRows r = new GdeltRows();
    r.set(0, "1").set(1, "20191024").set(2, "201910").set(3, "2019").set(4, "2019.8110");
    r.set(5, "RUSGOV").set(6, "RUSSIA").set(7, "RUS").set(12, "GOV");
    r.set(15, "IRN").set(16, "IRAN").set(17, "IRN");
    r.set(25, "1").set(26, "036").set(27, "036").set(28, "03").set(29, "1").set(30, "4.0");
    r.set(31, "2").set(32, "1").set(33, "2").set(34, "-1.5");
    r.set(35, "4").set(36, "Moscow, Moskva, Russia").set(37, "RS").set(40, "55.75").set(41, "37.6").set(42, "-2960561");
    r.set(51, "4").set(52, "Tehran, Tehran, Iran").set(53, "IR").set(56, "35.7").set(57, "51.4").set(58, "10074674");
    r.set(59, "20191024143000").set(60, "https://example.org/a");
    return r;
  }

  public GdeltRows set(int i, String v) {
    f[i] = v;
    return this;
  }

  public String get(int i) {
    return f[i];
  }

  /** The 61-field line. */
  public String line61() {
    return String.join("\t", f);
  }

  /**
   * The GDELT 1.0 form of the row: the three ADM2Code fields (39, 47, 55) dropped, DATEADDED cut to
   * yyyyMMdd; with SOURCEURL 58 fields (daily files), without 57 (historical backfiles).
   */
  public String line1(boolean withUrl) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 59; i++) {
      if (i == 39 || i == 47 || i == 55) {
        continue;
      }
      b.append(f[i]).append('\t');
    }
    b.append(f[59], 0, Math.min(8, f[59].length()));
    if (withUrl) {
      b.append('\t').append(f[60]);
    }
    return b.toString();
  }
}
