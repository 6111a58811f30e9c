package org.dyadscope.code;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.code.text.Sentence;
import org.dyadscope.code.text.SentenceSplitter;
import org.dyadscope.code.text.TextFold;

/**
 * Codes a whole document: NFC normalisation, sentences with offsets (OpenNLP), actor mentions and
 * the securitization coding of every sentence ({@link SecuritizationCoder}).
 *
 * <p>This is the entry point for {@code dyadscope code FILE} and for corpus coding ({@link
 * CorpusCoder}). Instances are not thread-safe; create one per thread (they share the lexicon and
 * the sentence model, which are immutable).
 */
public final class DocumentCoder {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final SecuritizationCoder coder;

  /** A coder with the given lexicon (see {@link Lexicon#builtIn}, {@link Lexicon#withOverrides}). */
  public DocumentCoder(Lexicon lexicon) {
    this.coder = new SecuritizationCoder(lexicon);
  }

  /** A coder with the built-in lexicon. */
  public static DocumentCoder builtIn() {
    return new DocumentCoder(Lexicon.builtIn());
  }

  /**
   * A coder with the built-in lexicon and a case's overrides from {@code caseDir/lexicon/} (absent
   * folder: built-in only).
   */
  public static DocumentCoder forCase(Path caseDir) {
    return new DocumentCoder(Lexicon.forCase(caseDir));
  }

  /** Version string of the lexicon, recorded in every coding. */
  public String lexiconVersion() {
    return coder.lexicon().version();
  }

  /**
   * Codes every sentence of a document.
   *
   * @param text the document text; it is NFC-normalised first and all offsets refer to the NFC
   *     text (stored documents are already NFC)
   * @param speaker the speaking state's code (the securitizing actor), or null when unknown
   * @param date the document's date as known: ISO date, year-month or year; or null
   * @param docId document id copied to every coding
   * @return one coding per sentence, in order; empty for blank text
   */
  public List<SentenceCoding> code(String text, String speaker, String date, String docId) {
    String nfc = TextFold.nfc(text);
    List<Sentence> sentences = splitter.split(nfc);
    List<SentenceCoding> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(coder.code(nfc, s, docId, speaker, date));
    }
    return out;
  }
}
