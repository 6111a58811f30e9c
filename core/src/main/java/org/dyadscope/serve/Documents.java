package org.dyadscope.serve;

/**
 * The stable identity of a document and a sentence across re-runs, as reviews key them: the
 * document's file name (the last segment of {@code documents.file}, e.g. {@code RUS_72_2017.txt},
 * as the gold set writes it; {@code NAME:LINE} for a file holding several documents, such as a title
 * index) and the sentence number, checked by the SHA-256 of the sentence text ({@link org.dyadscope.review.Hashes}).
 */
final class Documents {
  /** CTE {@code docs}: every document with its {@code doc_file}. */
  static final String DOCS = "WITH docs AS (SELECT d.*, regexp_extract(d.file, '[^/]+$')"
      + " || CASE WHEN count(*) OVER (PARTITION BY d.file) > 1 THEN ':' || d.line ELSE '' END AS doc_file"
      + " FROM documents d) ";

  private Documents() {}
}
