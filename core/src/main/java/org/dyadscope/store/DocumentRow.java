package org.dyadscope.store;

import java.time.LocalDate;

/**
 * One document of a corpus (a UN General Debate speech, an index entry, a report).
 *
 * @param docId stable id, e.g. {@code ungd:RUS_70_2015}
 * @param source corpus name from the case file
 * @param speaker ISO-3 code of the speaking state, or null
 * @param session UNGA session, or null
 * @param year year of the document, or null
 * @param docDate date of the document, or null
 * @param text full text, NFC-normalised, without BOM
 * @param replacementChars number of U+FFFD characters left by decoding
 * @param file file label the document was read from
 * @param line 1-based row of the file (an index entry number; 1 for one-document files)
 * @param licence licence of the text as its source states it (e.g. {@code CC0 1.0}, {@code CC BY
 *     4.0}), from a sidecar or the case's source option {@code licence}; null when none is stated
 * @param indexEntry true for an entry of a title index ({@code kremlin-index}): its text is a
 *     title, not a full text, so the same title on another date or at another URL is another
 *     document ("Telephone conversation with ..." on twelve days is twelve calls); false for a
 *     full text, which is one document whatever its file name, metadata or date ({@link
 *     DocumentIdentity})
 */
public record DocumentRow(
    String docId,
    String source,
    String speaker,
    Integer session,
    Integer year,
    LocalDate docDate,
    String title,
    String url,
    String text,
    int replacementChars,
    String file,
    long line,
    String licence,
    boolean indexEntry) {

  /** A full text (not an index entry), as the {@code ungd} and {@code documents} readers make. */
  public DocumentRow(String docId, String source, String speaker, Integer session, Integer year,
      LocalDate docDate, String title, String url, String text, int replacementChars, String file,
      long line, String licence) {
    this(docId, source, speaker, session, year, docDate, title, url, text, replacementChars, file,
        line, licence, false);
  }
}
