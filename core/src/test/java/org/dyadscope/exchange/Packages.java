package org.dyadscope.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads and writes the entries of a zip, and slices texts by code points, for tests. */
final class Packages {
  private Packages() {}

  /** Every entry's bytes by name, in zip order. */
  static Map<String, byte[]> entries(Path zip) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  /** Writes {@code entries} (name to bytes) as a zip. */
  static Path write(Path zip, Map<String, byte[]> entries) throws Exception {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return zip;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Code points [start, end) of {@code text}, counted independently of {@link PlainText}. */
  static String slice(String text, int start, int end) {
    int[] cps = text.codePoints().skip(start).limit(end - start).toArray();
    return new String(cps, 0, cps.length);
  }

  /** The text of every selection of {@code project}, sliced at its positions, in project order. */
  static List<String> selectedTexts(QdpxProject project) {
    return project.sources().stream().flatMap(s -> s.selections().stream()
        .map(sel -> slice(s.text(), sel.start(), sel.end()))).toList();
  }

  /** The text of every sentence some coder coded, LF line ends, in document order. */
  static List<String> codedSentences(List<CaseDocument> docs) {
    return docs.stream().flatMap(d -> d.sentences().stream().filter(s -> !s.machine().isEmpty())
        .map(s -> PlainText.of(s.text()).lf())).toList();
  }
}
