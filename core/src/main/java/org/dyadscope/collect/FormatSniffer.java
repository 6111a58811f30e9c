package org.dyadscope.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.dyadscope.collect.tkg.TkgReader;

/**
 * Guesses a file's reader format for {@code dyadscope ingest} when {@code --format} is not given,
 * from its name and first line. TKG sets are never guessed: their time unit must be declared.
 */
public final class FormatSniffer {
  private FormatSniffer() {}

  /**
   * @return a format id ({@code gdelt}, {@code icews-tab}, {@code sipri}, {@code unga-idealpoints},
   *     {@code ungd}), or null when the file gives no clear sign
   */
  public static String guess(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.matches("[A-Z]{3}_\\d+_\\d{4}\\.txt")) {
      return "ungd";
    }
    String first = firstLine(file);
    if (first == null) {
      return null;
    }
    if (first.startsWith("Event ID\t")) {
      return "icews-tab";
    }
    if (first.startsWith("Transfers of major conventional arms")) {
      return "sipri";
    }
    if (first.contains("IdealPointAll")) {
      return "unga-idealpoints";
    }
    if (delimitedHeader(first, GDELT_ID_COLUMN) != 0) {
      return "gdelt";
    }
    int fields = first.split("\t", -1).length;
    if ((fields == 57 || fields == 58 || fields == 61) && first.matches("^\\d+\t\\d{8}\t.*")) {
      return "gdelt";
    }
    return null;
  }

  /** The first column of a GDELT event table's header row. */
  public static final String GDELT_ID_COLUMN = "GLOBALEVENTID";

  /** Delimiters a header row is tried with, most common first. */
  private static final String DELIMITERS = ",\t;|";

  /**
   * The delimiter of a header row whose first column is {@code firstColumn}, quoted or not (R's
   * {@code write.csv} quotes names: {@code "GLOBALEVENTID","SQLDATE",...}), recognised from the
   * content: the first of comma, tab, semicolon and bar that directly follows the first column.
   *
   * @return the delimiter, or 0 when {@code line} is no such header row
   */
  public static char delimitedHeader(String line, String firstColumn) {
    String s = line.replace("\uFEFF", "");
    String quoted = "\"" + firstColumn + "\"";
    int after = s.startsWith(quoted) ? quoted.length() : s.startsWith(firstColumn) ? firstColumn.length() : -1;
    if (after < 0 || after >= s.length()) {
      return 0;
    }
    char c = s.charAt(after);
    return DELIMITERS.indexOf(c) >= 0 ? c : 0;
  }

  /**
   * Whether the file is a temporal-knowledge-graph split ({@code subject relation object time},
   * tab-separated: four integer ids, or three names and an ISO date), or a zip holding such splits
   * ({@code train.txt}, {@code valid.txt}, {@code test.txt}). Its layout (time unit, epoch) is not
   * in the rows: {@code dyadscope init} fills it in, {@code ingest} needs it stated.
   */
  public static boolean isTkg(Path file) throws IOException {
    List<String> rows = tkgRows(file, 1);
    if (rows.isEmpty()) {
      return false;
    }
    String[] f = rows.get(0).split("\t", -1);
    return f.length == 4 && (String.join("\t", f).matches("\\d+\t\\d+\t\\d+\t\\d+")
        || (f[3].matches("\\d{4}-\\d{2}-\\d{2}") && !f[0].isBlank() && !f[1].matches("\\d+")));
  }

  /** Whether the file is a JSON title index: an array of objects with a title {@code t} and a date {@code d}. */
  public static boolean isTitleIndex(Path file) throws IOException {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return false;
    }
    String first = firstLine(file);
    return first != null && first.matches("^\\s*\\[\\s*\\{\\s*\"t\"\\s*:.*") && first.contains("\"d\"");
  }

  /**
   * The first {@code limit} non-blank lines of a TKG split, or of the first split member
   * ({@code train.txt}, {@code valid.txt}, {@code test.txt}, in that order) of a zip.
   */
  public static List<String> tkgRows(Path file, int limit) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (String split : TkgReader.SPLITS) {
          ZipEntry e = zip.stream().filter(x -> x.getName().equals(split) || x.getName().endsWith("/" + split))
              .findFirst().orElse(null);
          if (e != null) {
            try (InputStream in = zip.getInputStream(e)) {
              return lines(in, limit);
            }
          }
        }
        return List.of();
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return lines(in, limit);
    }
  }

  private static List<String> lines(InputStream in, int limit) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    String line;
    while (out.size() < limit && (line = r.readLine()) != null) {
      if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  private static String firstLine(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = raw;
      if (file.getFileName().toString().toLowerCase().endsWith(".zip")) {
        ZipInputStream z = new ZipInputStream(raw);
        ZipEntry e = z.getNextEntry();
        if (e == null) {
          return null;
        }
        in = z;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = r.readLine();
      return line == null ? null : line.replace("\uFEFF", "");
    }
  }
}
