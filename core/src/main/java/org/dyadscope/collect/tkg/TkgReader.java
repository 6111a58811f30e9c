package org.dyadscope.collect.tkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.LoadSink;

/**
 * Reader for the ICEWS-derived temporal-knowledge-graph sets (format id {@code tkg}): ICEWS14s,
 * ICEWS18 (RE-Net / RE-GCN zips), ICEWS05-15 (RE-GCN ids or Garcia-Duran names), ICEWS21 and
 * ICEWS22 (zrLLM). Each quadruple becomes one event.
 *
 * <p>Input: one split file ({@code train.txt}, {@code valid.txt}, {@code test.txt}, or a named
 * file such as {@code icews_2005-2015_valid.txt}) or a {@code .zip} holding the splits. For a zip
 * the members {@code train.txt}, {@code valid.txt}, {@code test.txt} are read in that order,
 * streaming, wherever they sit in the zip; other members ({@code stat.txt}, {@code e-w-graph.txt},
 * {@code word2id.txt}, scripts) are ignored. Id-coded sets take {@code entity2id.txt} and
 * {@code relation2id.txt} from the same zip or folder.
 *
 * <p>Mapping: {@code event_id} = {@code <split file or member>:<line>}; {@code event_date} from
 * the {@link TkgLayout}; actor code and name = the entity name with underscores as spaces;
 * actor country from the {@link EntityResolver} (null when unresolved); {@code event_code} = the
 * relation's CAMEO code ({@link CameoNames}), base and root derived, QuadClass from the root;
 * Goldstein from the {@link CameoTable} (GDELT's scale), or from {@code cameo-codes.csv} for the
 * few ICEWS codes GDELT lacks; tone, mentions and URL null; {@code schema_flag} {@code tkg-ids} or
 * {@code tkg-names}; {@code file} = the label passed in, or {@code <zip label>!<member>} for a
 * zip member, with line numbers counted per member.
 *
 * <p>Quarantined: a wrong field count, an id missing from the dictionaries, a time that gives no
 * date, a relation with no CAMEO code ("relation '...' has no CAMEO code"). For zip members the
 * reason starts with the member label.
 *
 * <p>Counts over all files read are in {@link #stats()}.
 */
public final class TkgReader implements SourceReader {
  /** Format id in case files and the provenance table. */
  public static final String FORMAT = "tkg";
  /** Split members read from a zip, in this order. */
  public static final List<String> SPLITS = List.of("train.txt", "valid.txt", "test.txt");
  static final String ENTITIES = "entity2id.txt";
  static final String RELATIONS = "relation2id.txt";

  private final TkgLayout layout;
  private final CameoTable cameo;
  private final CameoNames cameoNames;
  private final EntityResolver resolver;
  private final Object statsLock = new Object();
  private TkgStats stats = new TkgStats();

  /**
   * @param layout naming and time layout of the set (see {@link TkgLayout#fromOptions})
   * @param cameo CAMEO table, for Goldstein values by code
   * @param cameoNames relation name → CAMEO code
   * @param resolver entity name → country
   */
  public TkgReader(TkgLayout layout, CameoTable cameo, CameoNames cameoNames, EntityResolver resolver) {
    if (layout == null || cameo == null || cameoNames == null || resolver == null) {
      throw new IllegalArgumentException("TkgReader needs a layout, a CAMEO table, CAMEO names and an entity resolver");
    }
    this.layout = layout;
    this.cameo = cameo;
    this.cameoNames = cameoNames;
    this.resolver = resolver;
  }

  /**
   * A reader for a case file's {@code tkg} source: its {@code options} map gives the layout.
   *
   * @param options the source's options ({@code naming}, {@code time_unit}, {@code epoch},
   *     {@code first_step}; see {@link TkgLayout#fromOptions})
   * @throws IllegalArgumentException naming the option that is missing or malformed
   */
  public static TkgReader fromOptions(Map<String, String> options, CameoTable cameo, CameoNames cameoNames,
      EntityResolver resolver) {
    return new TkgReader(TkgLayout.fromOptions(options), cameo, cameoNames, resolver);
  }

  @Override
  public String format() {
    return FORMAT;
  }

  /** The layout this reader was built with. */
  public TkgLayout layout() {
    return layout;
  }

