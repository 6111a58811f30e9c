package org.dyadscope.code.model;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.dyadscope.code.SentenceCoding;

/**
 * The features of one sentence for the move detector, in a fixed layout ({@link #names}):
 *
 * <ol>
 *   <li>{@code e000..e383}: the sentence's embedding ({@link SentenceEncoder});
 *   <li>{@code c000..c383}: the mean of its neighbours' embeddings, the previous and the next
 *       sentence of the same document (one of them at either end; zeros for a one-sentence
 *       document): the context a reader has (Watanabe &amp; Zhou 2019, on UN General Debate
 *       sentences);
 *   <li>{@code lex_*}: the lexicon's coding of the sentence ({@link
 *       org.dyadscope.code.SecuritizationCoder}): its move and desecuritizing flags, strength,
 *       negated, hedged, whether it names a threat source, whether it only reports another actor's
 *       claim, and how many matched terms of each category ({@link #CATEGORIES}) it holds, capped at
 *       3 and divided by 3.
 * </ol>
 *
 * Every value is in [-1, 1] (embeddings are unit vectors).
 */
public final class MoveFeatures {
  /** The matched-term categories counted; the urgency and measure attributes count as {@code urgency}. */
  public static final List<String> CATEGORIES = List.of("threat", "group", "referent", "urgency", "counter",
      "source", "desecuritization", "denied", "claimed");
  private static final List<String> FLAGS = List.of("move", "desecuritizing", "strength", "negated", "hedged",
      "has_source", "reported");

  private MoveFeatures() {}

  /** The name of each feature, in the layout's order. */
  public static List<String> names() {
    List<String> n = new ArrayList<>();
    for (int i = 0; i < SentenceEncoder.DIMENSION; i++) {
      n.add(String.format(Locale.ROOT, "e%03d", i));
    }
    for (int i = 0; i < SentenceEncoder.DIMENSION; i++) {
      n.add(String.format(Locale.ROOT, "c%03d", i));
    }
    FLAGS.forEach(f -> n.add("lex_" + f));
    CATEGORIES.forEach(c -> n.add("lex_n_" + c));
    return Collections.unmodifiableList(n);
  }

  /**
   * The embeddings {@link #of} needs to give the features of the sentences {@code selected} picks
   * (by index): theirs and their neighbours', read through {@code cache}; the others null.
   *
   * @param document one document's sentences, in order
   * @return one entry per sentence, in order
   * @throws SQLException when the embedding cache cannot be read or written
   */
  public static List<float[]> contextVectors(List<SentenceCoding> document, IntPredicate selected, EmbeddingCache cache)
      throws SQLException {
    int n = document.size();
    boolean[] need = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (selected.test(i)) {
        for (int j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
          need[j] = true;
        }
      }
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (need[i]) {
        texts.add(document.get(i).text());
      }
    }
    List<float[]> found = cache.vectors(texts);
    List<float[]> vectors = new ArrayList<>(n);
    int k = 0;
    for (int i = 0; i < n; i++) {
      vectors.add(need[i] ? found.get(k++) : null);
    }
    return vectors;
  }

  /**
   * The features of sentence {@code i} of a document.
   *
   * @param codings the lexicon's codings of the document's sentences, in order
   * @param vectors their embeddings, in the same order
   * @return {@link #names}{@code .size()} values
   */
  public static double[] of(List<SentenceCoding> codings, List<float[]> vectors, int i) {
    int d = SentenceEncoder.DIMENSION;
    double[] x = new double[2 * d + FLAGS.size() + CATEGORIES.size()];
    float[] own = vectors.get(i);
    for (int k = 0; k < d; k++) {
      x[k] = own[k];
    }
    int neighbours = 0;
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < vectors.size()) {
        float[] v = vectors.get(j);
        for (int k = 0; k < d; k++) {
          x[d + k] += v[k];
        }
        neighbours++;
      }
    }
    if (neighbours > 1) {
      for (int k = 0; k < d; k++) {
        x[d + k] /= neighbours;
      }
    }
    SentenceCoding c = codings.get(i);
    int at = 2 * d;
    x[at++] = c.move() ? 1 : 0;
    x[at++] = c.desecuritizing() ? 1 : 0;
    x[at++] = c.strength();
    x[at++] = c.negated() ? 1 : 0;
    x[at++] = c.hedged() ? 1 : 0;
    x[at++] = c.threatSource() != null ? 1 : 0;
    x[at++] = !c.move() && c.securitizingActor() != null ? 1 : 0;
    int[] counts = new int[CATEGORIES.size()];
    for (String term : c.matchedTerms()) {
      int eq = term.indexOf('=');
      String category = eq < 0 ? term : term.substring(0, eq);
      if (category.equals("hedged") || category.equals("reported")) {
        continue; // flags above, not terms
      }
      int k = CATEGORIES.indexOf(category);
      counts[k < 0 ? CATEGORIES.indexOf("urgency") : k]++;
    }
    for (int k = 0; k < counts.length; k++) {
      x[at++] = Math.min(counts[k], 3) / 3.0;
    }
    return x;
  }
}
