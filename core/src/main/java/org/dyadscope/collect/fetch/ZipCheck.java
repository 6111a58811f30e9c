package org.dyadscope.collect.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a downloaded archive to its end (so every entry's CRC is checked) and names its members.
 * GDELT zips hold one member whose name is the real file name ({@code 20191024143000.export.CSV});
 * the member name is read from the archive, never derived from the zip's own name.
 */
final class ZipCheck {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  /** The verdict: {@code outcome} is null when the archive is sound. */
  record Result(Outcome outcome, String detail, List<String> members) {}

  private ZipCheck() {}

  static Result check(Path zip) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(zip)) {
      head = in.readNBytes(64);
    }
    if (head.length < 4 || !Arrays.equals(Arrays.copyOf(head, 4), ZIP_MAGIC)) {
      String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
      boolean html = text.regionMatches(true, 0, "<!doctype html", 0, 14) || text.regionMatches(true, 0, "<html", 0, 5);
      return new Result(Outcome.NOT_A_ZIP, (html ? "an HTML page" : "not a zip archive")
          + " (starts with '" + printable(text) + "')", List.of());
    }
    List<String> members = new ArrayList<>();
    byte[] buf = new byte[1 << 16];
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        if (!e.isDirectory()) {
          members.add(e.getName());
        }
        while (z.read(buf) >= 0) {
          // reading to the end of the entry makes ZipInputStream check its CRC
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      return new Result(Outcome.CORRUPT_ZIP, "corrupt zip: " + e.getMessage(), members);
    }
    if (members.isEmpty()) {
      return new Result(Outcome.CORRUPT_ZIP, "zip archive holds no file", members);
    }
    return new Result(null, null, members);
  }

  private static String printable(String s) {
    String cut = s.length() > 20 ? s.substring(0, 20) : s;
    return cut.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
