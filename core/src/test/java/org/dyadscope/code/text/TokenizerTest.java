package org.dyadscope.code.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  @Test
  void foldsCaseAndTypographicApostrophesAndSplitsClitics() {
    String s = "Iran’s “nuclear” programme is a Threat";
    List<Token> t = tokenizer.tokenize(s);
    assertThat(t).extracting(Token::key)
        .containsExactly("iran", "'s", "nuclear", "programme", "is", "a", "threat");
    assertThat(t).allSatisfy(x -> assertThat(TextFold.fold(s.substring(x.start(), x.end())))
        .isEqualTo(x.key()));
    assertThat(t.get(2).clauseBreakBefore()).isTrue(); // the opening quote
    assertThat(t.get(1).clauseBreakBefore()).isFalse();
  }

  @Test
  void contractionsGetTheKeyOfTheirFullWordWithEitherApostrophe() {
    String s = "Russia doesn't, Iran isn’t, they won't, can’t, we'll, you’re, they've, I'm, it's, he'd";
    List<Token> t = tokenizer.tokenize(s);
    assertThat(t).extracting(Token::key).containsExactly("russia", "does", "not", "iran", "is", "not",
        "they", "will", "not", "can", "not", "we", "will", "you", "are", "they", "have", "i", "am",
        "it", "'s", "he", "'d");
    // the keys change, the offsets still slice what is written
    assertThat(s.substring(t.get(4).start(), t.get(4).end())).isEqualTo("isn");
    assertThat(s.substring(t.get(5).start(), t.get(5).end())).isEqualTo("’t");
  }

  @Test
  void hyphensSplitCompoundsAlsoAcrossLineBreaksButDashesBreakClauses() {
    assertThat(tokenizer.tokenize("non-proliferation, non-\nproliferation")).extracting(Token::key)
        .containsExactly("non", "proliferation", "non", "proliferation");
    List<Token> t = tokenizer.tokenize("vetoes — by the United States");
    assertThat(t.get(1).key()).isEqualTo("by");
    assertThat(t.get(1).clauseBreakBefore()).isTrue();
    assertThat(tokenizer.tokenize("non-\nproliferation").get(1).clauseBreakBefore()).isFalse();
  }

  @Test
  void offsetsAreRelativeToTheWholeText() {
    String text = "xx Security Council yy";
    List<Token> t = tokenizer.tokenize(text, 3, 19);
    assertThat(t).extracting(Token::key).containsExactly("security", "council");
    assertThat(text.substring(t.get(1).start(), t.get(1).end())).isEqualTo("Council");
  }

  @Test
  void foldIsLengthPreserving() {
    String s = "A\u00A0B\nC’D“E”F–G—H";
    assertThat(TextFold.fold(s)).isEqualTo("a b c'd\"e\"f-g-h").hasSameSizeAs(s);
    assertThat(TextFold.nfc("Gene\u0300ve")).isEqualTo("Genève");
  }
}
