package org.dyadscope.collect.documents;

import java.time.LocalDate;

/**
 * Metadata of one document, from its sidecar or its file name ({@link DocumentMetaResolver}).
 *
 * @param speaker ISO-3166 alpha-3 code of the speaking state (the securitizing actor), or null
 * @param session UN General Assembly session, or null
 * @param year year of the document, or null
 * @param date full date, or null when only a year (or nothing) is known
 * @param title title, or null
 * @param url where the document was published, or null
 * @param licence licence of the text as stated by the sidecar (e.g. {@code CC BY 4.0}), or null
 */
public record DocumentMeta(String speaker, Integer session, Integer year, LocalDate date, String title,
    String url, String licence) {
  /** No metadata at all. */
  public static final DocumentMeta NONE = new DocumentMeta(null, null, null, null, null, null, null);

  /** This metadata with every null field taken from {@code fallback}. */
  public DocumentMeta orElse(DocumentMeta fallback) {
    return new DocumentMeta(
        speaker != null ? speaker : fallback.speaker,
        session != null ? session : fallback.session,
        year != null ? year : date != null ? Integer.valueOf(date.getYear()) : fallback.year,
        date != null ? date : fallback.date,
        title != null ? title : fallback.title,
        url != null ? url : fallback.url,
        licence != null ? licence : fallback.licence);
  }
}
