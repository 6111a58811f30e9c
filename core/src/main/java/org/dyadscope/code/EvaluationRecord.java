package org.dyadscope.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation figures of one lexicon version, kept with the gold set ({@code
 * <case>/gold/evaluation.tsv}, written by {@code dyadscope evaluate --record}) so that the report
 * can state them without re-running the evaluation.
 *
 * <p>File: tab-separated, header {@code lexicon, split, label, precision, recall, f1, tp, fp, fn,
 * detector}, one row per label ({@code move}, {@code desecuritizing}, {@code sector}, {@code
 * threat_source}) of the split evaluated with detector {@code lexicon}, the same four with detector
 * {@code model} when the case has a trained move detector, then rows with split {@code kappa}
 * (precision = Cohen's kappa between the two coders, recall = their observed agreement, counts and
 * detector empty). A file of the nine columns before {@code detector} holds lexicon rows only.
 *
 * @param lexiconVersion the lexicon evaluated
 * @param split the split the scores are on ({@code test}, {@code dev} or {@code all})
 * @param scores label → the lexicon's score on that split
 * @param modelScores label → the trained move detector's score on the same sentences; empty without one
 * @param kappa label → {kappa, agreement} between the two coders; empty without a second coding
 */
public record EvaluationRecord(String lexiconVersion, String split, Map<String, LabelScore> scores,
    Map<String, LabelScore> modelScores, Map<String, double[]> kappa) {
  private static final String OLD_HEADER = "lexicon\tsplit\tlabel\tprecision\trecall\tf1\ttp\tfp\tfn";
  private static final String HEADER = OLD_HEADER + "\tdetector";

  /**
   * The record of {@code report} (the lexicon's), {@code model} (the trained detector's on the same
   * split, or null) and {@code k} (or null) for {@code lexiconVersion}.
   */
  public static EvaluationRecord of(String lexiconVersion, EvaluationReport report, EvaluationReport model,
      KappaReport k) {
    Map<String, double[]> kappa = new LinkedHashMap<>();
    if (k != null) {
      kappa.put("move", new double[] {k.move(), k.moveAgreement()});
      kappa.put("desecuritizing", new double[] {k.desecuritizing(), k.desecuritizingAgreement()});
      kappa.put("sector", new double[] {k.sector(), k.sectorAgreement()});
      kappa.put("threat_source", new double[] {k.threatSource(), k.threatSourceAgreement()});
    }
    return new EvaluationRecord(lexiconVersion, report.split(), labels(report),
        model == null ? Map.of() : labels(model), kappa);
  }

  private static Map<String, LabelScore> labels(EvaluationReport report) {
    Map<String, LabelScore> s = new LinkedHashMap<>();
    s.put("move", report.move());
    s.put("desecuritizing", report.desecuritizing());
    s.put("sector", report.sector());
    s.put("threat_source", report.threatSource());
    return s;
  }

  /** Writes the record to {@code file}, replacing it. */
  public void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    scores.forEach((label, v) -> lines.add(row(label, v, "lexicon")));
    modelScores.forEach((label, v) -> lines.add(row(label, v, "model")));
    kappa.forEach((label, v) -> lines.add(String.format(Locale.ROOT, "%s\tkappa\t%s\t%.3f\t%.3f\t\t\t\t\t",
        lexiconVersion, label, v[0], v[1])));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private String row(String label, LabelScore v, String detector) {
    return String.format(Locale.ROOT, "%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%s", lexiconVersion, split, label,
        v.precision(), v.recall(), v.f1(), v.tp(), v.fp(), v.fn(), detector);
  }

  /**
   * Reads a record written by {@link #write}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line when a row is malformed
   */
  public static EvaluationRecord read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * The built-in lexicon's record on the flagship case's gold set
   * ({@code cases/russia-iran-2012-2022/gold/evaluation.tsv}, copied into the jar by the build), for
   * a case that codes with the built-in lexicon and has no gold set of its own.
   *
   * @throws IOException when the jar lacks it (a broken build)
   */
  public static EvaluationRecord builtIn() throws IOException {
    try (InputStream in = EvaluationRecord.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IOException(BUILT_IN + " is missing from the jar; rebuild it (mvn package)");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), "built-in " + BUILT_IN);
    }
  }

  private static final String BUILT_IN = "gold/evaluation.tsv";

  private static EvaluationRecord parse(List<String> lines, String file) {
    if (lines.isEmpty() || !(lines.get(0).equals(HEADER) || lines.get(0).equals(OLD_HEADER))) {
      throw new IllegalArgumentException(file + ":1: expected the header " + HEADER.replace('\t', ','));
    }
    String version = null;
    String split = null;
    Map<String, LabelScore> s = new LinkedHashMap<>();
    Map<String, LabelScore> m = new LinkedHashMap<>();
    Map<String, double[]> kappa = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      try {
        version = f[0];
        if (f[1].equals("kappa")) {
          kappa.put(f[2], new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        } else {
          split = f[1];
          String detector = f.length > 9 ? f[9] : "lexicon";
          if (!detector.equals("lexicon") && !detector.equals("model")) {
            throw new IllegalArgumentException("detector must be lexicon or model, not '" + detector + "'");
          }
          (detector.equals("model") ? m : s).put(f[2],
              new LabelScore(Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8])));
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": malformed row (" + e.getMessage()
            + "); rewrite it with dyadscope evaluate --record", e);
      }
    }
    return new EvaluationRecord(version, split, s, m, kappa);
  }
}
