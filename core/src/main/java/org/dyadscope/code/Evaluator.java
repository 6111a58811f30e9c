package org.dyadscope.code;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.gold.GoldLabel;
import org.dyadscope.code.gold.SampleRow;
import org.dyadscope.code.lexicon.Sector;

/**
 * Scores codings against a hand-coded gold set and measures agreement between two coders.
 *
 * <p>A gold row ({@code RUS_70_2015.txt}, sentence 55) is joined to the coding whose document id
 * ends with the file name without extension ({@code ungd:RUS_70_2015}: the part after the last
 * {@code :}) and has the same sentence number. A gold sentence without a coding counts as coded
 * "nothing" (no move, no desecuritization, no sector, no source) and is reported in {@link
 * EvaluationReport#missing}. The scores are defined in {@link LabelScore}; kappa in {@link
 * KappaReport}.
 */
public final class Evaluator {
  private Evaluator() {}

  /** Scores {@code codings} on every sentence of {@code goldFile}. */
  public static EvaluationReport evaluate(Path goldFile, List<SentenceCoding> codings)
      throws IOException {
    return score(goldFile.getFileName().toString(), "all", GoldFile.readLabels(goldFile), codings);
  }

  /**
   * Scores {@code codings} on the labels {@code gold} (e.g. analysts' reviews); {@code name} names
   * them in the report and {@code split} says which sentences they are.
   */
  public static EvaluationReport evaluate(String name, String split, List<GoldLabel> gold, List<SentenceCoding> codings) {
    return score(name, split, gold, codings);
  }

  /**
   * Scores {@code codings} on the sentences of one split of {@code sampleFile} ({@code dev},
   * {@code test}, or a retired held-out split such as {@code test1}).
   *
   * @throws IOException when a file cannot be read
   */
  public static EvaluationReport evaluate(Path goldFile, Path sampleFile, String split,
      List<SentenceCoding> codings) throws IOException {
    return evaluate(goldFile, sampleFile, List.of(split), codings);
  }

  /**
   * Scores {@code codings} on the sentences of several splits of {@code sampleFile} pooled, e.g.
   * the held-out splits {@link EvaluationReport#HELD_OUT_SPLITS}; the report's split is their
   * names joined by {@code +}.
   *
   * @throws IOException when a file cannot be read
   */
  public static EvaluationReport evaluate(Path goldFile, Path sampleFile, List<String> splits,
      List<SentenceCoding> codings) throws IOException {
    Set<String> keep = new java.util.HashSet<>();
    for (SampleRow r : GoldFile.readSample(sampleFile)) {
      if (splits.contains(r.split())) {
        keep.add(r.file() + "#" + r.sentenceNo());
      }
    }
    List<GoldLabel> gold = GoldFile.readLabels(goldFile).stream()
        .filter(g -> keep.contains(g.file() + "#" + g.sentenceNo())).toList();
    return score(goldFile.getFileName().toString(), String.join("+", splits), gold, codings);
  }

  /** Cohen's kappa between two coders' files, on the sentences both coded. */
  public static KappaReport kappa(Path coderA, Path coderB) throws IOException {
    Map<String, GoldLabel> b = new HashMap<>();
    for (GoldLabel g : GoldFile.readLabels(coderB)) {
      b.put(g.file() + "#" + g.sentenceNo(), g);
    }
    List<GoldLabel[]> pairs = new ArrayList<>();
    for (GoldLabel a : GoldFile.readLabels(coderA)) {
      GoldLabel other = b.get(a.file() + "#" + a.sentenceNo());
      if (other != null) {
        pairs.add(new GoldLabel[] {a, other});
      }
    }
    double[] move = kappa(pairs, g -> String.valueOf(g.move()));
    double[] desec = kappa(pairs, g -> String.valueOf(g.desecuritizing()));
    double[] sector = kappa(pairs, GoldLabel::sector);
    double[] source = kappa(pairs, GoldLabel::threatSource);
    return new KappaReport(pairs.size(), move[0], move[1], desec[0], desec[1], sector[0], sector[1],
        source[0], source[1]);
  }

