package org.dyadscope.collect.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadscope.TestData;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.gdelt.ActorCode.Kind;
import org.dyadscope.collect.gdelt.ActorCode.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trap 6: composite CAMEO actor codes split into 3-letter tokens. */
class ActorCodeTest {
  private static ActorCode codes;

  @BeforeAll
  static void load() throws IOException {
    codes = ActorCode.load(TestData.file("gdelt/lookups/CAMEO.type.txt"),
        TestData.file("petrarch2/dictionaries"), Countries.standard());
  }

  @Test
  void splitsCountryAndAgentTokens() {
    ActorCode.Split s = codes.split("IRNGOV");
    assertThat(s.tokens()).containsExactly(new Token("IRN", Kind.COUNTRY, null),
        new Token("GOV", Kind.TYPE, "Government"));
    assertThat(s.unknown()).isEmpty();

    assertThat(codes.split("RUSMIL").tokens()).extracting(Token::code).containsExactly("RUS", "MIL");
    ActorCode.Split three = codes.split("USAGOVMIL");
    assertThat(three.tokens()).extracting(Token::kind).containsExactly(Kind.COUNTRY, Kind.TYPE, Kind.TYPE);
  }

  @Test
  void noCountryRegionsAndOrganisations() {
    ActorCode.Split cop = codes.split("---COP");
    assertThat(cop.tokens()).containsExactly(new Token("---", Kind.NO_COUNTRY, null),
        new Token("COP", Kind.TYPE, "Police forces"));
    ActorCode.Split mea = codes.split("MEAREB");
    assertThat(mea.tokens().get(0)).isEqualTo(new Token("MEA", Kind.REGION, "Middle East"));
    ActorCode.Split igo = codes.split("IGOUNO");
    assertThat(igo.tokens()).extracting(Token::kind).containsExactly(Kind.TYPE, Kind.TYPE);
  }

  @Test
  void historicalCountriesAreCountries() {
    for (String c : List.of("SUN", "DDR", "CSK", "YMD", "ZAR", "YUG")) {
      ActorCode.Split s = codes.split(c + "MIL");
      assertThat(s.tokens().get(0)).as(c).isEqualTo(new Token(c, Kind.COUNTRY, null));
      assertThat(s.unknown()).as(c).isEmpty();
    }
  }

  @Test
  void aCountryAfterATypeAndCameoCodesWithoutAGdeltTable() {
    ActorCode.Split mnc = codes.split("MNCUSA");
    assertThat(mnc.tokens()).extracting(Token::kind).containsExactly(Kind.TYPE, Kind.COUNTRY);
    // known group (EU), religions, ethnic code in lower case: CAMEO codes the PETRARCH-2 dictionaries use
    ActorCode.Split eu = codes.split("IGOEUREEC");
    assertThat(eu.unknown()).isEmpty();
    assertThat(eu.tokens().get(2)).isEqualTo(new Token("EEC", Kind.CAMEO_CODE, null));
    assertThat(codes.split("IRQRELMOS").unknown()).isEmpty();
    assertThat(codes.split("TURkur").unknown()).isEmpty();
    assertThat(codes.split("CHR").unknown()).isEmpty();
  }

  @Test
  void unknownTokensAndShortTailsAreReported() {
    ActorCode.Split s = codes.split("RUSXYZGOVQ");
    assertThat(s.unknown()).containsExactly("XYZ", "Q");
    assertThat(s.tokens()).extracting(Token::code).containsExactly("RUS", "XYZ", "GOV", "Q");
    assertThat(codes.split("QQQ").unknown()).containsExactly("QQQ");
    assertThat(codes.split(null).tokens()).isEmpty();
    assertThat(codes.split("").unknown()).isEmpty();
  }

  @Test
  void aMalformedTypeTableNamesItsLineAndAMissingDictionaryFolderIsNamed(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("CAMEO.type.txt");
    Files.write(bad, List.of("CODE\tLABEL", "GOV\tGovernment", "MILITARY\tMilitary"), StandardCharsets.UTF_8);
    Path dictionaries = TestData.file("petrarch2/dictionaries");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActorCode.load(bad, dictionaries, Countries.standard()))
        .isInstanceOf(IOException.class).hasMessageContaining("CAMEO.type.txt:3");
    Path types = TestData.file("gdelt/lookups/CAMEO.type.txt");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ActorCode.load(types, dir.resolve("none"), Countries.standard()))
        .isInstanceOf(IOException.class).hasMessageContaining("Phoenix.Countries.actors.txt: PETRARCH-2 dictionary not found");
  }

  @Test
  void dictionaryCodesAreBracketedRunsOfThreeOrMoreLettersOrHyphens() {
    java.util.Set<String> tokens = new java.util.HashSet<>();
    ActorCode.addCodeTokens("ABBAS [PSEPAG] [~gov] [~ab] [x] [IGOUNO-] [[CHN]] [~~USA] [é-SYR] [IRQ", tokens);
    // "[~~USA]" and "[é-SYR]": no code right after "[" or "[~"; a code may end the text
    assertThat(tokens).containsExactlyInAnyOrder("PSE", "PAG", "GOV", "IGO", "UNO", "CHN", "IRQ");
  }
}
