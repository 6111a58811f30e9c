package org.dyadscope.code.gold;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyadscope.code.lexicon.Sector;

/**
 * Reads gold-set files: a coder's labels ({@code coder1.tsv}: {@code file, sentence_no, move,
 * desecuritizing, sector, threat_source}, tab-separated, with that header) and the sample
 * ({@code sample.tsv}, see {@link SampleRow}).
 */
public final class GoldFile {
  private static final List<String> COLUMNS =
      List.of("file", "sentence_no", "move", "desecuritizing", "sector", "threat_source");

  /** The header line of a gold file ({@code gold/gold.tsv}): its columns, tab-separated. */
  public static final String HEADER = String.join("\t", COLUMNS);

  private GoldFile() {}

  /**
   * Reads a coder's labels.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line when the header lacks a column or a
   *     row holds a bad value (move and desecuritizing are 0 or 1; sector is one of the five or
   *     empty)
   */
  public static List<GoldLabel> readLabels(Path file) throws IOException {
    List<GoldLabel> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        throw new IllegalArgumentException(file + ": empty; expected the header "
            + String.join("\\t", COLUMNS));
      }
      Map<String, Integer> col = new HashMap<>();
      String[] h = header.replace("\uFEFF", "").split("\t", -1);
      for (int i = 0; i < h.length; i++) {
        col.put(h[i].trim().toLowerCase(Locale.ROOT), i);
      }
      for (String c : COLUMNS) {
        if (!col.containsKey(c)) {
          throw new IllegalArgumentException(file + ":1: header lacks column '" + c
              + "'; expected " + String.join(",", COLUMNS) + " (tab-separated)");
        }
      }
      String line;
      int no = 1;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        try {
          String sector = get(f, col, "sector").toLowerCase(Locale.ROOT);
          if (!sector.isEmpty()) {
            Sector.parse(sector);
          }
          out.add(new GoldLabel(get(f, col, "file"), Integer.parseInt(get(f, col, "sentence_no")),
              bool(get(f, col, "move")), bool(get(f, col, "desecuritizing")), sector,
              get(f, col, "threat_source").toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + no + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  /** Reads {@code sample.tsv}. */
  public static List<SampleRow> readSample(Path file) throws IOException {
    List<SampleRow> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        try {
          out.add(SampleRow.parse(lines.get(i)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  private static String get(String[] f, Map<String, Integer> col, String name) {
    int i = col.get(name);
    return i < f.length ? f[i].trim() : "";
  }

  private static boolean bool(String v) {
    return switch (v) {
      case "1", "true", "yes" -> true;
      case "0", "false", "no", "" -> false;
      default -> throw new IllegalArgumentException("expected 0 or 1, found '" + v + "'");
    };
  }
}
