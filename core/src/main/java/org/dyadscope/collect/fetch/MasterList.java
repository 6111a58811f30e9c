package org.dyadscope.collect.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GDELT's lists of published files, parsed.
 *
 * <p>GDELT 2.0: {@code http://data.gdeltproject.org/gdeltv2/masterfilelist.txt}, one file a line,
 * {@code SIZE MD5 URL} separated by single spaces. GDELT 1.0 events: {@code events/md5sums}
 * ({@code MD5  NAME}, md5sum's format) and {@code events/filesizes} ({@code SIZE NAME}), joined by
 * name. A URL listed twice (the 2.0 list has such repeats) is kept once; {@link #repeats()} counts
 * the extra lines. A line that does not parse is kept in {@link #badLines()}, never silently
 * dropped.
 */
public final class MasterList {
  private final Map<String, RemoteFile> byName;
  private final int repeats;
  private final List<String> badLines;

  private MasterList(Map<String, RemoteFile> byName, int repeats, List<String> badLines) {
    this.byName = byName;
    this.repeats = repeats;
    this.badLines = badLines;
  }

  /** Parses a GDELT 2.0 {@code masterfilelist.txt}. */
  public static MasterList parseV2(InputStream in) throws IOException {
    Map<String, RemoteFile> files = new LinkedHashMap<>();
    List<String> bad = new ArrayList<>();
    int repeats = 0;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.strip().split(" +");
      if (f.length != 3 || !f[0].matches("\\d+") || !f[1].matches("[0-9a-fA-F]{32}") || !f[2].contains("/")) {
        bad.add(no + ": " + line);
        continue;
      }
      RemoteFile file = new RemoteFile(f[2], RemoteFile.nameOf(f[2]), Long.parseLong(f[0]),
          f[1].toLowerCase(Locale.ROOT));
      if (files.putIfAbsent(file.name(), file) != null) {
        repeats++;
      }
    }
    return new MasterList(files, repeats, List.copyOf(bad));
  }

  /**
   * Joins GDELT 1.0's {@code md5sums} and {@code filesizes} into one list; files are fetched from
   * {@code baseUrl + "/" + name}. A name in only one of the two lists keeps -1 / null for the other.
   */
  public static MasterList parseV1(InputStream md5sums, InputStream filesizes, String baseUrl)
      throws IOException {
    Map<String, String> md5 = new LinkedHashMap<>();
    Map<String, Long> size = new HashMap<>();
    List<String> bad = new ArrayList<>();
    int repeats = 0;
    for (String[] f : pairs(md5sums, "md5sums", bad)) {
      if (!f[0].matches("[0-9a-fA-F]{32}")) {
        bad.add("md5sums: " + String.join(" ", f));
      } else if (md5.putIfAbsent(f[1], f[0].toLowerCase(Locale.ROOT)) != null) {
        repeats++;
      }
    }
    for (String[] f : pairs(filesizes, "filesizes", bad)) {
      if (!f[0].matches("\\d+")) {
        bad.add("filesizes: " + String.join(" ", f));
      } else {
        size.putIfAbsent(f[1], Long.parseLong(f[0]));
        md5.putIfAbsent(f[1], null);
      }
    }
    Map<String, RemoteFile> files = new LinkedHashMap<>();
    md5.forEach((name, sum) -> files.put(name,
        new RemoteFile(baseUrl + "/" + name, name, size.getOrDefault(name, -1L), sum)));
    return new MasterList(files, repeats, List.copyOf(bad));
  }

  private static List<String[]> pairs(InputStream in, String what, List<String> bad) throws IOException {
    List<String[]> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.strip().split("\\s+");
      if (f.length != 2) {
        bad.add(what + " " + no + ": " + line);
      } else {
        out.add(new String[] {f[0], f[1].startsWith("*") ? f[1].substring(1) : f[1]});
      }
    }
    return out;
  }

  /** The listed file of this name, or null. */
  public RemoteFile get(String name) {
    return byName.get(name);
  }

  /** Number of distinct files listed. */
  public int size() {
    return byName.size();
  }

  /** Lines that repeated an already listed file (dropped). */
  public int repeats() {
    return repeats;
  }

  /** Lines that did not parse, with their line number. */
  public List<String> badLines() {
    return badLines;
  }
}
