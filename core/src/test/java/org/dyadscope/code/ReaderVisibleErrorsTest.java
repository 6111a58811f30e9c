package org.dyadscope.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.dyadscope.TestData;
import org.dyadscope.collect.ungd.SpeechText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The errors a reader of the 2023 General Debate codings saw first (issue 14), each on a sentence
 * written for it, and the same kind generalised. */
class ReaderVisibleErrorsTest {
  private static final DocumentCoder CODER = DocumentCoder.builtIn();

  private static SentenceCoding one(String sentence, String speaker) {
    List<SentenceCoding> c = CODER.code(sentence, speaker, "2023", "t:1");
    assertThat(c).hasSize(1);
    return c.get(0);
  }

  private static List<String> actorCodes(SentenceCoding c) {
    return c.actors().stream().map(ActorMention::code).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Russia doesn't pose a threat to the security of Europe.",
      "Russia doesn’t pose a threat to the security of Europe.",
      "Russia does not pose a threat to the security of Europe.",
      "Iran isn't a threat to any country in the region.",
      "China won’t pose a threat to the security of its neighbours.",
      "Our exercises aren't a threat to the security of Europe.",
      "We don't intend to wage war against anyone.",
      "Russia hasn't threatened the security of any State.",
      "Russia can't be a threat to the security of Europe."})
  void aThreatNegatedWithAContractionIsADenialNotAMove(String sentence) {
    SentenceCoding c = one(sentence, "RUS");
    assertThat(c.move()).isFalse();
    assertThat(c.desecuritizing()).isTrue();
    assertThat(c.negated()).isTrue();
    assertThat(c.threatSource()).isNull();
    assertThat(c.securitizingActor()).isNull();
    assertThat(c.matchedTerms()).anyMatch(t -> t.startsWith("denied="));
  }

  @Test
  void anotherActorsCommuniqueIsThatActorsClaimNotTheSpeakersMove() {
    SentenceCoding c = one("A NATO communiqué called our partnership a threat to the Euro-Atlantic area.", "RUS");
    assertThat(c.move()).isFalse();
    assertThat(c.desecuritizing()).isFalse();
    assertThat(c.securitizingActor()).isEqualTo("NATO");
    assertThat(c.matchedTerms()).containsExactly("reported=called (NATO)", "claimed=threat");
    assertThat(c.kwic()).contains("a [[threat]] to the Euro-Atlantic");
  }

  @Test
  void mockedWordsOfUnnamedOthersAreTheirClaim() {
    SentenceCoding c = one("They claim that NATO's advance is 'beneficial' while BRICS is dangerous.", "RUS");
    assertThat(c.move()).isFalse();
    assertThat(c.threatSource()).isNull();
    assertThat(c.securitizingActor()).isEqualTo(ReportedSpeech.UNNAMED);
    assertThat(c.matchedTerms()).contains("reported=claim (other)", "claimed=dangerous");
  }

  @Test
  void reportedFramesOfTheCorpusNameTheirActor() {
    // USA 2022: a leader reported stands for his state
    assertThat(one("Putin claims that he had to act because Russia was threatened.", "USA").securitizingActor())
        .isEqualTo("RUS");
    // RUS 2022
    SentenceCoding nato = one("NATO has declared that our country poses an immediate threat to the United States.", "RUS");
    assertThat(nato.move()).isFalse();
    assertThat(nato.securitizingActor()).isEqualTo("NATO");
    assertThat(one("According to NATO, Russia is the most direct threat to the security of the Alliance.", "RUS")
        .securitizingActor()).isEqualTo("NATO");
    // the frame covers its clause: the speaker's own threat after a clause break is still a move
    SentenceCoding own = one("Some say that we are dangerous, but terrorism threatens the security of our region.", "IRN");
    assertThat(own.move()).isTrue();
    assertThat(own.securitizingActor()).isEqualTo("IRN");
  }

  @Test
  void theSpeakersOwnVoiceAndDemandsAreNoReport() {
    SentenceCoding we = one("We have said that terrorism threatens the security of all nations.", "RUS");
    assertThat(we.move()).isTrue();
    assertThat(we.securitizingActor()).isEqualTo("RUS");
    assertThat(we.matchedTerms()).noneMatch(t -> t.startsWith("reported="));
    SentenceCoding demand = one("They call for the use of force while terrorism threatens the region.", "RUS");
    assertThat(demand.move()).isTrue();
    assertThat(demand.securitizingActor()).isEqualTo("RUS");
  }

  @Test
  void aBoastOfAPastVictoryIsNoThreat() {
    assertThat(one("We have driven back terrorism in Syria.", "RUS").move()).isFalse();
    assertThat(one("Our forces have defeated ISIL in Syria.", "RUS").move()).isFalse();
    // the present fight is still a move
    assertThat(one("We must defeat terrorism in Syria.", "RUS").move()).isTrue();
    assertThat(one("ISIL threatens Syria.", "RUS").move()).isTrue();
  }

  @Test
  void theVictimOfAThreatVerbIsNotItsSource() {
    SentenceCoding libya = one("NATO destroyed the Libyan State and unleashed terrorism across the region.", "RUS");
    assertThat(libya.move()).isTrue();
    assertThat(libya.threatSource()).isEqualTo("NATO");
    assertThat(one("The United States invaded Iraq and spread terrorism across the region.", "IRN").threatSource())
        .isEqualTo("USA");
    // after a generic threat noun and a relative "that", the actor is the subject that poses the threat
    assertThat(one("We must counter the threats that NATO has been creating on our borders.", "RUS").threatSource())
        .isEqualTo("NATO");
    // the object of "violate" is no source either (USA 2022, a dev sentence: gold PRK)
    assertThat(one("The Democratic People's Republic of Korea continues to violate United Nations sanctions.", "USA")
        .threatSource()).isNull(); // 1.4.2: UN
  }

  @Test
  void compassRegionsAreRegionsNotTheWest() {
    SentenceCoding c = one("Terrorism threatens the countries of West Asia and West Africa.", "IRN");
    assertThat(actorCodes(c)).containsExactly("ASIA", "AFRICA");
    assertThat(actorCodes(one("Stability in Western Asia and the Western Balkans is at risk.", "RUS")))
        .containsExactly("ASIA", "BALKANS");
    // the West itself stays an actor
    assertThat(one("The West threatens the security of Russia.", "RUS").threatSource()).isEqualTo("WEST");
  }

  @Test
  void lowerCaseCommonNounsAreNoCountries() {
    SentenceCoding c = one("We ate turkey from fine china while the aggression continued.", "RUS");
    assertThat(c.actors()).isEmpty();
    assertThat(actorCodes(one("Turkey, China, Chad and Jordan condemn the aggression.", "RUS")))
        .containsExactly("TUR", "CHN", "TCD", "JOR");
  }

  @Test
  void aPersonsNameIsNoState() {
    SentenceCoding c = one("Michael Jordan said that aggression must be stopped.", "RUS");
    assertThat(c.actors()).isEmpty();
    assertThat(c.move()).isFalse(); // his words, not the speaker's
    assertThat(c.securitizingActor()).isEqualTo(ReportedSpeech.UNNAMED);
    assertThat(actorCodes(one("Mr. Chad Smith spoke about the aggression.", "USA"))).isEmpty();
    assertThat(actorCodes(one("The aggression against Jordan must stop.", "USA"))).containsExactly("JOR");
  }

  @Test
  void dangersSaidWithoutThreatWordsAreMoves() {
    SentenceCoding end = one("These are actions that can be viewed as seeking the end of the human race.", "RUS");
    assertThat(end.move()).isTrue();
    assertThat(end.desecuritizing()).isFalse(); // "the end of" the human race is no ending cue here
    SentenceCoding family = one("They are waging a war against the institution of the family.", "RUS");
    assertThat(family.move()).isTrue();
    assertThat(family.referent()).isEqualTo("family");
    SentenceCoding nato = one("This is a dangerous manifestation of NATO's expansionism.", "RUS");
    assertThat(nato.move()).isTrue();
    assertThat(nato.threatSource()).isEqualTo("NATO");
  }

  @Test
  void theRussianSpeechOf2022NamesNatoAsTheClaimant() throws IOException {
    String text = SpeechText.decode(Files.readAllBytes(TestData.file("ungd/RUS_77_2022.txt"))).text();
    SentenceCoding c = CODER.code(text, "RUS", "2022", "ungd:RUS_77_2022").stream()
        .filter(s -> s.text().startsWith("NATO has declared that our country poses an immediate threat"))
        .findFirst().orElseThrow();
    assertThat(c.move()).isFalse();
    assertThat(c.securitizingActor()).isEqualTo("NATO");
    assertThat(c.matchedTerms()).contains("reported=declared (NATO)", "claimed=threat");
  }
}
