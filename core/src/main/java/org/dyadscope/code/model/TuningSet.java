package org.dyadscope.code.model;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.EvaluationReport;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.code.gold.GoldCorpus;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.gold.GoldLabel;
import org.dyadscope.code.gold.SampleRow;
import org.dyadscope.code.text.TextFold;
import org.dyadscope.review.Hashes;

/**
 * The rows a move detector is fitted on: the gold sentences of a case's tuning splits (every split
 * of {@code sample.tsv} but the held-out ones, {@link EvaluationReport#HELD_OUT_SPLITS}: for the
 * flagship {@code dev} and {@code test1}), with their {@link MoveFeatures} (the speeches coded by the
 * case's lexicon, the sentence and its neighbours embedded through the cache), the gold move label
 * and a fold per speech. Rows are in {@code sample.tsv} order.
 *
 * @param rows the trainer's rows
 * @param splits the tuning splits used, in order of first appearance
 * @param keys each row's {@code file#sentence_no}
 * @param textsSha256 SHA-256 of the rows' sentence texts (NFC), each followed by a line break, in row order
 */
public record TuningSet(MoveTrainer.Rows rows, List<String> splits, List<String> keys, String textsSha256) {

  /**
   * Builds the tuning set of a case's gold set.
   *
   * @param sample the case's {@code gold/sample.tsv}
   * @param labels its adjudicated labels ({@code gold/gold.tsv})
   * @param ungd the folder holding the speeches ({@code DATA/ungd})
   * @throws IOException when a file cannot be read or a speech is missing (named)
   * @throws IllegalArgumentException when a tuning sentence has no gold label or no coding (named)
   * @throws SQLException when the embedding cache cannot be read or written
   */
  public static TuningSet build(Path sample, Path labels, Path ungd, DocumentCoder coder, EmbeddingCache cache)
      throws IOException, SQLException {
    List<SampleRow> tuning = new ArrayList<>();
    List<String> splits = new ArrayList<>();
    for (SampleRow r : GoldFile.readSample(sample)) {
      if (!EvaluationReport.HELD_OUT_SPLITS.contains(r.split())) {
        tuning.add(r);
        if (!splits.contains(r.split())) {
          splits.add(r.split());
        }
      }
    }
    if (tuning.isEmpty()) {
      throw new IllegalArgumentException(sample + ": no tuning split (every split is held out); draw dev sentences"
          + " with dyadscope gold sample");
    }
    Map<String, Boolean> gold = new HashMap<>();
    for (GoldLabel g : GoldFile.readLabels(labels)) {
      gold.put(g.file() + "#" + g.sentenceNo(), g.move());
    }
    Map<String, List<SentenceCoding>> byDoc = new LinkedHashMap<>();
    List<String> files = tuning.stream().map(SampleRow::file).distinct().toList();
    for (SentenceCoding c : GoldCorpus.code(coder, files, ungd, sample.toString())) {
      byDoc.computeIfAbsent(c.docId().substring(c.docId().lastIndexOf(':') + 1) + ".txt", k -> new ArrayList<>()).add(c);
    }
    // folds of whole speeches, in file-name order
    Map<String, Integer> fold = new TreeMap<>();
    files.stream().sorted().forEach(f -> fold.put(f, fold.size() % MoveTrainer.FOLDS));
    // each speech's vectors, embedded for the tuning sentences and their neighbours only
    Map<String, List<float[]>> vectors = new HashMap<>();
    for (String f : files) {
      List<SentenceCoding> doc = byDoc.get(f);
      boolean[] tuned = new boolean[doc.size()];
      for (SampleRow r : tuning) {
        if (r.file().equals(f)) {
          int i = r.sentenceNo() - 1;
          if (i < 0 || i >= doc.size()) {
            throw new IllegalArgumentException(sample + ": " + f + " has no sentence " + r.sentenceNo()
                + " (it has " + doc.size() + "); the speech or the sentence splitter changed since the sample was drawn");
          }
          tuned[i] = true;
        }
      }
      List<float[]> v = MoveFeatures.contextVectors(doc, i -> tuned[i], cache);
      vectors.put(f, v);
    }
    List<double[]> x = new ArrayList<>();
    boolean[] y = new boolean[tuning.size()];
    boolean[] lex = new boolean[tuning.size()];
    int[] folds = new int[tuning.size()];
    boolean[] candidate = new boolean[tuning.size()];
    List<String> keys = new ArrayList<>();
    StringBuilder texts = new StringBuilder();
    for (int n = 0; n < tuning.size(); n++) {
      SampleRow r = tuning.get(n);
      String key = r.file() + "#" + r.sentenceNo();
      Boolean move = gold.get(key);
      if (move == null) {
        throw new IllegalArgumentException(labels + ": no label for " + key + " of " + sample + " (split " + r.split()
            + "); code it, or adjudicate it into " + labels.getFileName());
      }
      List<SentenceCoding> doc = byDoc.get(r.file());
      SentenceCoding c = doc.get(r.sentenceNo() - 1);
      x.add(MoveFeatures.of(doc, vectors.get(r.file()), r.sentenceNo() - 1));
      y[n] = move;
      lex[n] = c.move();
      candidate[n] = ModelCoder.candidate(c);
      folds[n] = fold.get(r.file());
      keys.add(key);
      texts.append(TextFold.nfc(c.text())).append('\n');
    }
    return new TuningSet(new MoveTrainer.Rows(x, y, lex, folds, candidate), List.copyOf(splits), List.copyOf(keys),
        Hashes.sha256(texts.toString()));
  }
}
