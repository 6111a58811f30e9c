package org.dyadscope.collect.unga;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.IdealPointRow;
import org.dyadscope.store.LoadSink;

/**
 * Reads the UNGA ideal-point estimates of Bailey, Strezhnev &amp; Voeten (2017, J. Conflict
 * Resolution 61(2); Harvard Dataverse doi:10.7910/DVN/LEJUQZ), file
 * {@code IdealpointestimatesAll_<date>.csv}: one row per state and UNGA session.
 *
 * <p>The file is an R {@code write.csv} export in Windows-1252 (e.g. "Côte d’Ivoire" uses byte
 * 0x92): a leading unnamed row-index column, quoted strings, unquoted {@code NA} for missing
 * values. Columns are bound by header name; the ones used are {@code ccode} (Correlates of War
 * code), {@code session}, {@code NVotesAll}, {@code IdealPointAll}, {@code iso3c} and
 * {@code Countryname}. The quantile columns are not kept. {@code year = session + 1945}.
 *
 * <p>The ISO-3 code is {@code iso3c}; when it is missing the country name is looked up in
 * {@link Countries}. One known error of the June 2022 file is corrected: COW 680 (Yemen People's
 * Republic, South Yemen) is labelled {@code YAR}, the label of COW 678 (Yemen Arab Republic), which
 * would give two YAR rows in sessions 22-44; it is loaded as {@code YMD} (ISO 3166-3, Democratic
 * Yemen). A row is quarantined when it has the wrong number of fields, no session, a non-numeric
 * ideal point, or no resolvable country.
 */
public final class IdealPointReader implements SourceReader {
  /** Format id recorded in provenance. */
  public static final String FORMAT = "unga-idealpoints";

  /** UNGA session n opened in year n + 1945 (session 1 = 1946). */
  public static final int SESSION_YEAR_OFFSET = 1945;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final List<String> REQUIRED =
      List.of("ccode", "session", "NVotesAll", "IdealPointAll", "iso3c", "Countryname");
  /** COW country codes whose {@code iso3c} label in the file is wrong (see class comment). */
  private static final Map<Integer, String> ISO3_BY_COW_CORRECTION = Map.of(680, "YMD");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern DECIMAL =
      Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private final Countries countries;

  /** A reader that resolves missing {@code iso3c} values with {@link Countries#standard()}. */
  public IdealPointReader() {
    this(Countries.standard());
  }

  /** A reader that resolves missing {@code iso3c} values with the given table. */
  public IdealPointReader(Countries countries) {
    this.countries = countries;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IOException also when a required column is missing from the header or the CSV quoting
   *     is broken beyond one row (an unterminated quote)
   */
  @Override
  public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true) // R's row-index column has an empty name
        .get();
    try (BufferedReader in = new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), WINDOWS_1252));
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new IOException(file + ": not a UNGA ideal-point file: header lacks " + missing
            + " (found " + header + ")");
      }
      return readRows(parser, file, fileLabel, sink);
    }
  }

  private long readRows(CSVParser parser, Path file, String fileLabel, LoadSink sink)
      throws IOException {
    int width = parser.getHeaderNames().size();
    Iterator<CSVRecord> records = parser.iterator();
    long rows = 0;
    while (true) {
      // the record starts on the line after the last one consumed; read before hasNext() parses it
      long line = parser.getCurrentLineNumber() + 1;
      CSVRecord r;
      try {
        if (!records.hasNext()) {
          break;
        }
        r = records.next();
      } catch (UncheckedIOException e) {
        throw new IOException(file + ":" + line + ": broken CSV quoting: " + e.getMessage(), e);
      }
      rows++;
      if (r.size() != width) {
        sink.quarantine(line, r.size() + " fields, expected " + width + " as in the header", raw(r));
        continue;
      }
      String problem = load(r, fileLabel, line, sink);
      if (problem != null) {
        sink.quarantine(line, problem, raw(r));
      }
    }
    return rows;
  }

  /** Hands a row to the sink; returns why it cannot be loaded instead, or null when loaded. */
  private String load(CSVRecord r, String fileLabel, long line, LoadSink sink) {
    String session = value(r, "session");
    if (session == null || !INTEGER.matcher(session).matches() || Integer.parseInt(session) < 1) {
      return "session '" + r.get("session") + "' is not a session number (1 = 1946)";
    }
    String ideal = value(r, "IdealPointAll");
    if (ideal == null || !DECIMAL.matcher(ideal).matches()) {
      return "IdealPointAll '" + r.get("IdealPointAll") + "' is not a number";
    }
    String ccodeText = value(r, "ccode");
    if (ccodeText != null && !INTEGER.matcher(ccodeText).matches()) {
      return "ccode '" + ccodeText + "' is not a COW country code";
    }
    String votes = value(r, "NVotesAll");
    if (votes != null && !INTEGER.matcher(votes).matches()) {
      return "NVotesAll '" + votes + "' is not a whole number of votes";
    }
    Integer ccode = ccodeText == null ? null : Integer.valueOf(ccodeText);
    String iso3 = iso3(ccode, value(r, "iso3c"), value(r, "Countryname"));
    if (iso3 == null) {
      return "no iso3c and Countryname '" + r.get("Countryname")
          + "' is not a known country; add it to country_aliases.tsv";
    }
    int s = Integer.parseInt(session);
    sink.idealPoint(new IdealPointRow(iso3, ccode, s, s + SESSION_YEAR_OFFSET,
        Double.parseDouble(ideal), votes == null ? null : Integer.valueOf(votes), fileLabel, line));
    return null;
  }

  private String iso3(Integer ccode, String iso3c, String name) {
    if (ccode != null && ISO3_BY_COW_CORRECTION.containsKey(ccode)) {
      return ISO3_BY_COW_CORRECTION.get(ccode);
    }
    return iso3c != null ? iso3c : countries.iso3(name);
  }

  /** The trimmed value of a column, or null for empty and R's {@code NA}. */
  private static String value(CSVRecord r, String column) {
    String v = r.get(column).trim();
    return v.isEmpty() || v.equals("NA") ? null : v;
  }

  private static String raw(CSVRecord r) {
    return CSVFormat.DEFAULT.format((Object[]) r.values());
  }
}
