package org.dyadscope.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Compares the outputs of two run folders — every {@code *.csv} under them and
 * {@code report/report.json} — and lists each difference as one line: the file, then the row
 * (1 = first data row) and column of a CSV cell, or the JSON path of a value, with both values.
 * A file whose rows are the same in another order is one line (row order is not defined for every
 * file). {@code bench/compare-outputs.sh OLD_OUT NEW_OUT} runs {@link #main} from the command line.
 */
public final class OutputComparison {
  /** Differences listed per file before the rest of the file is summed up in one line. */
  static final int PER_FILE = 20;

  private OutputComparison() {}

  /** Exit 0 when the two run folders' outputs are identical, 1 when not (differences on stdout), 2 on bad usage. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !Files.isDirectory(Path.of(args[0])) || !Files.isDirectory(Path.of(args[1]))) {
      System.err.println("usage: compare-outputs.sh OLD_OUT NEW_OUT (two run output folders, e.g. out/russia-iran-2012-2022)");
      System.exit(2);
    }
    List<String> diff = differences(Path.of(args[0]), Path.of(args[1]));
    diff.forEach(System.out::println);
    System.out.println(diff.isEmpty() ? "identical" : diff.size() + " difference lines");
    System.exit(diff.isEmpty() ? 0 : 1);
  }

  /**
   * The differences between the outputs of run folders {@code old} and {@code fresh}, one line
   * each, files in path order; empty when every CSV and report.json is identical.
   */
  public static List<String> differences(Path old, Path fresh) throws IOException {
    TreeSet<String> files = new TreeSet<>(outputs(old));
    files.addAll(outputs(fresh));
    List<String> out = new ArrayList<>();
    for (String f : files) {
      Path a = old.resolve(f);
      Path b = fresh.resolve(f);
      if (!Files.exists(a) || !Files.exists(b)) {
        out.add(f + ": only in " + (Files.exists(a) ? old : fresh));
      } else if (Files.mismatch(a, b) != -1) {
        List<String> d = f.endsWith(".json") ? json(a, b) : csv(a, b);
        if (d.size() > PER_FILE) {
          int more = d.size() - PER_FILE;
          d = new ArrayList<>(d.subList(0, PER_FILE));
          d.add("... and " + more + " more differences");
        }
        d.forEach(line -> out.add(f + ": " + line));
      }
    }
    return out;
  }

  /** Relative paths of the CSV files and report.json under {@code dir}. */
  private static List<String> outputs(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".csv") || p.equals("report/report.json")).toList();
    }
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.parse(r).getRecords();
    }
  }

  private static List<String> csv(Path a, Path b) throws IOException {
    List<CSVRecord> ra = records(a);
    List<CSVRecord> rb = records(b);
    if (sortedRows(ra).equals(sortedRows(rb))) {
      return List.of("the same " + (ra.size() - 1) + " rows in another order");
    }
    List<String> header = ra.isEmpty() ? List.of() : ra.get(0).toList();
    List<String> d = new ArrayList<>();
    if (!rb.isEmpty() && !header.equals(rb.get(0).toList())) {
      d.add("header " + header + " -> " + rb.get(0).toList());
    }
    for (int row = 1; row < Math.min(ra.size(), rb.size()); row++) {
      List<String> x = ra.get(row).toList();
      List<String> y = rb.get(row).toList();
      for (int col = 0; col < Math.max(x.size(), y.size()); col++) {
        String vx = col < x.size() ? x.get(col) : null;
        String vy = col < y.size() ? y.get(col) : null;
        if (!Objects.equals(vx, vy)) {
          String name = col < header.size() ? header.get(col) : "#" + (col + 1);
          d.add("row " + row + ", column " + name + ": " + quote(vx) + " -> " + quote(vy));
        }
      }
    }
    if (ra.size() != rb.size()) {
      d.add((ra.size() - 1) + " rows -> " + (rb.size() - 1) + " rows");
    }
    return d;
  }

  private static List<String> sortedRows(List<CSVRecord> rows) {
    return rows.stream().map(r -> String.join("\u0000", r.toList())).sorted().toList();
  }

  private static List<String> json(Path a, Path b) throws IOException {
    ObjectMapper m = new ObjectMapper();
    Map<String, String> x = new TreeMap<>();
    Map<String, String> y = new TreeMap<>();
    flatten("$", m.readTree(a.toFile()), x);
    flatten("$", m.readTree(b.toFile()), y);
    TreeSet<String> paths = new TreeSet<>(x.keySet());
    paths.addAll(y.keySet());
    List<String> d = new ArrayList<>();
    for (String p : paths) {
      if (!Objects.equals(x.get(p), y.get(p))) {
        d.add(p + ": " + quote(x.get(p)) + " -> " + quote(y.get(p)));
      }
    }
    return d;
  }

  /** Every leaf value of {@code node} under its path ({@code $.sources[0].events}). */
  private static void flatten(String path, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(path + "." + e.getKey(), e.getValue(), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), into);
      }
    } else {
      into.put(path, node.toString());
    }
  }

  private static String quote(String v) {
    return v == null ? "(none)" : "'" + v + "'";
  }
}
