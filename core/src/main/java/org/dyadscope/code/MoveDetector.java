package org.dyadscope.code;

import java.sql.SQLException;
import java.util.List;

/**
 * Decides the {@code move} of a document's sentences over the lexicon's codings, e.g. the trained
 * detector ({@link org.dyadscope.code.model.ModelCoder}); {@link CorpusCoder} without one keeps the
 * lexicon's decisions.
 */
public interface MoveDetector {
  /**
   * @param document the lexicon's codings of every sentence of one document, in order
   * @return one coding per sentence, in order, each saying which detector decided ({@link SentenceCoding#detector})
   * @throws SQLException when a store the detector reads (its embedding cache) fails
   */
  List<SentenceCoding> decide(List<SentenceCoding> document) throws SQLException;
}
