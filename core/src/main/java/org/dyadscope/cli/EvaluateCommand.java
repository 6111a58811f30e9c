package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.EvaluationRecord;
import org.dyadscope.code.EvaluationReport;
import org.dyadscope.code.KappaReport;
import org.dyadscope.code.Evaluator;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.code.gold.GoldCorpus;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.model.EmbeddingCache;
import org.dyadscope.code.model.ModelCoder;
import org.dyadscope.code.model.MoveModel;
import org.dyadscope.code.model.SentenceEncoder;
import org.dyadscope.store.Store;
import org.dyadscope.collect.ungd.UngdFileName;
import org.dyadscope.review.Hashes;
import org.dyadscope.review.Review;
import org.dyadscope.review.ReviewLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope evaluate CASE}: the securitization coder against the case's hand-coded gold set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Scores the securitization coder against the case's hand-coded gold set (gold/sample.tsv "
        + "and a coder's labels): precision, recall and F1 for move, desecuritizing, sector and threat source. "
        + "Each score carries its 95%% Wilson interval for precision and recall. The held-out splits' pooled "
        + "scores (test2 to test7 and test: never tuned on) come first; scores on a split the lexicon was tuned "
        + "on (dev, test1, all) are labelled TUNED ON. "
        + "With two coders' files present, also prints Cohen's kappa between them.")
