package org.dyadscope.code.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dyadscope.TestData;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectorTrainingTest {
  private static final Path FLAGSHIP = Path.of("cases/russia-iran-2012-2022");
  private static final Set<String> SPEECHES = Set.of("CHN_70_2015.txt", "IRN_70_2015.txt", "RUS_70_2015.txt",
      "USA_70_2015.txt", "RUS_71_2016.txt");

  @TempDir Path dir;

  /** A case whose gold set is the flagship's rows of five speeches (both tuning and held-out rows). */
  private Path smallCase() throws Exception {
    Path gold = dir.resolve("case").resolve("gold");
    Files.createDirectories(gold);
    for (String f : List.of("sample.tsv", "gold.tsv")) {
      List<String> lines = Files.readAllLines(FLAGSHIP.resolve("gold").resolve(f), StandardCharsets.UTF_8);
      List<String> keep = new java.util.ArrayList<>(List.of(lines.get(0)));
      lines.stream().skip(1).filter(l -> SPEECHES.contains(l.substring(0, l.indexOf('\t')))).forEach(keep::add);
      Files.write(gold.resolve(f), keep, StandardCharsets.UTF_8);
    }
    return dir.resolve("case");
  }

  @Test
  void theFlagshipsManifestNamesItsModelByHashAndItsHeldOutDataNever() throws Exception {
    Path model = FLAGSHIP.resolve("model").resolve(MoveModel.FILE);
    String manifest = Files.readString(FLAGSHIP.resolve("model").resolve(DetectorTraining.MANIFEST));
    String sha = java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(model)));
    assertThat(manifest).contains("\"model_sha256\" : \"" + sha + "\"",
        "\"splits\" : [ \"test1\", \"dev\" ]", "\"sentences\" : 880", "\"moves\" : 154");
    assertThat(manifest).doesNotContain("test2", "test3", "test4", "\"test\"");
    assertThat(MoveModel.read(model).threshold()).isEqualTo(0.34);
  }

  @Test
  void trainingAgainWritesTheModelAndManifestByteForByteAndEmbedsNothingNew() throws Exception {
    Path ungd = TestData.file("ungd/RUS_70_2015.txt").getParent();
    Path caseDir = smallCase();
    try (SentenceEncoder encoder = SentenceEncoder.open(2); Store store = Store.open(dir.resolve("cache.duckdb"))) {
      EmbeddingCache first = new EmbeddingCache(store.connection(), encoder);
      MoveTrainer.Result r = DetectorTraining.train(caseDir, ungd, DocumentCoder.builtIn(), first, dir.resolve("a"));
      EmbeddingCache second = new EmbeddingCache(store.connection(), encoder);
      DetectorTraining.train(caseDir, ungd, DocumentCoder.builtIn(), second, dir.resolve("b"));
      assertThat(first.embedded()).isGreaterThan(100);
      assertThat(second.embedded()).isZero();
      for (String f : List.of(MoveModel.FILE, DetectorTraining.MANIFEST)) {
        assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
            .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
      }
      // the five speeches' dev and test1 rows: 100 sentences, of which the gold set codes 11 as moves
      assertThat(r.cvLexicon().tp() + r.cvLexicon().fn()).isEqualTo(11);
      assertThat(r.cvModel().tp() + r.cvModel().fn()).isEqualTo(11);
      MoveModel m = MoveModel.read(dir.resolve("a").resolve(MoveModel.FILE));
      assertThat(m.encoder()).isEqualTo("bge-small-en-v1.5-q@1.11.0-beta19");
      assertThat(m.weights()).hasSize(MoveFeatures.names().size());
      assertThat(Files.readString(dir.resolve("a").resolve(DetectorTraining.MANIFEST)))
          .contains("\"splits\" : [ \"dev\", \"test1\" ]", "\"sentences\" : 100");
    }
  }
}
