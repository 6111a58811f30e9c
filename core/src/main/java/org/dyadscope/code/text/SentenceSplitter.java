package org.dyadscope.code.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a document into {@link Sentence}s with character offsets, using Apache OpenNLP's
 * maximum-entropy sentence detector and the English Universal Dependencies (EWT) model of the
 * {@code org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0} artifact.
 *
 * <p>That artifact packs the model at the root of its jar as {@value #MODEL_RESOURCE} (next to a
 * {@code model.properties} that every OpenNLP model jar also has at its root, so the file name is
 * what we load, never the properties). The model is read once per JVM and shared: {@link
 * SentenceModel} is thread-safe, while the detector is not, so each splitter has its own.
 *
 * <p>The detector decides only at end-of-sentence characters, so hard-wrapped lines and page
 * breaks inside a sentence (common in UN verbatim records) do not split it. Spans are trimmed of
 * surrounding whitespace by OpenNLP; empty spans are dropped.
 */
public final class SentenceSplitter {
  /** Class-path name of the model file inside the OpenNLP models jar. */
  public static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Human-readable model id recorded with codings. */
  public static final String MODEL_ID = "opennlp-en-ud-ewt-sentence-1.3-2.5.4";

  private final SentenceDetectorME detector = new SentenceDetectorME(Model.INSTANCE);

  /**
   * Splits {@code text} (already NFC, see {@link TextFold#nfc}) into sentences numbered from 1.
   *
   * @return sentences in document order; empty for blank text
   */
  public List<Sentence> split(String text) {
    Span[] spans = detector.sentPosDetect(text);
    List<Sentence> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      int start = s.getStart();
      int end = s.getEnd();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(new Sentence(out.size() + 1, start, end, text.substring(start, end)));
      }
    }
    return out;
  }

  private static final class Model {
    static final SentenceModel INSTANCE = load();

    private static SentenceModel load() {
      try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE
              + " not on the class path; add org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0");
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP sentence model " + MODEL_RESOURCE, e);
      }
    }
  }
}