final class EvaluateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE", description = "case folder holding gold/ (e.g. cases/russia-iran-2012-2022)")
  Path caseDir;

  @Option(names = "--data", paramLabel = "DIR", description = "data root holding ungd/; default $DYADSCOPE_DATA")
  Path data;

  @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT",
      description = "dev (the default: the lexicon may be tuned on it), test (held out: score it once per "
          + "frozen lexicon, with --record), test1 (round 1's held-out split, retired "
          + "and tuned on), test2 to test7 (rounds 2 to 7's held-out splits, retired, never tuned on), or all; any split named in gold/sample.tsv")
  String split;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "labels to score against; default gold/gold.tsv (adjudicated) or else gold/coder1.tsv")
  Path gold;

  @Option(names = "--record",
      description = "write the figures to gold/evaluation.tsv, where the report reads them (once per lexicon version, with --split test)")
  boolean record;

  @Option(names = "--reviews", paramLabel = "FILE",
      description = "score against analysts' reviews instead (a review file of `dyadscope serve`, e.g. out/<case>/reviews.tsv):"
          + " the latest review of each sentence of a UN General Debate speech; a review whose sentence's text differs"
          + " from the coder's (the speech was split differently) is left out and named")
  Path reviews;

  @Option(names = "--errors",
      description = "also print every disagreement with the coder's matched terms and the sentence (for error analysis on dev)")
  boolean errors;

  @Option(names = "--store", paramLabel = "FILE",
      description = "store whose embeddings table caches the trained detector's sentence embeddings (when the case has"
          + " CASE/model/move-detector.json); default out/<case-name>/case.duckdb, created if absent")
  Path store;

  @Override
  public Integer call() throws Exception {
    if (record && !split.equals("test")) {
      // the report shows the recorded figures as the coder's accuracy: only held-out ones may be
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--record writes the held-out figures the report shows: use it with --split test");
    }
    Path root = DataRoot.resolve(data, spec.commandLine());
    if (reviews != null) {
      if (record || gold != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--reviews scores against the reviews alone:"
            + " leave out --record and --gold");
      }
      return scoreReviews(root);
    }
    Path dir = caseDir.resolve("gold");
    Path sample = dir.resolve("sample.tsv");
    if (!Files.isRegularFile(sample)) {
      throw new CommandLine.ParameterException(spec.commandLine(), sample + ": no gold sample; a case's gold set lives in <case>/gold/");
    }
    Set<String> splits = new TreeSet<>();
    GoldFile.readSample(sample).forEach(r -> splits.add(r.split()));
    if (!split.equals("all") && !splits.contains(split)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--split must be all or a split of " + sample + " " + splits + ", not " + split);
    }
    Path labels = gold != null ? gold
        : Files.isRegularFile(dir.resolve("gold.tsv")) ? dir.resolve("gold.tsv") : dir.resolve("coder1.tsv");
    if (!Files.isRegularFile(labels)) {
      throw new CommandLine.ParameterException(spec.commandLine(), labels + ": no such labels file; "
          + (gold != null ? "give the file of a coder's labels"
              : "code the sentences of " + dir.resolve("sentences.tsv") + " into it first (header "
                  + GoldFile.HEADER.replace('\t', ' ') + "; rules in " + dir.resolve("CODEBOOK.md") + ")"));
    }
    DocumentCoder coder = DocumentCoder.forCase(caseDir);
    List<SentenceCoding> codings = GoldCorpus.code(coder, sample, root.resolve("ungd"));
    System.out.println("lexicon " + coder.lexiconVersion());
    List<SentenceCoding> byModel = null;
    if (Files.isRegularFile(MoveModel.file(caseDir))) {
      MoveModel model = MoveModel.forCase(caseDir);
      System.out.printf(Locale.ROOT, "model %s (threshold %.2f, %s; it decides move, the other labels are the"
          + " lexicon's rules', as a move for a move it adds)%n", MoveModel.file(caseDir), model.threshold(), model.encoder());
      byModel = modelCodings(model, codings, sample);
    }
    // the held-out figures come first, whatever split was asked for: they are the coder's accuracy
    List<String> heldOut = EvaluationReport.HELD_OUT_SPLITS.stream().filter(splits::contains).toList();
    if (!heldOut.isEmpty() && !heldOut.equals(List.of(split))) {
      EvaluationReport pooled = Evaluator.evaluate(labels, sample, heldOut, codings);
      System.out.print(byModel == null ? pooled.toText()
          : pooled.toText("lexicon", Evaluator.evaluate(labels, sample, heldOut, byModel), "model"));
      System.out.println();
    }
    EvaluationReport report = split.equals("all") ? Evaluator.evaluate(labels, codings)
        : Evaluator.evaluate(labels, sample, split, codings);
    EvaluationReport modelReport = null;
    if (byModel == null) {
      System.out.print(report.toText());
    } else {
      modelReport = split.equals("all") ? Evaluator.evaluate(labels, byModel)
          : Evaluator.evaluate(labels, sample, split, byModel);
      System.out.print(report.toText("lexicon", modelReport, "model"));
      if (!split.equals("all") && !EvaluationReport.HELD_OUT_SPLITS.contains(split)) {
        System.out.println("(the model was trained on the tuning splits: its scores there are optimistic too)");
      }
    }
    if (errors) {
      printErrors(report, codings);
    }
    Path a = dir.resolve("coder1.tsv");
    Path b = dir.resolve("coder2.tsv");
    KappaReport kappa = null;
    if (Files.isRegularFile(a) && Files.isRegularFile(b)) {
      kappa = Evaluator.kappa(a, b);
      System.out.println();
      System.out.print(kappa.toText());
    }
    if (record) {
      Path out = dir.resolve("evaluation.tsv");
      EvaluationRecord.of(coder.lexiconVersion(), report, modelReport, kappa).write(out);
      System.out.println("\nwrote " + out);
    }
    return 0;
  }

  /**
   * The coder against the latest review of each reviewed UN General Debate sentence; reviews of other
   * documents (not codable from the data root alone) and of sentences whose text changed are counted
   * and left out, the changed ones named on standard error.
   */
  private int scoreReviews(Path root) throws Exception {
    if (!Files.isRegularFile(reviews)) {
      throw new CommandLine.ParameterException(spec.commandLine(), reviews + ": no such review file; `dyadscope serve`"
          + " writes reviews.tsv beside the store");
    }
    ReviewLog.Contents contents = new ReviewLog(reviews).read();
    contents.problems().forEach(p -> System.err.println("dyadscope evaluate: " + p));
    List<Review> latest = new ArrayList<>();
    Map<String, Review> bySentence = new LinkedHashMap<>();
    for (Review r : contents.rows()) {
      bySentence.remove(r.docFile() + "#" + r.sentenceNo());
      bySentence.put(r.docFile() + "#" + r.sentenceNo(), r);
    }
    Set<String> speeches = new TreeSet<>();
    int other = 0;
    for (Review r : bySentence.values()) {
      if (UngdFileName.parse(r.docFile()).isPresent()) {
        latest.add(r);
        speeches.add(r.docFile());
      } else {
        other++;
      }
    }
    DocumentCoder coder = DocumentCoder.forCase(caseDir);
    List<SentenceCoding> codings = GoldCorpus.code(coder, speeches, root.resolve("ungd"), reviews.toString());
    Map<String, String> sentenceHash = new HashMap<>();
    for (SentenceCoding c : codings) {
      sentenceHash.put(c.docId().substring(c.docId().lastIndexOf(':') + 1) + ".txt#" + c.sentenceNo(), Hashes.sha256(c.text()));
    }
    List<Review> scored = new ArrayList<>();
    for (Review r : latest) {
      String now = sentenceHash.get(r.docFile() + "#" + r.sentenceNo());
      if (r.sentenceSha256().equals(now)) {
        scored.add(r);
      } else {
        System.err.println("dyadscope evaluate: " + reviews + ": review of " + r.docFile() + " sentence " + r.sentenceNo()
            + " left out: " + (now == null ? "the speech has no such sentence" : "the sentence's text changed")
            + " since it was reviewed (the speech is split differently now); review it again");
      }
    }
    System.out.println("lexicon " + coder.lexiconVersion());
    System.out.println(reviews + ": " + bySentence.size() + " reviewed sentences, " + scored.size()
        + " scored (UN General Debate speeches whose sentence is unchanged), " + other + " of other documents left out");
    EvaluationReport report = Evaluator.evaluate(reviews.getFileName().toString(), EvaluationReport.REVIEWS,
        ReviewLog.goldLabels(scored, null), codings);
    System.out.print(report.toText());
    if (errors) {
      printErrors(report, codings);
    }
    return 0;
  }

  /**
   * The trained detector's codings of the gold sentences of {@code sample} that are candidates
   * ({@link ModelCoder#candidate}; every split; the other sentences keep the lexicon's), their
   * sentences and neighbours embedded through the cache store.
   */
  private List<SentenceCoding> modelCodings(MoveModel model, List<SentenceCoding> codings, Path sample) throws Exception {
    Set<String> gold = new HashSet<>();
    GoldFile.readSample(sample).forEach(r -> gold.add(r.file().substring(0, r.file().lastIndexOf('.')) + "#" + r.sentenceNo()));
    Map<String, List<SentenceCoding>> byDoc = new LinkedHashMap<>();
    for (SentenceCoding c : codings) {
      byDoc.computeIfAbsent(c.docId(), k -> new ArrayList<>()).add(c);
    }
    List<SentenceCoding> out = new ArrayList<>(codings.size());
    try (SentenceEncoder encoder = SentenceEncoder.open(Runtime.getRuntime().availableProcessors());
        Store s = CacheStore.open(store != null ? store : TrainCommand.defaultStore(caseDir), "dyadscope evaluate",
            store != null)) {
      ModelCoder coder = new ModelCoder(model, new EmbeddingCache(s.connection(), encoder));
      for (List<SentenceCoding> doc : byDoc.values()) {
        String key = doc.get(0).docId().substring(doc.get(0).docId().lastIndexOf(':') + 1) + "#";
        // as a run codes: the detector judges the candidates, the other sentences keep the lexicon's "no move"
        out.addAll(coder.code(doc, i -> gold.contains(key + doc.get(i).sentenceNo()) && ModelCoder.candidate(doc.get(i))));
      }
    }
    return out;
  }

  private static void printErrors(EvaluationReport report, List<SentenceCoding> codings) {
    Map<String, SentenceCoding> byKey = new HashMap<>();
    for (SentenceCoding c : codings) {
      byKey.put(c.docId().substring(c.docId().lastIndexOf(':') + 1) + "#" + c.sentenceNo(), c);
    }
    System.out.println();
    for (String e : report.errors()) {
      SentenceCoding c = byKey.get(e.substring(0, e.indexOf(' ')));
      System.out.println(e);
      if (c != null) {
        System.out.println("    " + String.join(" ", c.matchedTerms()));
        System.out.println("    " + c.text().replaceAll("\\s+", " "));
      }
    }
  }
}
