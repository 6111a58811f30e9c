package org.dyadscope.collect.tkg;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CAMEO event names to CAMEO codes, for sources that write the event type in words: the relation
 * column of the ICEWS-derived TKG sets ("Make a visit", "Make_statement") and ICEWS "Event Text".
 *
 * <p>Source: {@code cameo-codes.csv} from andybega/icews (the CAMEO codebook's event names, one
 * row per code; Windows-1252, R-quoted, {@code NA} for missing), columns {@code name},
 * {@code code}, {@code goldstein}. Matching ignores case, accents, underscores and punctuation, so
 * the underscore spelling of ICEWS05-15 and ICEWS14s matches. Two further rules come from the file:
 *
 * <ul>
 *   <li>Several roots share their name with their 3-digit base ("Consult" is both {@code 04} and
 *       {@code 040}; "Threaten" is {@code 13} and {@code 130}). ICEWS codes events at the base or
 *       finer level, so the longer code wins.
 *   <li>A name whose parenthetical is dropped ("Appeal for diplomatic cooperation" for "... (such as
 *       policy support)") still matches when exactly one code has that shortened name.
 * </ul>
 *
 * A name that matches nothing gives null: the code is never guessed.
 */
public final class CameoNames {
  /** Encoding of the published {@code cameo-codes.csv}. */
  public static final Charset CSV_CHARSET = Charset.forName("windows-1252");

  private final Map<String, String> codeByName;
  private final Map<String, String> codeByShortName;
  private final Map<String, String> nameByCode;
  private final Map<String, Double> goldsteinByCode;

  private CameoNames(Map<String, String> codeByName, Map<String, String> codeByShortName,
      Map<String, String> nameByCode, Map<String, Double> goldsteinByCode) {
    this.codeByName = codeByName;
    this.codeByShortName = codeByShortName;
    this.nameByCode = nameByCode;
    this.goldsteinByCode = goldsteinByCode;
  }

  /**
   * Reads {@code cameo-codes.csv}.
   *
   * @throws IOException when the file is missing, lacks a {@code name} or {@code code} column, or
   *     has a non-numeric Goldstein value; the message names the file and record
   */
  public static CameoNames load(Path csv) throws IOException {
    if (!Files.isRegularFile(csv)) {
      throw new IOException(csv + ": CAMEO names file not found; point the case's lookups.cameo_names at it");
    }
    Map<String, String> byName = new HashMap<>();
    Map<String, String> byShort = new HashMap<>();
    Set<String> ambiguousShort = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    Map<String, Double> gold = new HashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true).build(); // R writes an unnamed row-name column first
    try (Reader in = Files.newBufferedReader(csv, CSV_CHARSET);
        CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderMap().containsKey("name") || !parser.getHeaderMap().containsKey("code")) {
        throw new IOException(csv + ": expected columns 'name' and 'code', got " + parser.getHeaderNames());
      }
      boolean hasGold = parser.getHeaderMap().containsKey("goldstein");
      for (CSVRecord r : parser) {
        String name = r.get("name");
        String code = r.get("code");
        if (missing(name) || missing(code)) {
          continue;
        }
        code = code.trim();
        names.put(code, name.trim());
        if (hasGold && !missing(r.get("goldstein"))) {
          try {
            gold.put(code, Double.parseDouble(r.get("goldstein").trim()));
          } catch (NumberFormatException ex) {
            throw new IOException(csv + ": record " + r.getRecordNumber() + ": Goldstein value '"
                + r.get("goldstein") + "' of code " + code + " is not a number");
          }
        }
        putPreferLonger(byName, key(name), code);
        String shortKey = key(name.replaceAll("\\([^)]*\\)", " "));
        String prior = byShort.get(shortKey);
        if (prior != null && !prior.startsWith(code) && !code.startsWith(prior)) {
          ambiguousShort.add(shortKey); // two unrelated codes share the shortened name
        }
        putPreferLonger(byShort, shortKey, code);
      }
    }
    ambiguousShort.forEach(byShort::remove);
    return new CameoNames(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(byShort),
        Collections.unmodifiableMap(names), Collections.unmodifiableMap(gold));
  }

  private static boolean missing(String v) {
    return v == null || v.isBlank() || "NA".equals(v.trim());
  }

  private static void putPreferLonger(Map<String, String> map, String key, String code) {
    map.merge(key, code, (old, neu) -> neu.length() > old.length() ? neu : old);
  }

  /** Matching key: accents, case, underscores and punctuation removed, single spaces. */
  static String key(String text) {
    return NameKey.of(text);
  }

  /**
   * The CAMEO code of an event name, e.g. {@code "Make a visit"} gives {@code "042"},
   * {@code "Make_statement"} gives {@code "010"}.
   *
   * @return the code with its leading zeros, or null when the name matches no code
   */
  public String code(String eventName) {
    if (eventName == null) {
      return null;
    }
    String k = key(eventName);
    String c = codeByName.get(k);
    if (c == null) {
      c = codeByShortName.get(key(eventName.replaceAll("\\([^)]*\\)", " ")));
    }
    return c;
  }

  /** The codebook name of a code (e.g. {@code "042"} gives "Make a visit"), or null. */
  public String name(String code) {
    return nameByCode.get(code);
  }

  /** Goldstein value of a code in this file (-10..+10), or null when it has none. */
  public Double goldstein(String code) {
    return goldsteinByCode.get(code);
  }

  /** Number of distinct codes read. */
  public int size() {
    return nameByCode.size();
  }
}