  @Override
  public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
    long start = System.nanoTime();
    TkgStats local = new TkgStats();
    long rows = isZip(file) ? readZip(file, source, fileLabel, sink, local)
        : readPlain(file, source, fileLabel, sink, local);
    local.millis = (System.nanoTime() - start) / 1_000_000;
    synchronized (statsLock) {
      stats.add(local);
    }
    return rows;
  }

  private static boolean isZip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  private long readPlain(Path file, String source, String fileLabel, LoadSink sink, TkgStats local)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": TKG split file not found");
    }
    TkgRows rows = rows(ids(file.toAbsolutePath().getParent(), fileLabel, ENTITIES),
        ids(file.toAbsolutePath().getParent(), fileLabel, RELATIONS));
    try (BufferedReader in = reader(Files.newInputStream(file))) {
      return rows.read(in, source, fileLabel, file.getFileName().toString(), false, sink, local);
    }
  }

  private IdTable ids(Path dir, String fileLabel, String name) throws IOException {
    if (layout.naming() != TkgLayout.Naming.IDS) {
      return null;
    }
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IOException(fileLabel + ": id-coded TKG split needs " + name + " in the same folder ("
          + p + " not found); or set the source option naming: names");
    }
    try (BufferedReader in = reader(Files.newInputStream(p))) {
      return IdTable.read(in, sibling(fileLabel, name));
    }
  }

  private long readZip(Path file, String source, String fileLabel, LoadSink sink, TkgStats local)
      throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Map<String, ZipEntry> members = members(zip);
      List<String> splits = new ArrayList<>();
      for (String s : SPLITS) {
        if (members.containsKey(s)) {
          splits.add(s);
        }
      }
      if (splits.isEmpty()) {
        throw new IOException(fileLabel + ": zip holds none of " + SPLITS + "; not a TKG set");
      }
      TkgRows rows = rows(zipIds(zip, members, fileLabel, ENTITIES), zipIds(zip, members, fileLabel, RELATIONS));
      long total = 0;
      for (String s : splits) {
        String memberLabel = fileLabel + "!" + members.get(s).getName();
        try (BufferedReader in = reader(zip.getInputStream(members.get(s)))) {
          total += rows.read(in, source, memberLabel, s, true, sink, local);
        }
      }
      return total;
    }
  }

  /** Zip members by base name; directories and macOS resource forks skipped. */
  private static Map<String, ZipEntry> members(ZipFile zip) {
    Map<String, ZipEntry> out = new HashMap<>();
    Enumeration<? extends ZipEntry> en = zip.entries();
    while (en.hasMoreElements()) {
      ZipEntry e = en.nextElement();
      String name = e.getName();
      if (e.isDirectory() || name.startsWith("__MACOSX/")) {
        continue;
      }
      out.putIfAbsent(name.substring(name.lastIndexOf('/') + 1), e);
    }
    return out;
  }

  private IdTable zipIds(ZipFile zip, Map<String, ZipEntry> members, String fileLabel, String name)
      throws IOException {
    if (layout.naming() != TkgLayout.Naming.IDS) {
      return null;
    }
    ZipEntry e = members.get(name);
    if (e == null) {
      throw new IOException(fileLabel + ": id-coded TKG zip has no " + name + " member;"
          + " or set the source option naming: names");
    }
    try (BufferedReader in = reader(zip.getInputStream(e))) {
      return IdTable.read(in, fileLabel + "!" + e.getName());
    }
  }

  private TkgRows rows(IdTable entities, IdTable relations) {
    return new TkgRows(layout, cameo, cameoNames, resolver, entities, relations);
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
        1 << 16);
  }

  /** {@code dir/train.txt} + {@code entity2id.txt} gives {@code dir/entity2id.txt}. */
  private static String sibling(String label, String name) {
    int slash = label.lastIndexOf('/');
    return slash < 0 ? name : label.substring(0, slash + 1) + name;
  }

  /** A copy of the counts over every file read since construction or {@link #resetStats()}. */
  public TkgStats stats() {
    synchronized (statsLock) {
      return stats.copy();
    }
  }

  /** Clears the counts. */
  public void resetStats() {
    synchronized (statsLock) {
      stats = new TkgStats();
    }
  }
}
