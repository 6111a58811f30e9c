package org.dyadscope.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO event-code table: which codes exist, their descriptions and Goldstein values, and the
 * QuadClass of each root.
 *
 * <p>Source: GDELT lookups {@code CAMEO.eventcodes.txt} and {@code CAMEO.goldsteinscale.txt}
 * (gdeltproject.org/data/lookups; CAMEO codebook, Gerner, Schrodt &amp; Yilmaz 2012). Codes are
 * strings with their leading zeros: {@code 010} has root {@code 01}, never {@code 10}. The same
 * table ships in the jar ({@link #builtIn()}, {@code cameo_events.tsv}), so readers need no data root.
 */
public final class CameoTable {
  /** The built-in table's resource, next to this class. */
  public static final String BUILT_IN = "cameo_events.tsv";
  /** The header row of {@link #BUILT_IN}, after its {@code #} comment lines. */
  public static final String BUILT_IN_HEADER = "code\tname\tgoldstein\tquad_class";

  private final Map<String, String> descriptions;
  private final Map<String, Double> goldstein;

  private CameoTable(Map<String, String> descriptions, Map<String, Double> goldstein) {
    this.descriptions = descriptions;
    this.goldstein = goldstein;
  }

  /**
   * Loads the table from the two GDELT lookup files (tab-separated, one header line).
   *
   * @throws IOException when a file is missing or a line is not {@code CODE<TAB>VALUE}; the message
   *     names the file and line
   */
  public static CameoTable load(Path eventCodes, Path goldsteinScale) throws IOException {
    return of(readPairs(eventCodes), readPairs(goldsteinScale), goldsteinScale.toString());
  }

  /**
   * The table shipped in the jar: {@link #BUILT_IN}, tab-separated {@code code, name, goldstein,
   * quad_class} (Goldstein points; an empty cell is a code without one), made from the two GDELT
   * lookup files and checked against them by the tests.
   *
   * @throws UncheckedIOException when the resource is missing or malformed (a build defect)
   */
  public static CameoTable builtIn() {
    Map<String, String> desc = new HashMap<>();
    Map<String, String> gold = new HashMap<>();
    try (InputStream in = CameoTable.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IOException(BUILT_IN + " missing from the jar; rebuild it");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (header ? !line.equals(BUILT_IN_HEADER) : f.length != 4) {
          throw new IOException(BUILT_IN + ":" + n + ": expected " + (header ? "the header " : "four fields: ")
              + BUILT_IN_HEADER.replace('\t', ',') + ", got '" + line + "'");
        }
        if (!header) {
          desc.put(f[0], f[1]);
          if (!f[2].isEmpty()) {
            gold.put(f[0], f[2]);
          }
        }
        header = false;
      }
      return of(desc, gold, BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CameoTable of(Map<String, String> desc, Map<String, String> goldText, String goldFile)
      throws IOException {
    Map<String, Double> gold = new HashMap<>();
    for (Map.Entry<String, String> e : goldText.entrySet()) {
      try {
        gold.put(e.getKey(), Double.parseDouble(e.getValue()));
      } catch (NumberFormatException ex) {
        throw new IOException(goldFile + ": Goldstein value '" + e.getValue() + "' of code "
            + e.getKey() + " is not a number");
      }
    }
    return new CameoTable(Collections.unmodifiableMap(desc), Collections.unmodifiableMap(gold));
  }

  private static Map<String, String> readPairs(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": CAMEO lookup file not found; point the case's lookups at it");
    }
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine(); // header
      long n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IOException(file + ":" + n + ": expected CODE<TAB>VALUE, got '" + line + "'");
        }
        out.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
      }
    }
    return out;
  }

  /** True when {@code code} (e.g. {@code 0101}) is in the CAMEO table. */
  public boolean isKnown(String code) {
    return code != null && descriptions.containsKey(code);
  }

  /** All codes in the table (2, 3 and 4 digits). */
  public Set<String> codes() {
    return descriptions.keySet();
  }

  /** Description of a code, or null when unknown. */
  public String description(String code) {
    return descriptions.get(code);
  }

  /** Goldstein value of a code in Goldstein points (-10..+10), or null when the table has none. */
  public Double goldstein(String code) {
    return goldstein.get(code);
  }

  /** The 2-digit root of a CAMEO code ({@code "0101"} gives {@code "01"}), or null for null/short codes. */
  public static String root(String code) {
    return code == null || code.length() < 2 ? null : code.substring(0, 2);
  }

  /** The 3-digit base of a CAMEO code, or the code itself when it is a root. */
  public static String base(String code) {
    return code == null || code.length() < 3 ? code : code.substring(0, 3);
  }

  /**
   * QuadClass of a root code: 01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13
   * verbal conflict (3), 14-20 material conflict (4). Source: GDELT 1.0 event codebook, QuadClass.
   *
   * @return 1..4, or null when the root is not 01..20
   */
  public static Integer quadClass(String root) {
    if (root == null || root.length() != 2 || !Character.isDigit(root.charAt(0))
        || !Character.isDigit(root.charAt(1))) {
      return null;
    }
    int r = Integer.parseInt(root);
    if (r < 1 || r > 20) {
      return null;
    }
    return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }
}
