package org.dyadscope.exchange;

import java.util.List;

/**
 * A document of the store with its sentences and the machine coder's labels of each.
 *
 * @param docId {@code documents.doc_id}, e.g. {@code ungd:RUS_72_2017}
 * @param file {@code documents.file}, the path it was read from under the data root
 * @param docFile the name the gold set and the reviews key the document by: the last segment of
 *     {@code file} ({@code RUS_72_2017.txt}), the whole path when two folders hold that name, with
 *     {@code :line} when the file holds several documents ({@code kremlin/mid_ru_index/2017.json:12})
 * @param title {@code documents.title}, empty when none
 * @param speaker ISO-3 of the speaker, empty when unknown
 * @param date {@code YYYY-MM-DD}, or {@code YYYY} for a document dated by year alone; empty when undated
 * @param url empty when none
 * @param textKey {@code documents.text_key}, the hex SHA-256 of the normalised text (the reviews' {@code doc_sha256}); empty when none
 * @param text the document's NFC text as stored ({@code sentences} offsets count its UTF-16 units)
 * @param sentences in order of {@code sentence_no}; empty for a document the coder left out as a near-duplicate
 */
public record CaseDocument(String docId, String file, String docFile, String title, String speaker, String date, String url,
    String textKey, String text, List<Sentence> sentences) {

  /**
   * One sentence and its coding.
   *
   * @param no 1-based {@code sentence_no}
   * @param start UTF-16 offset in the document's text
   * @param end UTF-16 offset after the sentence
   * @param text the sentence
   * @param machine the coder's labels
   * @param matchedTerms the lexicon phrases that decided the coding, {@code category=phrase;...}
   * @param lexicon the lexicon version that made the coding
   */
  public record Sentence(int no, int start, int end, String text, Labels machine, String matchedTerms,
      String lexicon) {}
}
