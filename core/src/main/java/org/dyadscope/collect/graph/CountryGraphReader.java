package org.dyadscope.collect.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.CountryGraphRow;
import org.dyadscope.store.LoadSink;

/**
 * Reads the GDELT daily country graph (format id {@code country-graph}; gzemo/gdelt-graph-data,
 * GPL-3.0, derived from GDELT 2.0): one zip per day, {@code networks/YYYYMMDD_network.zip}, holding
 * {@code YYYYMMDD_network.npy}, a symmetric 249 × 249 float64 matrix whose row and column order is
 * that of the rows of {@code country_codes_clean.csv} (tab-separated, column {@code Alpha3_code}) in
 * the zip's folder or the folder above it.
 *
 * <p>A cell is a <b>derived weight</b>, not a count: per the set's README and {@code builder.py}, for
 * every GDELT 2.0 event of the day (by DATEADDED) whose Actor1Code and Actor2Code are both a bare
 * ISO-3 country code, Goldstein + sign × (0.025 × NumSources + 0.01 × NumArticles) + 0.01 × AvgTone
 * (sign of the Goldstein score, or of the tone when it is 0) is added to cell [a, b] and [b, a].
 * Events cannot be recovered from it, so it goes to its own table, {@code country_graph_daily},
 * never to {@code events}.
 *
 * <p>Only the pairs of the countries named by option {@code countries} (e.g. {@code RUS,IRN,USA,CHN})
 * are read: a data row is one such unordered pair of one day, stored once as (A, B) with A before B.
 * A pair whose two cells differ (the matrix is not symmetric there) is quarantined. A zip that is
 * not one {@code .npy} entry with a safe name (no folder, no {@code ..}, no absolute path) of at
 * most {@link #MAX_ENTRY_BYTES}, or whose array is not such a matrix, is one quarantined row naming
 * why; the day's date comes from the entry's name.
 */
public final class CountryGraphReader implements SourceReader {
  /** Format id recorded in provenance. */
  public static final String FORMAT = "country-graph";
  /** The option naming the countries whose pairs are read. */
  public static final String COUNTRIES_OPTION = "countries";
  /** The country index file the set ships beside its {@code networks/} folder. */
  public static final String INDEX_FILE = "country_codes_clean.csv";
  /** A 249 × 249 float64 array is 496,008 bytes plus its header; anything much larger is no such matrix. */
  static final long MAX_ENTRY_BYTES = 1 << 20;
  private static final Pattern ENTRY = Pattern.compile("(\\d{8})_network\\.npy");

  private final List<String> countries;

  /**
   * @param countries the option's value: ISO-3 codes separated by commas
   * @throws IllegalArgumentException when it names fewer than two codes or a code is not 3 letters
   */
  public CountryGraphReader(String countries) {
    if (countries == null) {
      throw new IllegalArgumentException("format " + FORMAT + " needs the countries whose pairs to read,"
          + " e.g. options: {countries: \"RUS,IRN,USA,CHN\"}");
    }
    Set<String> codes = new TreeSet<>();
    for (String c : countries.split(",")) {
      String code = c.strip().toUpperCase();
      if (!code.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("option countries: '" + c.strip() + "' is not an ISO-3 code");
      }
      codes.add(code);
    }
    if (codes.size() < 2) {
      throw new IllegalArgumentException("option countries names " + codes.size() + " country; a pair needs two");
    }
    this.countries = List.copyOf(codes);
  }

