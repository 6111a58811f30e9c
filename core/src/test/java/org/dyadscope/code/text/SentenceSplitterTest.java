package org.dyadscope.code.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.dyadscope.TestData;
import org.dyadscope.collect.ungd.SpeechText;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void russia2015HasItsSentencesAndOffsetsSliceTheText() throws IOException {
    String text = SpeechText.decode(Files.readAllBytes(TestData.file("ungd/RUS_70_2015.txt"))).text();
    List<Sentence> s = splitter.split(text);
    assertThat(s).hasSize(139);
    assertThat(s).allSatisfy(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
    assertThat(s.get(0).text()).isEqualTo("The seventieth anniversary of the United Nations is a good "
        + "opportunity both to consider our history and to talk about our collective future.");
    assertThat(s.get(54).number()).isEqualTo(55);
    assertThat(s.get(54).text()).isEqualTo("The situation is more than dangerous.");
    // a page break inside a sentence does not split it
    assertThat(s.get(9).text()).isEqualTo(
        "When the United Nations was established, there was\n\nno suggestion that unanimity would reign.");
  }

  @Test
  void hardWrappedLinesStayInOneSentence() throws IOException {
    String text = SpeechText.decode(Files.readAllBytes(TestData.file("ungd/CHN_67_2012.txt"))).text();
    List<Sentence> s = splitter.split(text);
    assertThat(s.get(0).text()).isEqualTo("I wish\nto congratulate Mr. Jeremić on his election as "
        + "President\nof the General Assembly at its sixty-seventh session.");
  }

  @Test
  void blankTextHasNoSentencesAndNumbersStartAtOne() {
    assertThat(splitter.split("   \n ")).isEmpty();
    List<Sentence> s = splitter.split("  Peace is possible. War is not inevitable!  ");
    assertThat(s).extracting(Sentence::number).containsExactly(1, 2);
    assertThat(s).extracting(Sentence::text)
        .containsExactly("Peace is possible.", "War is not inevitable!");
    assertThat(s.get(0).start()).isEqualTo(2);
  }
}
