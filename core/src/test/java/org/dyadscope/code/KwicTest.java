package org.dyadscope.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyadscope.code.text.Sentence;
import org.junit.jupiter.api.Test;

class KwicTest {
  @Test
  void theWindowIsCutBetweenWordsNeverInsideOne() {
    // 40 characters either side of "stop" begin inside "Japan" and end inside "into"
    String text = "We call on the Government of Japan and the plant operator to immediately stop the discharge of "
        + "contaminated water into the ocean.";
    Sentence s = new Sentence(1, 0, text.length(), text);
    int ks = text.indexOf("stop");
    String kwic = Kwic.of(text, s, ks, ks + 4);
    assertThat(text.substring(ks - 40, ks + 44)).startsWith("n and").endsWith("water int"); // the bare window
    assertThat(kwic).isEqualTo("and the plant operator to immediately [[stop]] the discharge of contaminated water");
    // an apostrophe or hyphen is inside its word: "Japan’s" cut after the apostrophe loses the "s" too
    String possessive = "We call on the Government of Japan’s plant operator to act immediately and stop it.";
    Sentence p = new Sentence(1, 0, possessive.length(), possessive);
    int ps = possessive.indexOf("stop");
    assertThat(possessive.substring(ps - 40, ps)).startsWith("s plant");
    assertThat(Kwic.of(possessive, p, ps, ps + 4)).isEqualTo("plant operator to act immediately and [[stop]] it.");
    // a window that ends at a word's edge keeps it; the sentence's own edges are never cut
    String shortText = "Terrorism is a threat.";
    Sentence t = new Sentence(1, 0, shortText.length(), shortText);
    assertThat(Kwic.of(shortText, t, 15, 21)).isEqualTo("Terrorism is a [[threat]].");
    // a key phrase at the window's edge keeps every character of its own
    String tight = "Anexceptionallylongwordthatfillsthewholewindowandmore threat";
    Sentence u = new Sentence(1, 0, tight.length(), tight);
    assertThat(Kwic.of(tight, u, tight.length() - 6, tight.length())).isEqualTo("[[threat]]");
  }
}