  /**
   * Whether {@code file} looks like one day of the set: a zip named {@code YYYYMMDD_network.zip} whose
   * first entry is {@code YYYYMMDD_network.npy} (the content is checked when it is read).
   *
   * @throws IOException when the file cannot be read
   */
  public static boolean isDailyMatrixZip(Path file) throws IOException {
    if (!file.getFileName().toString().matches("\\d{8}_network\\.zip")) {
      return false;
    }
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry e = z.getNextEntry();
      return e != null && ENTRY.matcher(e.getName()).matches();
    } catch (java.util.zip.ZipException notAZip) {
      return false;
    }
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
    Map<String, Integer> index = index(file);
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < countries.size(); a++) {
      for (int b = a + 1; b < countries.size(); b++) {
        Integer ia = index.get(countries.get(a));
        Integer ib = index.get(countries.get(b));
        if (ia == null || ib == null) {
          throw new IOException(file.getParent().resolve(INDEX_FILE) + ": no country "
              + (ia == null ? countries.get(a) : countries.get(b)) + "; remove it from option countries");
        }
        pairs.add(new int[] {a, b, ia, ib});
      }
    }
    String problem;
    InputStream raw = Files.newInputStream(file); // a file that cannot be opened fails the load
    try (ZipInputStream z = new ZipInputStream(raw)) {
      ZipEntry e = z.getNextEntry();
      problem = entryProblem(e);
      if (problem == null) {
        Matcher m = ENTRY.matcher(e.getName());
        LocalDate day = m.matches() ? day(m.group(1)) : null;
        if (day == null) {
          problem = "zip entry '" + e.getName() + "' is not named YYYYMMDD_network.npy with a valid date";
        } else {
          NpyMatrix matrix = NpyMatrix.read(new Bounded(z, MAX_ENTRY_BYTES), index.size(), index.size());
          if (z.getNextEntry() != null) {
            problem = "zip holds more than one entry; expected one YYYYMMDD_network.npy";
          } else {
            String member = fileLabel + "!" + e.getName();
            for (int[] p : pairs) {
              double ab = matrix.get(p[2], p[3]);
              double ba = matrix.get(p[3], p[2]);
              String a = countries.get(p[0]);
              String b = countries.get(p[1]);
              if (ab != ba || !Double.isFinite(ab)) {
                sink.quarantine(p[2] + 1L, a + "-" + b + " cell " + ab + " but " + b + "-" + a + " cell " + ba
                    + ": the graph is undirected, the two must be equal and finite", member);
              } else {
                sink.countryGraph(new CountryGraphRow(source, day, a, b, ab, member, p[2] + 1L));
              }
            }
            return pairs.size();
          }
        }
      }
    } catch (IOException e) {
      problem = e.getMessage(); // a damaged zip or array: this day's matrix is left out, the others load
    }
    sink.quarantine(1, problem, fileLabel);
    return 1;
  }

  /** Why a zip entry is not one safe .npy file, or null when it is. */
  private static String entryProblem(ZipEntry e) {
    if (e == null) {
      return "zip holds no entry; expected one YYYYMMDD_network.npy";
    }
    String n = e.getName();
    if (e.isDirectory() || n.startsWith("/") || n.contains("\\") || n.contains("/") || n.contains("..")
        || n.contains(":")) {
      return "zip entry '" + n + "' is a folder or names a path; expected a bare YYYYMMDD_network.npy";
    }
    if (e.getSize() > MAX_ENTRY_BYTES) {
      return "zip entry '" + n + "' of " + e.getSize() + " bytes, more than " + MAX_ENTRY_BYTES;
    }
    return null;
  }

  private static LocalDate day(String yyyymmdd) {
    try {
      return LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** ISO-3 code → matrix index, from the index file of the zip's folder or the folder above. */
  private final Map<Path, Map<String, Integer>> indexes = new HashMap<>();

  private synchronized Map<String, Integer> index(Path zip) throws IOException {
    Path dir = zip.toAbsolutePath().getParent();
    Path f = dir.resolve(INDEX_FILE);
    if (!Files.isRegularFile(f) && dir.getParent() != null) {
      f = dir.getParent().resolve(INDEX_FILE);
    }
    if (!Files.isRegularFile(f)) {
      throw new IOException(zip + ": no " + INDEX_FILE + " beside it or in the folder above; the matrix's country"
          + " order comes from it");
    }
    Map<String, Integer> known = indexes.get(f);
    if (known != null) {
      return known;
    }
    Map<String, Integer> codes = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      int col = header == null ? -1 : List.of(header.split("\t", -1)).indexOf("Alpha3_code");
      if (col < 0) {
        throw new IOException(f + ":1: no column Alpha3_code in the header row");
      }
      String line;
      int row = 0;
      long number = 1;
      while ((line = r.readLine()) != null) {
        number++;
        String[] fields = line.split("\t", -1);
        String code = fields.length > col ? fields[col].strip() : "";
        if (!code.matches("[A-Z]{3}")) {
          throw new IOException(f + ":" + number + ": Alpha3_code '" + code + "' is not an ISO-3 code");
        }
        if (codes.putIfAbsent(code, row++) != null) {
          throw new IOException(f + ":" + number + ": country " + code + " listed twice");
        }
      }
    }
    indexes.put(f, Map.copyOf(codes));
    return indexes.get(f);
  }

  /** At most {@code limit} bytes of a stream: a zip entry larger than its stated size fails here. */
  private static final class Bounded extends java.io.FilterInputStream {
    private long left;

    Bounded(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        throw new IOException("zip entry larger than " + MAX_ENTRY_BYTES + " bytes");
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException("zip entry larger than " + MAX_ENTRY_BYTES + " bytes");
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
