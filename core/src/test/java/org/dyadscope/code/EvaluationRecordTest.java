package org.dyadscope.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationRecordTest {

  @Test
  void theModelsRowsRoundTripBesideTheLexiconsAndAnOlderFileReadsAsLexiconOnly(@TempDir Path dir) throws Exception {
    // round 6 of the flagship: lexicon move 45/17/23, the detector 42/15/26
    EvaluationRecord r = new EvaluationRecord("dyadscope-lexicon-1.5.0", "test",
        Map.of("move", new LabelScore(45, 17, 23)), Map.of("move", new LabelScore(42, 15, 26)),
        Map.of("move", new double[] {0.920, 0.976}));
    Path f = dir.resolve("evaluation.tsv");
    r.write(f);
    assertThat(Files.readAllLines(f)).containsExactly(
        "lexicon\tsplit\tlabel\tprecision\trecall\tf1\ttp\tfp\tfn\tdetector",
        "dyadscope-lexicon-1.5.0\ttest\tmove\t0.726\t0.662\t0.692\t45\t17\t23\tlexicon",
        "dyadscope-lexicon-1.5.0\ttest\tmove\t0.737\t0.618\t0.672\t42\t15\t26\tmodel",
        "dyadscope-lexicon-1.5.0\tkappa\tmove\t0.920\t0.976\t\t\t\t\t");
    EvaluationRecord back = EvaluationRecord.read(f);
    assertThat(back.scores()).containsExactly(Map.entry("move", new LabelScore(45, 17, 23)));
    assertThat(back.modelScores()).containsExactly(Map.entry("move", new LabelScore(42, 15, 26)));
    assertThat(back.kappa().get("move")).containsExactly(0.920, 0.976);

    Path old = Files.writeString(dir.resolve("old.tsv"), "lexicon\tsplit\tlabel\tprecision\trecall\tf1\ttp\tfp\tfn\n"
        + "dyadscope-lexicon-1.4.2\ttest\tmove\t0.561\t0.657\t0.605\t23\t18\t12\n");
    EvaluationRecord o = EvaluationRecord.read(old);
    assertThat(o.scores()).containsExactly(Map.entry("move", new LabelScore(23, 18, 12)));
    assertThat(o.modelScores()).isEmpty();

    Path bad = Files.writeString(dir.resolve("bad.tsv"), "lexicon\tsplit\tlabel\tprecision\trecall\tf1\ttp\tfp\tfn\tdetector\n"
        + "x\ttest\tmove\t0.5\t0.5\t0.5\t1\t1\t1\trules\n");
    assertThatThrownBy(() -> EvaluationRecord.read(bad)).hasMessageContaining("bad.tsv:2:")
        .hasMessageContaining("detector must be lexicon or model, not 'rules'");
  }
}
