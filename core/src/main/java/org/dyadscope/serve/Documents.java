package org.dyadscope.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable identity of a document and a sentence across re-runs, as reviews key them: the
 * document's file name (the last segment of {@code documents.file}, e.g. {@code RUS_72_2017.txt},
 * as the gold set writes it; {@code NAME:LINE} for a file holding several documents, such as a title
 * index) and the sentence number, checked by the SHA-256 of the sentence text.
 */
final class Documents {
  /** CTE {@code docs}: every document with its {@code doc_file}. */
  static final String DOCS = "WITH docs AS (SELECT d.*, regexp_extract(d.file, '[^/]+$')"
      + " || CASE WHEN count(*) OVER (PARTITION BY d.file) > 1 THEN ':' || d.line ELSE '' END AS doc_file"
      + " FROM documents d) ";

  private Documents() {}

  /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
