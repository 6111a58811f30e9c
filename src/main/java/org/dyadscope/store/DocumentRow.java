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
    long line) {}
