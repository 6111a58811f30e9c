package org.dyadscope.trace;

/**
 * Where an evidence item comes from: a citation (a query's description, a document and passage),
 * with an optional URL and date.
 *
 * @param citation human-readable citation, non-blank
 * @param url link to the source, or empty
 * @param date publication or access date as written in the case (ISO 8601 preferred), or empty
 */
public record SourceCitation(String citation, String url, String date) {
  public SourceCitation {
    if (citation == null || citation.isBlank()) {
      throw new IllegalArgumentException("a source needs a citation");
    }
    url = url == null ? "" : url;
    date = date == null ? "" : date;
  }

  public static SourceCitation of(String citation) {
    return new SourceCitation(citation, "", "");
  }
}
