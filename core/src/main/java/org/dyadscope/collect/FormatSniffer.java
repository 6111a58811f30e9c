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
    int fields = first.split("\t", -1).length;
    if ((fields == 57 || fields == 58 || fields == 61) && first.matches("^\\d+\t\\d{8}\t.*")) {
      return "gdelt";
    }
    return null;
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
