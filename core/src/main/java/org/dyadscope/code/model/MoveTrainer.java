package org.dyadscope.code.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dyadscope.code.LabelScore;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits the move detector: a logistic regression (Tribuo's {@link LinearSGDTrainer} with the log
 * loss, AdaGrad, one example a step, a fixed seed: the same rows give the same weights) over
 * {@link MoveFeatures}. Its settings and decision threshold are chosen by cross-validation with
 * folds of whole documents (a sentence's neighbours never train the fold that scores it): for each
 * candidate setting the out-of-fold probabilities of all rows are pooled, and the threshold is the
 * one (0.05 to 0.95 in steps of 0.01) with the best move F1; the best setting wins (the first on a
 * tie). The final model is then fitted on all rows. At coding time the detector judges only the
 * candidates ({@link ModelCoder#candidate}); the threshold is chosen on the pooled probabilities
 * with the other rows set to 0, as it will code, and the cost of the restriction is reported.
 */
public final class MoveTrainer {
  /** The settings tried, in order: epochs × AdaGrad learning rate. */
  public static final List<Settings> GRID = List.of(new Settings(3, 0.05), new Settings(3, 0.2),
      new Settings(10, 0.05), new Settings(10, 0.2), new Settings(30, 0.05));
  /** Folds of the cross-validation. */
  public static final int FOLDS = 5;
  /** The seed of every fit (the order examples are visited in). */
  public static final long SEED = 20120101L;

  private static final Label MOVE = new Label("move");
  private static final Label NONE = new Label("none");

  private MoveTrainer() {}

  /**
   * One setting of the SGD fit.
   *
   * @param epochs passes over the rows
   * @param learningRate AdaGrad's initial learning rate
   */
  public record Settings(int epochs, double learningRate) {}

  /**
   * The rows to fit on.
   *
   * @param x the features of each row ({@link MoveFeatures#of})
   * @param gold whether each row is a move by the gold set
   * @param lexicon whether the lexicon codes it a move (for the comparison on the same folds)
   * @param fold each row's fold, 0..{@link #FOLDS}−1 (whole documents)
   * @param candidate whether the detector judges each row at coding time ({@link ModelCoder#candidate});
   *     the others keep the lexicon's "no move"
   */
  public record Rows(List<double[]> x, boolean[] gold, boolean[] lexicon, int[] fold, boolean[] candidate) {}

  /**
   * What training chose and measured.
   *
   * @param model the model fitted on all rows, with the cross-validated threshold
   * @param settings the setting chosen
   * @param cvModel the model's pooled out-of-fold move score at the threshold, as it codes: on the
   *     candidates only, the other rows no move
   * @param cvModelAll the same setting's best out-of-fold score had it judged every row (its own
   *     best threshold): what the candidate restriction costs
   * @param cvLexicon the lexicon's move score on the same rows
   * @param tried each setting's best cross-validated F1 (as it codes), in {@link #GRID} order
   * @param candidates rows that are candidates
   * @param movesOutside gold moves among the rows that are not candidates (out of the detector's reach)
   */
  public record Result(MoveModel model, Settings settings, LabelScore cvModel, LabelScore cvModelAll,
      LabelScore cvLexicon, List<Double> tried, int candidates, int movesOutside) {}

  /** Chooses the setting and threshold by cross-validation and fits the final model on all rows. */
  public static Result train(Rows rows, String encoder, String lexicon) {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    Settings best = null;
    double[] bestThreshold = null;
    LabelScore bestScore = null;
    LabelScore bestAll = null;
    List<Double> tried = new ArrayList<>();
    for (Settings s : GRID) {
      double[] all = outOfFold(rows, s, encoder, lexicon);
      double[] p = all.clone();
      for (int i = 0; i < p.length; i++) {
        p[i] = rows.candidate()[i] ? p[i] : 0; // as it codes: a sentence that is no candidate is no move
      }
      double[] t = bestThreshold(p, rows.gold());
      LabelScore score = score(p, t[0], rows.gold());
      tried.add(score.f1());
      if (bestScore == null || score.f1() > bestScore.f1()) {
        best = s;
        bestThreshold = t;
        bestScore = score;
        bestAll = score(all, bestThreshold(all, rows.gold())[0], rows.gold());
      }
    }
    int candidates = 0;
    int outside = 0;
    for (int i = 0; i < rows.gold().length; i++) {
      candidates += rows.candidate()[i] ? 1 : 0;
      outside += !rows.candidate()[i] && rows.gold()[i] ? 1 : 0;
    }
    MoveModel full = fit(rows, all(rows.x().size()), best, encoder, lexicon, bestThreshold[0]);
    return new Result(full, best, bestScore, bestAll, LabelScore.of(rows.gold(), rows.lexicon()), List.copyOf(tried),
        candidates, outside);
  }

  private static boolean[] all(int n) {
    boolean[] b = new boolean[n];
    Arrays.fill(b, true);
    return b;
  }

  /** Each row's P(move) from the model fitted on the other folds. */
  private static double[] outOfFold(Rows rows, Settings s, String encoder, String lexicon) {
    int n = rows.x().size();
    double[] p = new double[n];
    for (int f = 0; f < FOLDS; f++) {
      boolean[] train = new boolean[n];
      for (int i = 0; i < n; i++) {
        train[i] = rows.fold()[i] != f;
      }
      MoveModel m = fit(rows, train, s, encoder, lexicon, 0.5);
      for (int i = 0; i < n; i++) {
        if (!train[i]) {
          p[i] = m.probability(rows.x().get(i));
        }
      }
    }
    return p;
  }

  /** {threshold, F1}: the best threshold on the grid, the lowest on a tie. */
  private static double[] bestThreshold(double[] p, boolean[] gold) {
    double bestT = 0.5;
    double bestF = -1;
    for (int k = 5; k <= 95; k++) {
      double t = k / 100.0;
      double f = score(p, t, gold).f1();
      if (f > bestF) {
        bestF = f;
        bestT = t;
      }
    }
    return new double[] {bestT, bestF};
  }

  private static LabelScore score(double[] p, double threshold, boolean[] gold) {
    boolean[] coded = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      coded[i] = p[i] >= threshold;
    }
    return LabelScore.of(gold, coded);
  }

  /** The logistic regression fitted on the rows {@code use} marks, as a {@link MoveModel}. */
  private static MoveModel fit(Rows rows, boolean[] use, Settings s, String encoder, String lexicon, double threshold) {
    List<String> names = MoveFeatures.names();
    String[] featureNames = names.toArray(new String[0]);
    LabelFactory labels = new LabelFactory();
    List<Example<Label>> examples = new ArrayList<>();
    for (int i = 0; i < rows.x().size(); i++) {
      if (use[i]) {
        examples.add(new ArrayExample<>(rows.gold()[i] ? MOVE : NONE, featureNames, rows.x().get(i)));
      }
    }
    MutableDataset<Label> data = new MutableDataset<>(new ListDataSource<>(examples, labels,
        new SimpleDataSourceProvenance("gold tuning splits", labels)));
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(s.learningRate(), 0.1),
        s.epochs(), Integer.MAX_VALUE, 1, SEED);
    LinearSGDModel m = (LinearSGDModel) trainer.train(data);
    DenseMatrix w = m.getWeightsCopy(); // one row per label, one column per feature id and the bias last
    int move = m.getOutputIDInfo().getID(MOVE);
    int none = m.getOutputIDInfo().getID(NONE);
    ImmutableFeatureMap ids = m.getFeatureIDMap();
    double[] weights = new double[names.size()];
    for (int k = 0; k < weights.length; k++) {
      int id = ids.getID(names.get(k));
      weights[k] = id < 0 ? 0 : w.get(move, id) - w.get(none, id);
    }
    int biasColumn = w.getDimension2Size() - 1;
    double bias = w.get(move, biasColumn) - w.get(none, biasColumn);
    return MoveModel.rounded(encoder, lexicon, threshold, bias, weights);
  }
}
