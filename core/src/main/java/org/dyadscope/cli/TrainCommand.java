package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.model.DetectorTraining;
import org.dyadscope.code.model.EmbeddingCache;
import org.dyadscope.code.model.MoveModel;
import org.dyadscope.code.model.MoveTrainer;
import org.dyadscope.code.model.SentenceEncoder;
import org.dyadscope.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope train CASE}: fits the trained securitizing-move detector on the case's gold tuning splits. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Fits the securitizing-move detector (a logistic regression over a bge-small-en-v1.5 sentence "
        + "embedding, its neighbours' and the lexicon's coding) on the case's gold tuning splits (every split of "
        + "gold/sample.tsv but the held-out test2 to test7 and test), choosing its settings and threshold by "
        + "cross-validation over whole speeches, and writes CASE/model/move-detector.json and CASE/model/manifest.json "
        + "(data hashes, versions, settings, cross-validated scores). Training again writes both byte for byte.")
final class TrainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE", description = "case folder holding gold/ (e.g. cases/russia-iran-2012-2022)")
  Path caseDir;

  @Option(names = "--data", paramLabel = "DIR", description = "data root holding ungd/; default $DYADSCOPE_DATA")
  Path data;

  @Option(names = "--store", paramLabel = "FILE",
      description = "store whose embeddings table caches the sentence embeddings; default out/<case-name>/case.duckdb "
          + "(the run's store, created if absent)")
  Path store;

  @Option(names = "--out", paramLabel = "DIR", description = "folder to write the two files into; default CASE/model/")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(caseDir.resolve("gold").resolve("sample.tsv"))) {
      throw new CommandLine.ParameterException(spec.commandLine(), caseDir.resolve("gold").resolve("sample.tsv")
          + ": no gold sample to train on; draw one with dyadscope gold sample CASE and code it");
    }
    Path root = DataRoot.resolve(data, spec.commandLine());
    Path cacheFile = store != null ? store : defaultStore(caseDir);
    Path dir = out != null ? out : DetectorTraining.folder(caseDir);
    long t0 = System.nanoTime();
    try (SentenceEncoder encoder = SentenceEncoder.open(Runtime.getRuntime().availableProcessors());
        Store s = CacheStore.open(cacheFile, "dyadscope train", store != null)) {
      EmbeddingCache cache = new EmbeddingCache(s.connection(), encoder);
      MoveTrainer.Result r = DetectorTraining.train(caseDir, root.resolve("ungd"), DocumentCoder.forCase(caseDir), cache, dir);
      System.out.printf(Locale.ROOT, "trained on %s: %d sentences embedded (%s), %.1f s%n", caseDir,
          cache.embedded(), cacheFile, (System.nanoTime() - t0) / 1e9);
      System.out.printf(Locale.ROOT, "settings: %d epochs, learning rate %s, threshold %.2f%n",
          r.settings().epochs(), r.settings().learningRate(), r.model().threshold());
      System.out.println("cross-validated move (5 folds of whole speeches, tuning splits only):");
      System.out.println("  model    " + r.cvModel());
      System.out.println("  lexicon  " + r.cvLexicon());
      System.out.printf(Locale.ROOT, "the model judges %d candidate sentences, those the lexicon saw something in"
          + " (%d gold moves outside them); judging every sentence it would reach%n  model    %s%n", r.candidates(),
          r.movesOutside(), r.cvModelAll());
      System.out.println("wrote " + dir.resolve(MoveModel.FILE) + " and " + dir.resolve(DetectorTraining.MANIFEST));
    }
    return 0;
  }

  /**
   * The store whose {@code embeddings} table caches a case's sentence embeddings for train and
   * evaluate: the run's, {@code out/<case-name>/case.duckdb} (the folder's name without case.yaml).
   */
  static Path defaultStore(Path caseDir) throws org.dyadscope.yaml.CaseFileException {
    String name = Files.isRegularFile(caseDir.resolve("case.yaml")) ? CaseLoader.load(caseDir).name()
        : caseDir.toAbsolutePath().normalize().getFileName().toString();
    return Path.of("out", name, "case.duckdb");
  }
}
