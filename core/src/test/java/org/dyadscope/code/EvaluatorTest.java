package org.dyadscope.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyadscope.TestData;
import org.dyadscope.code.lexicon.Sector;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.gold.GoldSampler;
import org.dyadscope.code.gold.SampleRow;
import org.dyadscope.collect.ungd.SpeechText;
import org.dyadscope.collect.ungd.UngdFileName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
  private static final Path GOLD = Path.of("cases/russia-iran-2012-2022/gold");
  private static final String HEADER = "file\tsentence_no\tmove\tdesecuritizing\tsector\tthreat_source\n";
  @TempDir Path dir;

  private static SentenceCoding coding(String doc, int no, boolean move, boolean desec, Sector s, String src) {
    return new SentenceCoding("ungd:" + doc, no, 0, 1, null, null, move, desec, s, null, src, 0, false,
        false, List.of(), List.of(), "v", -1, -1, "", "x", null, null);
  }

  @Test
  void scoresBinaryAndCategoricalLabels() throws IOException {
    Path gold = Files.writeString(dir.resolve("g.tsv"), HEADER
        + "A_1_1946.txt\t1\t1\t0\tmilitary\tNATO\n"
        + "A_1_1946.txt\t2\t1\t0\tpolitical\t\n"
        + "A_1_1946.txt\t3\t0\t1\tmilitary\t\n"
        + "A_1_1946.txt\t4\t0\t0\t\t\n");
    List<SentenceCoding> c = List.of(
        coding("A_1_1946", 1, true, false, Sector.MILITARY, "USA"),
        coding("A_1_1946", 2, false, false, null, null),
        coding("A_1_1946", 4, true, false, Sector.ECONOMIC, null));
    EvaluationReport r = Evaluator.evaluate(gold, c);
    assertThat(r.sentences()).isEqualTo(4);
    assertThat(r.missing()).isEqualTo(1);
    assertThat(r.move()).isEqualTo(new LabelScore(1, 1, 1));
    assertThat(r.move().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(r.desecuritizing()).isEqualTo(new LabelScore(0, 0, 1));
    // sentence 1 right, 2 and 3 missed, 4 a false sector
    assertThat(r.sector()).isEqualTo(new LabelScore(1, 1, 2));
    assertThat(r.sectorByValue().get("military")).isEqualTo(new LabelScore(1, 0, 1));
    // a wrong source is both a false positive and a false negative
    assertThat(r.threatSource()).isEqualTo(new LabelScore(0, 1, 1));
    assertThat(r.errors()).contains("A_1_1946#1 threat_source gold=NATO coder=USA");
    // 95% Wilson interval of 1 in 2, by hand: centre 0.5, half-width 1.96 sqrt(0.125 + 0.2401) / 2.9208
    assertThat(r.toText()).contains("move            P 0.500 R 0.500 F1 0.500 (tp 1, fp 1, fn 1; 95% CI P 0.095-0.905, R 0.095-0.905)");
  }

  @Test
  void cohensKappaMatchesAHandComputedValue() throws IOException {
    // move: a = 1,1,0,0,1,0 ; b = 1,0,0,0,1,1 -> po = 4/6, pa1 = pb1 = 1/2, pe = 1/2, kappa = 1/3
    StringBuilder a = new StringBuilder(HEADER);
    StringBuilder b = new StringBuilder(HEADER);
    int[] ma = {1, 1, 0, 0, 1, 0};
    int[] mb = {1, 0, 0, 0, 1, 1};
    for (int i = 0; i < 6; i++) {
      a.append("F_1_1946.txt\t").append(i + 1).append('\t').append(ma[i]).append("\t0\t\t\n");
      b.append("F_1_1946.txt\t").append(i + 1).append('\t').append(mb[i]).append("\t0\t\t\n");
    }
    b.append("F_1_1946.txt\t99\t1\t0\t\t\n"); // only coder b: ignored
    KappaReport k = Evaluator.kappa(Files.writeString(dir.resolve("a.tsv"), a),
        Files.writeString(dir.resolve("b.tsv"), b));
    assertThat(k.sentences()).isEqualTo(6);
    assertThat(k.move()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(k.moveAgreement()).isCloseTo(4.0 / 6, within(1e-9));
    assertThat(k.desecuritizing()).isEqualTo(1.0); // both always 0
  }

  @Test
  void badGoldRowNamesFileAndLine() throws IOException {
    Path g = Files.writeString(dir.resolve("bad.tsv"), HEADER + "F.txt\t1\tyes-ish\t0\t\t\n");
    assertThatThrownBy(() -> GoldFile.readLabels(g)).hasMessageContaining("bad.tsv:2")
        .hasMessageContaining("expected 0 or 1");
    Path h = Files.writeString(dir.resolve("h.tsv"), "file\tmove\n");
    assertThatThrownBy(() -> GoldFile.readLabels(h)).hasMessageContaining("lacks column 'sentence_no'");
  }

  @Test
  void goldSampleIsReproducibleAndStratified() throws IOException {
    List<String> speakers = List.of("RUS", "IRN", "USA", "CHN");
    GoldSampler sampler = new GoldSampler();
    List<SampleRow> round1 = sampler.sample(TestData.file("ungd"), speakers, 2012, 2022, 6, 2, 20120101L);
    List<SampleRow> round2 = sampler.extend(TestData.file("ungd"), speakers, 2012, 2022, 8, 5, 3, 20120101L);
    List<SampleRow> round3 = sampler.extend(TestData.file("ungd"), speakers, 2012, 2022, 16, 5, 3, 20120101L);
    List<SampleRow> round4 = sampler.extend(TestData.file("ungd"), speakers, 2012, 2022, 24, 5, 3, 20120101L);
    List<SampleRow> round5 = sampler.extend(TestData.file("ungd"), speakers, 2012, 2022, 32, 5, 3, 20120101L);
    // round 6: the next 8 positions of every speech, all held out (no dev), drawn after the detector was frozen
    List<SampleRow> round6 = sampler.extend(TestData.file("ungd"), speakers, 2012, 2022, 40, 8, 0, 20120101L);
    // round 7: the 8 after those, all held out, coded blind while lexicon and detector stayed frozen
    List<SampleRow> round7 = sampler.extend(TestData.file("ungd"), speakers, 2012, 2022, 48, 8, 0, 20120101L);
    // round 8: the 8 after those (fewer in the three speeches shorter than 64 sentences), the same way
    List<SampleRow> round8 = sampler.extend(TestData.file("ungd"), speakers, 2012, 2022, 56, 8, 0, 20120101L);
    List<SampleRow> drawn = new ArrayList<>(round1);
    // a round's held-out split is retired when the next round is drawn: a rename in sample.tsv
    drawn.addAll(retired(round2, "test2"));
    drawn.addAll(retired(round3, "test3"));
    drawn.addAll(retired(round4, "test4"));
    drawn.addAll(retired(round5, "test5"));
    drawn.addAll(retired(round6, "test6"));
    drawn.addAll(retired(round7, "test7"));
    drawn.addAll(round8);
    drawn.sort(Comparator.comparing(SampleRow::file).thenComparingInt(SampleRow::sentenceNo));
    assertThat(drawn).isEqualTo(GoldFile.readSample(GOLD.resolve("sample.tsv")));
    assertThat(round1).hasSize(352);
    assertThat(round1.stream().filter(r -> r.split().equals("test1"))).hasSize(132);
    assertThat(round2).hasSize(352);
    assertThat(round2.stream().filter(r -> r.split().equals("test"))).hasSize(220);
    assertThat(round3).hasSize(352);
    assertThat(round3.stream().filter(r -> r.split().equals("test"))).hasSize(220);
    assertThat(round4).hasSize(352);
    assertThat(round4.stream().filter(r -> r.split().equals("test"))).hasSize(220);
    assertThat(round5).hasSize(352);
    assertThat(round5.stream().filter(r -> r.split().equals("test"))).hasSize(220);
    assertThat(round6).hasSize(352).allMatch(r -> r.split().equals("test"));
    assertThat(round7).hasSize(352).allMatch(r -> r.split().equals("test"));
    assertThat(round8).hasSize(342).allMatch(r -> r.split().equals("test"));
    // rounds never overlap: each takes shuffle positions the earlier ones did not
    assertThat(drawn.stream().map(r -> r.file() + "#" + r.sentenceNo()).distinct()).hasSize(2806);
    assertThat(drawn.stream().map(SampleRow::file).distinct()).hasSize(44);
    assertThat(drawn).allSatisfy(r -> assertThat(r.year()).isBetween(2012, 2022));
    assertThat(GoldFile.readLabels(GOLD.resolve("coder1.tsv"))).hasSize(2806);
    assertThat(GoldFile.readLabels(GOLD.resolve("coder2.tsv"))).hasSize(2806);
    assertThat(GoldFile.readLabels(GOLD.resolve("gold.tsv"))).hasSize(2806);
  }

  private static List<SampleRow> retired(List<SampleRow> round, String name) {
    return round.stream().map(r -> r.split().equals("test")
        ? new SampleRow(r.file(), r.sentenceNo(), r.start(), r.end(), name, r.speaker(), r.year()) : r).toList();
  }

  @Test
  void coderOnBothSplits() throws IOException {
    DocumentCoder coder = DocumentCoder.builtIn();
    List<SentenceCoding> codings = new ArrayList<>();
    for (SampleRow r : GoldFile.readSample(GOLD.resolve("sample.tsv")).stream()
        .map(SampleRow::file).distinct().map(f -> new SampleRow(f, 0, 0, 0, "", "", 0)).toList()) {
      UngdFileName n = UngdFileName.parse(r.file()).orElseThrow();
      String text = SpeechText.decode(Files.readAllBytes(TestData.file("ungd/" + r.file()))).text();
      codings.addAll(coder.code(text, n.speaker(), String.valueOf(n.year()), n.docId()));
    }
    // against the adjudicated gold.tsv; the figures reported in CODEBOOK.md and the README for the
    // current lexicon: a lexicon change must re-report them. test1, the first held-out split, scored
    // once per lexicon 1.0.0-1.2.0 (1.1.0: move 18/9/4, desecuritizing 20/7/8, sector 35/13/12,
    // source 2/3/6; 1.0.0: move 18/14/4, desecuritizing 19/7/9, sector 35/16/12, source 2/4/6), open
    // to tuning since 1.2.0 (1.3.0 unchanged on test1; 1.4.0: move 18/8/4 -> 19/6/3, desecuritizing
    // 20/7/8 -> 21/7/7, sector 35/13/12 -> 36/13/11)
    // the held-out splits of rounds 2 (test2) and 3 (test3), each scored once, after lexicon 1.4.0 was
    // frozen, of round 4 (test4), scored once with 1.4.1, and of round 5 (test5), scored once with 1.4.2
    // (1.4.1-1.4.2 code every gold-set sentence as 1.4.0): far below dev and test1, see CODEBOOK.md, "Held-out
    // result"
    EvaluationReport test2 = Evaluator.evaluate(GOLD.resolve("gold.tsv"), GOLD.resolve("sample.tsv"),
        "test2", codings);
    assertThat(test2.sentences()).isEqualTo(220);
    assertThat(test2.move()).isEqualTo(new LabelScore(19, 13, 24));
    assertThat(test2.desecuritizing()).isEqualTo(new LabelScore(25, 13, 21));
    assertThat(test2.sector()).isEqualTo(new LabelScore(41, 25, 44));
    assertThat(test2.threatSource()).isEqualTo(new LabelScore(4, 3, 9));
    EvaluationReport test3 = Evaluator.evaluate(GOLD.resolve("gold.tsv"), GOLD.resolve("sample.tsv"),
        "test3", codings);
    assertThat(test3.sentences()).isEqualTo(220);
    assertThat(test3.move()).isEqualTo(new LabelScore(15, 13, 17));
    assertThat(test3.desecuritizing()).isEqualTo(new LabelScore(15, 20, 14));
    assertThat(test3.sector()).isEqualTo(new LabelScore(26, 34, 34));
    assertThat(test3.threatSource()).isEqualTo(new LabelScore(2, 3, 8));
    EvaluationReport test4 = Evaluator.evaluate(GOLD.resolve("gold.tsv"), GOLD.resolve("sample.tsv"),
        "test4", codings);
    assertThat(test4.sentences()).isEqualTo(220);
    assertThat(test4.move()).isEqualTo(new LabelScore(21, 18, 15));
    assertThat(test4.desecuritizing()).isEqualTo(new LabelScore(19, 21, 14));
    assertThat(test4.sector()).isEqualTo(new LabelScore(27, 42, 41));
    assertThat(test4.threatSource()).isEqualTo(new LabelScore(2, 3, 6));
    EvaluationReport test = Evaluator.evaluate(GOLD.resolve("gold.tsv"), GOLD.resolve("sample.tsv"),
        "test5", codings);
    assertThat(test.sentences()).isEqualTo(220);
    assertThat(test.missing()).isZero();
    assertThat(test.move()).isEqualTo(new LabelScore(23, 18, 12));
    // 35 human-coded moves in 220 sentences: the 95% Wilson intervals span about 0.3
    assertThat(test.move().precisionInterval().lower()).isCloseTo(0.4104, within(1e-4));
    assertThat(test.move().precisionInterval().upper()).isCloseTo(0.7011, within(1e-4));
    assertThat(test.move().recallInterval().lower()).isCloseTo(0.4915, within(1e-4));
    assertThat(test.move().recallInterval().upper()).isCloseTo(0.7917, within(1e-4));
    assertThat(new LabelScore(0, 0, 3).precisionInterval()).isNull();
    // no success: the Wilson interval starts at 0 (Commons Math gives +-1e-17), printed 0.000, never -0.000
    for (int fp = 1; fp <= 300; fp++) {
      LabelScore none = new LabelScore(0, fp, fp);
      assertThat(none.precisionInterval().lower()).isBetween(0.0, 1e-12);
      assertThat(none.toString()).contains("95% CI P 0.000-").doesNotContain("-0.000");
    }
    assertThat(new LabelScore(0, 3, 0).recallInterval()).isNull();
    // nothing coded and nothing in the gold: undefined, never 0.000; a coded value with no gold one: recall undefined
    assertThat(new LabelScore(0, 0, 0)).hasToString("P n/a R n/a F1 n/a (tp 0, fp 0, fn 0; 95% CI P n/a, R n/a)");
    assertThat(new LabelScore(0, 3, 0).toString()).startsWith("P 0.000 R n/a F1 0.000 (tp 0, fp 3, fn 0;");
    assertThat(new LabelScore(0, 0, 2).toString()).startsWith("P n/a R 0.000 F1 0.000 (tp 0, fp 0, fn 2;");
    assertThat(test.desecuritizing()).isEqualTo(new LabelScore(10, 14, 11));
    assertThat(test.sector()).isEqualTo(new LabelScore(26, 33, 30));
    assertThat(test.threatSource()).isEqualTo(new LabelScore(7, 6, 7));
    // round 6 (test6), coded blind after the trained detector was frozen and scored once with lexicon 1.5.0
    // beside it (cases/russia-iran-2012-2022/model/round6-once.txt): 68 human-coded moves in 352 sentences
    EvaluationReport round6 = assertSplit(codings, "test6", 352, new LabelScore(45, 17, 23), new LabelScore(37, 17, 23),
        new LabelScore(66, 44, 59), new LabelScore(4, 7, 11));
    assertThat(round6.move().f1()).isCloseTo(0.692, within(5e-4));
    // round 7 (test7), coded blind while lexicon 1.5.0 and the detector stayed frozen, scored once
    // (cases/russia-iran-2012-2022/model/round7-once.txt): 53 human-coded moves in 352 sentences
    EvaluationReport round7 = assertSplit(codings, "test7", 352, new LabelScore(35, 27, 18), new LabelScore(34, 19, 35),
        new LabelScore(59, 50, 62), new LabelScore(4, 4, 5));
    assertThat(round7.move().f1()).isCloseTo(0.609, within(5e-4));
    // round 8 (test), coded blind the same way, scored once (model/round8-once.txt): 55 moves in 342 sentences
    EvaluationReport round8 = assertSplit(codings, "test", 342, new LabelScore(39, 16, 16), new LabelScore(44, 22, 17),
        new LabelScore(63, 43, 47), new LabelScore(11, 4, 11));
    assertThat(round8.move().f1()).isCloseTo(0.709, within(5e-4));
    EvaluationReport test1 = Evaluator.evaluate(GOLD.resolve("gold.tsv"), GOLD.resolve("sample.tsv"),
        "test1", codings);
    assertThat(test1.sentences()).isEqualTo(132);
    assertThat(test1.missing()).isZero();
    assertThat(test1.move()).isEqualTo(new LabelScore(19, 6, 3));
    assertThat(test1.desecuritizing()).isEqualTo(new LabelScore(21, 7, 7));
    assertThat(test1.sector()).isEqualTo(new LabelScore(36, 13, 11));
    assertThat(test1.threatSource()).isEqualTo(new LabelScore(2, 3, 6));
    // the development split: round 1 (220) and round 2 (132) tuned on, rounds 3 to 5 (132 each) added
    // after 1.4.0 and never tuned on (rounds 1-3 alone, 1.4.1: move 66/22/21, desecuritizing 44/16/27,
    // sector 90/48/63, source 7/7/10; rounds 1-4: move 82/32/27, desecuritizing 52/26/33, sector
    // 109/71/79, source 9/10/15)
    // (on rounds 1-2 alone, 1.2.0: move 51/14/16, desecuritizing 33/11/15, sector 66/35/45, source
    // 6/5/7; 1.3.0: move 52/13/15, desecuritizing 33/12/15, sector 67/35/44, source 6/5/7; 1.4.0: move
    // 54/13/13, desecuritizing 33/12/15, sector 69/35/42, source 6/5/7); 1.5.0 (contractions, reported
    // speech, victories, victims, names) from 1.4.2 on all 748: source 9/11/21 -> 10/10/20, the rest
    // unchanged, and every held-out split unchanged
    EvaluationReport dev = Evaluator.evaluate(GOLD.resolve("gold.tsv"), GOLD.resolve("sample.tsv"),
        "dev", codings);
    assertThat(dev.sentences()).isEqualTo(748);
    assertThat(dev.missing()).isZero();
    assertThat(dev.move()).isEqualTo(new LabelScore(97, 40, 35));
    assertThat(dev.desecuritizing()).isEqualTo(new LabelScore(64, 34, 45));
    assertThat(dev.sector()).isEqualTo(new LabelScore(135, 82, 98));
    assertThat(dev.threatSource()).isEqualTo(new LabelScore(10, 10, 20));
    // the four earlier held-out splits pooled: the sums of test2..test5
    // (move P 78/140 = 0.557, R 78/146 = 0.534, as in the README)
    EvaluationReport heldOut = Evaluator.evaluate(GOLD.resolve("gold.tsv"), GOLD.resolve("sample.tsv"),
        List.of("test2", "test3", "test4", "test5"), codings);
    assertThat(heldOut.sentences()).isEqualTo(880);
    assertThat(heldOut.move()).isEqualTo(new LabelScore(19 + 15 + 21 + 23, 13 + 13 + 18 + 18, 24 + 17 + 15 + 12));
    assertThat(heldOut.toText()).startsWith("held out (never tuned on): gold gold.tsv, split test2+test3+test4+test5: "
        + "880 sentences");
    assertThat(List.of(heldOut, test, test2, test4, round6, round7)).allMatch(EvaluationReport::heldOut);
    assertThat(List.of(dev, test1)).noneMatch(EvaluationReport::heldOut);
    assertThat(dev.toText()).startsWith("TUNED ON (optimistic, the lexicon was fitted to these sentences): gold "
        + "gold.tsv, split dev: 748 sentences");
  }

  /** The flagship gold set's scores of {@code codings} on one split, checked label by label, with none missing. */
  private static EvaluationReport assertSplit(List<SentenceCoding> codings, String split, int sentences, LabelScore move,
      LabelScore desecuritizing, LabelScore sector, LabelScore threatSource) throws IOException {
    EvaluationReport r = Evaluator.evaluate(GOLD.resolve("gold.tsv"), GOLD.resolve("sample.tsv"), split, codings);
    assertThat(r.sentences()).as(split).isEqualTo(sentences);
    assertThat(r.missing()).as(split).isZero();
    assertThat(r.move()).as(split).isEqualTo(move);
    assertThat(r.desecuritizing()).as(split).isEqualTo(desecuritizing);
    assertThat(r.sector()).as(split).isEqualTo(sector);
    assertThat(r.threatSource()).as(split).isEqualTo(threatSource);
    return r;
  }
}
