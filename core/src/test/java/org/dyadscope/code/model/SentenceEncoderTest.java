package org.dyadscope.code.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceEncoderTest {
  private static SentenceEncoder encoder;
  @TempDir Path dir;

  @BeforeAll
  static void load() {
    encoder = SentenceEncoder.open(2);
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void givesUnitVectorsInWhichParaphrasesAreCloserThanUnrelatedSentences() {
    List<float[]> v = encoder.embed(List.of(
        "NATO's expansion to the east threatens the security of Russia.",
        "The eastward enlargement of NATO is a danger to Russian security.",
        "We welcome the adoption of the 2030 Agenda for Sustainable Development."));
    assertThat(encoder.version()).isEqualTo("bge-small-en-v1.5-q@1.11.0-beta19");
    assertThat(v).hasSize(3).allSatisfy(x -> {
      assertThat(x).hasSize(SentenceEncoder.DIMENSION);
      assertThat(Math.sqrt(dot(x, x))).isCloseTo(1.0, within(1e-5));
    });
    double paraphrase = dot(v.get(0), v.get(1));
    double unrelated = dot(v.get(0), v.get(2));
    assertThat(paraphrase).isGreaterThan(0.85);
    assertThat(paraphrase - unrelated).isGreaterThan(0.2);
  }

  @Test
  void aVectorDoesNotDependOnTheBatchItIsEmbeddedIn() {
    String s = "Terrorism remains the gravest threat to international peace.";
    float[] alone = encoder.embed(List.of(s)).get(0);
    float[] inBatch = encoder.embed(List.of("Thank you, Mr. President.", s, "We must act now.")).get(1);
    assertThat(inBatch).containsExactly(alone);
  }

  @Test
  void theCacheEmbedsASentenceOnceAndASecondStoreTakesTheFirstOnesRows() throws Exception {
    List<String> texts = List.of("Sanctions are a weapon of economic war.", "We stand ready for dialogue.",
        "Sanctions are a weapon of economic war.");
    List<float[]> first;
    try (Store store = Store.open(dir.resolve("a.duckdb"))) {
      EmbeddingCache cache = new EmbeddingCache(store.connection(), encoder);
      first = cache.vectors(texts);
      assertThat(cache.embedded()).isEqualTo(2); // the repeated sentence is embedded once
      EmbeddingCache again = new EmbeddingCache(store.connection(), encoder);
      List<float[]> second = again.vectors(texts);
      assertThat(again.embedded()).isZero();
      for (int i = 0; i < texts.size(); i++) {
        assertThat(second.get(i)).containsExactly(first.get(i));
      }
    }
    try (Store next = Store.open(dir.resolve("b.duckdb"))) {
      assertThat(EmbeddingCache.carryOver(next.connection(), dir.resolve("a.duckdb"))).isEqualTo(2);
      assertThat(EmbeddingCache.carryOver(next.connection(), dir.resolve("a.duckdb"))).isZero();
      EmbeddingCache cache = new EmbeddingCache(next.connection(), encoder);
      assertThat(cache.vectors(texts).get(1)).containsExactly(first.get(1));
      assertThat(cache.embedded()).isZero();
      try (Statement st = next.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*), min(model) FROM embeddings")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(2);
        assertThat(rs.getString(2)).isEqualTo(encoder.version());
      }
    }
  }
}
