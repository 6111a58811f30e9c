package org.dyadscope.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
