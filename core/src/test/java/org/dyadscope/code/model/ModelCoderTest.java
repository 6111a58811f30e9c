package org.dyadscope.code.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCoderTest {
  private static final Path FLAGSHIP = Path.of("cases/russia-iran-2012-2022");
  @TempDir Path dir;

  @Test
  void theDetectorKeepsTheLexiconsEvidenceWhereItAgreesAndSaysWhatItChanged() throws Exception {
    MoveModel model = MoveModel.forCase(FLAGSHIP);
    List<SentenceCoding> doc = DocumentCoder.builtIn().code("Terrorism is a threat to our security and we must act now. "
        + "The weather was fine. NATO does not pose a threat.", "RUS", "2017", "ungd:RUS_72_2017");
    try (SentenceEncoder encoder = SentenceEncoder.open(1); Store store = Store.open(dir.resolve("s.duckdb"))) {
      ModelCoder coder = new ModelCoder(model, new EmbeddingCache(store.connection(), encoder));
      SentenceCoding move = doc.get(0);
      assertThat(move.move()).isTrue();
      // the detector agrees: the lexicon's coding, its probability, detector model
      SentenceCoding kept = coder.decide(move, 0.9);
      assertThat(kept).usingRecursiveComparison().ignoringFields("detector", "moveProbability").isEqualTo(move);
      assertThat(kept.detector()).isEqualTo("model");
      assertThat(kept.moveProbability()).isEqualTo(0.9);
      // the detector drops the lexicon's move: no source, referent or securitizing actor, the evidence stays
      SentenceCoding dropped = coder.decide(move, 0.1);
      assertThat(dropped.move()).isFalse();
      assertThat(dropped.threatSource()).isNull();
      assertThat(dropped.securitizingActor()).isNull();
      assertThat(dropped.matchedTerms()).isEqualTo(move.matchedTerms());
      assertThat(dropped.kwic()).isEqualTo(move.kwic());
      // a move without any lexicon evidence: the speaker's, the whole sentence its key word in context
      SentenceCoding none = doc.get(1);
      assertThat(none.kwicStart()).isEqualTo(-1);
      SentenceCoding added = coder.decide(none, 0.5);
      assertThat(added.move()).isTrue();
      assertThat(added.securitizingActor()).isEqualTo("RUS");
      assertThat(added.kwic()).isEqualTo("[[The weather was fine.]]");
      assertThat(added.kwicStart()).isEqualTo(none.start());
      assertThat(added.kwicEnd()).isEqualTo(none.end());
      // a move the detector adds where the rules saw a threat and its source but no move: the
      // sector, referent and threat source the rules give it as a move
      SentenceCoding weak = DocumentCoder.builtIn().code("Economic sanctions by the West are a form of pressure.", "RUS",
          "2017", "ungd:RUS_72_2017").get(0);
      assertThat(weak.move()).isFalse();
      assertThat(weak.sector()).isNull();
      assertThat(weak.threatSource()).isNull();
      assertThat(ModelCoder.candidate(weak)).isTrue();
      SentenceCoding promoted = coder.decide(weak, 0.9);
      assertThat(promoted.move()).isTrue();
      assertThat(promoted.sectorLabel()).isEqualTo("economic");
      assertThat(promoted.threatSource()).isEqualTo("WEST");
      assertThat(promoted.referent()).isNull();
      // without any rule's vote the sector is military (rule 5), and no source is named
      assertThat(added.sectorLabel()).isEqualTo("military");
      assertThat(added.threatSource()).isNull();
      // whole document: the plain sentence is no candidate and keeps the lexicon's coding
      List<SentenceCoding> coded = coder.decide(doc);
      assertThat(coded).extracting(SentenceCoding::detector).containsExactly("model", "lexicon", "model");
      assertThat(coded.get(1)).isSameAs(doc.get(1));
      assertThat(coded.get(2).negated()).isTrue();
    }
  }

  @Test
  void aModelFileOfAnotherLayoutIsRefusedNamingTheFix() throws Exception {
    Path f = dir.resolve("move-detector.json");
    Files.writeString(f, Files.readString(MoveModel.file(FLAGSHIP)).replace("\"lex_n_claimed\"", "\"lex_n_other\""));
    assertThatThrownBy(() -> MoveModel.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retrain it with dyadscope train CASE");
    assertThat(MoveModel.read(MoveModel.file(FLAGSHIP)).toJson()).isEqualTo(Files.readAllBytes(MoveModel.file(FLAGSHIP)));
  }
}