  /** {kappa, observed agreement}; kappa is 1 when both coders used one and the same category. */
  static double[] kappa(List<GoldLabel[]> pairs, Function<GoldLabel, String> label) {
    if (pairs.isEmpty()) {
      return new double[] {Double.NaN, Double.NaN};
    }
    Map<String, Integer> ma = new HashMap<>();
    Map<String, Integer> mb = new HashMap<>();
    int agree = 0;
    for (GoldLabel[] p : pairs) {
      String a = label.apply(p[0]);
      String c = label.apply(p[1]);
      ma.merge(a, 1, Integer::sum);
      mb.merge(c, 1, Integer::sum);
      if (a.equals(c)) {
        agree++;
      }
    }
    double n = pairs.size();
    double po = agree / n;
    double pe = 0;
    for (Map.Entry<String, Integer> e : ma.entrySet()) {
      pe += (e.getValue() / n) * (mb.getOrDefault(e.getKey(), 0) / n);
    }
    double k = pe == 1.0 ? 1.0 : (po - pe) / (1 - pe);
    return new double[] {k, po};
  }

  private static EvaluationReport score(String goldName, String split, List<GoldLabel> gold,
      List<SentenceCoding> codings) {
    Map<String, SentenceCoding> byKey = new HashMap<>();
    for (SentenceCoding c : codings) {
      String id = c.docId();
      byKey.put(id.substring(id.lastIndexOf(':') + 1) + "#" + c.sentenceNo(), c);
    }
    int[] move = new int[3];
    int[] desec = new int[3];
    int[] sector = new int[3];
    int[] source = new int[3];
    Map<String, int[]> perSector = new TreeMap<>();
    for (Sector s : Sector.values()) {
      perSector.put(s.label(), new int[3]);
    }
    List<String> errors = new ArrayList<>();
    int missing = 0;
    for (GoldLabel g : gold) {
      String key = g.docKey() + "#" + g.sentenceNo();
      SentenceCoding c = byKey.get(key);
      if (c == null) {
        missing++;
      }
      boolean pm = c != null && c.move();
      boolean pd = c != null && c.desecuritizing();
      String ps = c == null ? "" : c.sectorLabel();
      String pt = c == null || c.threatSource() == null ? "" : c.threatSource();
      binary(move, g.move(), pm, key, "move", errors);
      binary(desec, g.desecuritizing(), pd, key, "desecuritizing", errors);
      categorical(sector, g.sector(), ps, key, "sector", errors);
      categorical(source, g.threatSource(), pt, key, "threat_source", errors);
      for (Map.Entry<String, int[]> e : perSector.entrySet()) {
        boolean gs = e.getKey().equals(g.sector());
        boolean cs = e.getKey().equals(ps);
        count(e.getValue(), gs, cs);
      }
    }
    Map<String, LabelScore> bySector = new LinkedHashMap<>();
    perSector.forEach((k, v) -> bySector.put(k, new LabelScore(v[0], v[1], v[2])));
    return new EvaluationReport(goldName, split, gold.size(), missing, score(move), score(desec),
        score(sector), score(source), bySector, List.copyOf(errors));
  }

  private static void binary(int[] c, boolean gold, boolean coded, String key, String label,
      List<String> errors) {
    count(c, gold, coded);
    if (gold != coded) {
      errors.add(key + " " + label + " gold=" + (gold ? 1 : 0) + " coder=" + (coded ? 1 : 0));
    }
  }

  private static void categorical(int[] c, String gold, String coded, String key, String label,
      List<String> errors) {
    if (!gold.isEmpty() && gold.equals(coded)) {
      c[0]++;
      return;
    }
    if (!coded.isEmpty()) {
      c[1]++;
    }
    if (!gold.isEmpty()) {
      c[2]++;
    }
    if (!gold.equals(coded)) {
      errors.add(key + " " + label + " gold=" + gold + " coder=" + coded);
    }
  }

  private static void count(int[] c, boolean gold, boolean coded) {
    if (gold && coded) {
      c[0]++;
    } else if (coded) {
      c[1]++;
    } else if (gold) {
      c[2]++;
    }
  }

  private static LabelScore score(int[] c) {
    return new LabelScore(c[0], c[1], c[2]);
  }
}
