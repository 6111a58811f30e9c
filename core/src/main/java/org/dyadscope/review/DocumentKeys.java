package org.dyadscope.review;

/**
 * The review key of a document ({@code doc_file}), the one rule of serve, the REFI-QDA exchange
 * and the gold set: the last segment of {@code documents.file} ({@code RUS_72_2017.txt}, as the
 * gold set and {@code evaluate --reviews} name UN General Debate speeches); the file's whole path
 * when files of two folders share that name (the Kremlin and MID title indexes both hold {@code
 * 2016.json}); and {@code :LINE} ({@code documents.line}) when the file holds several documents.
 * Computed over all documents, before any filter, so one document always has one key. A sentence
 * is then keyed by the document's key, its number and the SHA-256 of its text ({@link Hashes}).
 */
public final class DocumentKeys {
  /**
   * SQL prefix defining the CTE {@code docs}: every column of {@code documents} plus {@code
   * doc_file}; append a {@code SELECT ... FROM docs d}.
   */
  public static final String DOCS = "WITH named AS (SELECT d.*, regexp_extract(d.file, '[^/]+$') AS base"
      + " FROM documents d), docs AS (SELECT * EXCLUDE (base), CASE WHEN min(n.file) OVER (PARTITION BY n.base)"
      + " <> max(n.file) OVER (PARTITION BY n.base) THEN n.file ELSE n.base END"
      + " || CASE WHEN count(*) OVER (PARTITION BY n.file) > 1 THEN ':' || n.line ELSE '' END AS doc_file"
      + " FROM named n) ";

  private DocumentKeys() {}
}
