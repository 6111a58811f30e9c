package org.dyadscope.code.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.LabelScore;
import org.dyadscope.review.Hashes;
import org.tribuo.Tribuo;

/**
 * {@code dyadscope train CASE}: fits the move detector on the case's gold tuning splits ({@link
 * TuningSet}, {@link MoveTrainer}) and writes {@code CASE/model/move-detector.json} ({@link
 * MoveModel}) and {@code CASE/model/manifest.json}: SHA-256 of {@code sample.tsv}, the labels file
 * and the sentence texts used, the model file's SHA-256, the encoder, lexicon and library versions,
 * the settings tried and chosen, and the cross-validated move scores of the model and the lexicon
 * on the same folds. Neither file holds a time or a path outside the case: training again on the
 * same gold set, speeches, lexicon and encoder writes both byte for byte.
 */
public final class DetectorTraining {
  /** The manifest's file name in {@code CASE/model/}. */
  public static final String MANIFEST = "manifest.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DetectorTraining() {}

  /** The folder of a case's trained models. */
  public static Path folder(Path caseDir) {
    return caseDir.resolve("model");
  }

  /** The labels a case's gold set is scored against: {@code gold/gold.tsv}, else {@code gold/coder1.tsv}. */
  public static Path labels(Path caseDir) {
    Path gold = caseDir.resolve("gold");
    return Files.isRegularFile(gold.resolve("gold.tsv")) ? gold.resolve("gold.tsv") : gold.resolve("coder1.tsv");
  }

  /**
   * Trains and writes the two files into {@code outDir}.
   *
   * @param ungd the folder holding the gold set's speeches ({@code DATA/ungd})
   * @return what training chose and measured
   * @throws IOException when a file cannot be read or written
   * @throws SQLException when the embedding cache cannot be read or written
   */
  public static MoveTrainer.Result train(Path caseDir, Path ungd, DocumentCoder coder, EmbeddingCache cache, Path outDir)
      throws IOException, SQLException {
    Path sample = caseDir.resolve("gold").resolve("sample.tsv");
    if (!Files.isRegularFile(sample)) {
      throw new IllegalArgumentException(sample + ": no gold sample to train on; draw one with dyadscope gold sample CASE"
          + " and code it");
    }
    Path labels = labels(caseDir);
    TuningSet set = TuningSet.build(sample, labels, ungd, coder, cache);
    MoveTrainer.Result r = MoveTrainer.train(set.rows(), cache.version(), coder.lexiconVersion());
    Files.createDirectories(outDir);
    byte[] model = r.model().toJson();
    Files.write(outDir.resolve(MoveModel.FILE), model);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", MoveModel.FILE);
    m.put("model_sha256", Hashes.sha256(model));
    m.put("trained_on", ordered("splits", set.splits(), "sentences", set.keys().size(),
        "moves", count(set.rows().gold())));
    Map<String, Object> data = new LinkedHashMap<>();
    // the hashes cover the header and the tuning rows only, so a later gold round appended to the
    // files (held out) leaves the manifest of the same training data unchanged
    Set<String> keys = new HashSet<>(set.keys());
    data.put("sample", "gold/sample.tsv");
    data.put("sample_tuning_rows_sha256", rowsSha256(sample, keys));
    data.put("labels", "gold/" + labels.getFileName());
    data.put("labels_tuning_rows_sha256", rowsSha256(labels, keys));
    data.put("sentence_texts_sha256", set.textsSha256());
    m.put("data", data);
    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("encoder", cache.version());
    versions.put("lexicon", coder.lexiconVersion());
    versions.put("tribuo", Tribuo.VERSION);
    versions.putAll(SentenceEncoder.libraries());
    m.put("versions", versions);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("classifier", "logistic regression (Tribuo LinearSGDTrainer, LogMulticlass, AdaGrad, minibatch 1)");
    settings.put("features", "embedding 384 + neighbours' mean 384 + lexicon " + (MoveFeatures.names().size() - 768));
    settings.put("seed", MoveTrainer.SEED);
    settings.put("folds", MoveTrainer.FOLDS + " (whole speeches, file-name order)");
    settings.put("grid", MoveTrainer.GRID.stream().map(s -> ordered("epochs", s.epochs(), "learning_rate", s.learningRate())).toList());
    settings.put("grid_cv_f1", r.tried().stream().map(DetectorTraining::three).toList());
    settings.put("chosen", ordered("epochs", r.settings().epochs(), "learning_rate", r.settings().learningRate()));
    settings.put("threshold", r.model().threshold());
    m.put("settings", settings);
    Map<String, Object> cv = new LinkedHashMap<>();
    cv.put("note", "move, pooled out-of-fold predictions on the tuning splits; the threshold was chosen on them"
        + " (optimistic), and the lexicon was tuned on these sentences (optimistic too)");
    cv.put("candidates", ordered("rows", r.candidates(), "gold_moves_outside", r.movesOutside(),
        "rule", "the lexicon saw something: a move, desecuritizing, a negated threat, a threat term or a matched term"));
    cv.put("model", score(r.cvModel()));
    cv.put("model_on_every_sentence", score(r.cvModelAll()));
    cv.put("lexicon", score(r.cvLexicon()));
    m.put("cross_validation", cv);
    Files.writeString(outDir.resolve(MANIFEST), JSON.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
    return r;
  }

  /** A map of the key-value pairs {@code kv} in their order (Map.of's order changes from run to run). */
  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      n += x ? 1 : 0;
    }
    return n;
  }

  private static Map<String, Object> score(LabelScore s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", three(s.precision()));
    m.put("recall", three(s.recall()));
    m.put("f1", three(s.f1()));
    m.put("tp", s.tp());
    m.put("fp", s.fp());
    m.put("fn", s.fn());
    return m;
  }

  private static double three(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /**
   * SHA-256 of {@code file}'s header line and of its rows whose {@code file#sentence_no} (first two
   * tab-separated fields) is in {@code keys}, in file order, each followed by a line break (UTF-8).
   */
  private static String rowsSha256(Path file, Set<String> keys) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", 3);
      if (i == 0 || (f.length > 1 && keys.contains(f[0] + "#" + f[1]))) {
        kept.append(lines.get(i)).append('\n');
      }
    }
    return Hashes.sha256(kept.toString());
  }
}
