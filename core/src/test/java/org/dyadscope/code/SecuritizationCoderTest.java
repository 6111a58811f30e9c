package org.dyadscope.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadscope.TestData;
import org.dyadscope.code.lexicon.Sector;
import org.dyadscope.collect.ungd.SpeechText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecuritizationCoderTest {
  private static final DocumentCoder CODER = DocumentCoder.builtIn();

  private static SentenceCoding one(String sentence, String speaker) {
    List<SentenceCoding> c = CODER.code(sentence, speaker, "2020", "t:1");
    assertThat(c).hasSize(1);
    return c.get(0);
  }

  private static List<SentenceCoding> speech(String file) throws IOException {
    String text = SpeechText.decode(Files.readAllBytes(TestData.file("ungd/" + file))).text();
    return CODER.code(text, file.substring(0, 3), file.substring(7, 11), "ungd:" + file.replace(".txt", ""));
  }

  @Test
  void aThreatWithReferentUrgencyAndSourceIsAFullStrengthMove() {
    SentenceCoding c = one("NATO’s expansion threatens our security and we must respond immediately.", "RUS");
    assertThat(c.move()).isTrue();
    assertThat(c.threatSource()).isEqualTo("NATO");
    assertThat(c.referent()).isEqualTo("security");
    assertThat(c.sector()).isEqualTo(Sector.MILITARY);
    assertThat(c.strength()).isEqualTo(1.0);
    assertThat(c.matchedTerms()).contains("threat=threatens", "referent=security", "urgency=we must",
        "urgency=immediately", "source=NATO");
    // 40 chars either side of the key term, within the sentence
    assertThat(c.kwic()).isEqualTo("NATO’s expansion [[threatens]] our security and we must respond");
    assertThat(c.text().substring(c.kwicStart() - c.start(), c.kwicEnd() - c.start())).isEqualTo("threatens");
  }

  @Test
  void aCaseWordListOverrideChangesTheRuleThatReadsIt(@TempDir Path caseDir) throws IOException {
    String junta = "The Israeli junta threatens the security of the region.";
    // "Israeli" is an adjective: a source only with an agent noun of words.tsv after it
    assertThat(one("The Israeli regime threatens the security of the region.", "IRN").threatSource()).isEqualTo("ISR");
    assertThat(one(junta, "IRN").threatSource()).isNull();
    Files.createDirectories(caseDir.resolve("lexicon"));
    Files.writeString(caseDir.resolve("lexicon/words.tsv"), "list\tword\tflags\nagent_nouns\tjunta\t\n");
    SentenceCoding c = DocumentCoder.forCase(caseDir).code(junta, "IRN", "2020", "t:1").get(0);
    assertThat(c.threatSource()).isEqualTo("ISR");
    assertThat(c.strength()).isEqualTo(0.75);
    assertThat(c.lexiconVersion()).startsWith("dyadscope-lexicon-1.5.0+case-");
  }

  @Test
  void negatedThreatIsNoMoveButADenial() {
    SentenceCoding c = one("Iran’s peaceful nuclear programme is not a threat to anyone.", "IRN");
    assertThat(c.move()).isFalse();
    assertThat(c.negated()).isTrue();
    assertThat(c.desecuritizing()).isTrue();
    assertThat(c.matchedTerms()).contains("denied=threat");
    assertThat(one("Iran poses no threat.", "IRN").move()).isFalse();
    // "no" governs "justification", not terrorism: the preposition stops the negation
    assertThat(one("There is no justification for terrorism, which threatens us all.", "USA").move()).isTrue();
    // "not only" does not negate
    assertThat(one("Not only is the Islamic State a direct threat to them.", "RUS").move()).isTrue();
  }

  @Test
  void agentRulesFindTheSourceAndSkipTargetsAndTheSpeaker() {
    assertThat(one("We condemn the Israeli aggression against Lebanon.", "IRN").threatSource()).isEqualTo("ISR");
    SentenceCoding c = one("We condemn the aggression against Yemen.", "IRN");
    assertThat(c.threatSource()).isNull();
    assertThat(c.referent()).isEqualTo("state:YEM");
    assertThat(one("Sanctions imposed by the United States harm our people.", "IRN").threatSource())
        .isEqualTo("USA");
    assertThat(one("Russia’s aggression against Ukraine must end.", "RUS").threatSource()).isNull();
    assertThat(one("Russia’s aggression against Ukraine must end.", "USA").threatSource()).isEqualTo("RUS");
    // the subject of a clause that fights the threat is not its source (from the UNGD corpus)
    assertThat(one("Afghanistan should combat terrorism and integrate itself into the region.", "CHN")
        .threatSource()).isNull();
    assertThat(one("NATO is moving its military infrastructure to our borders, a threat to our security.", "RUS")
        .threatSource()).isEqualTo("NATO");
  }

  @Test
  void narrationIsNoMoveButARecentOrPresentThreatIs() {
    SentenceCoding past = one("In 1999, NATO attacked Yugoslavia in an act of aggression.", "RUS");
    assertThat(past.move()).isFalse();
    assertThat(one("The aggression against Iraq was launched twenty years ago.", "RUS").move()).isFalse();
    // a year within five years of the document (2020) is recent, not history
    assertThat(one("In 2018, terrorists attacked our cities.", "RUS").move()).isTrue();
    // a present cue keeps a sentence with past cues in the present
    assertThat(one("The aggression that was launched against Syria still continues.", "RUS").move()).isTrue();
  }

  @Test
  void deniedIntentionsAndReportedThreatsAreDenialsNotMoves() {
    SentenceCoding war = one("We have no intention to fight a war with anyone.", "RUS");
    assertThat(war.move()).isFalse();
    assertThat(war.desecuritizing()).isTrue();
    assertThat(war.matchedTerms()).contains("denied=war");
    assertThat(one("China will never seek hegemony or expansion.", "CHN").move()).isFalse();
    SentenceCoding soCalled = one("The so-called Iranian threat is a fabrication.", "IRN");
    assertThat(soCalled.move()).isFalse();
    assertThat(soCalled.desecuritizing()).isTrue();
    assertThat(one("They portray our peaceful programme as a threat.", "IRN").move()).isFalse();
    // "a pretext for X": X is the speaker's own threat
    assertThat(one("Human rights must not serve as a pretext for illegal interference in our affairs.", "RUS")
        .move()).isTrue();
  }

  @Test
  void rhetoricalQuestionsNeedMoreThanAThreatWord() {
    assertThat(one("But are we united against the extremists?", "USA").move()).isFalse();
    assertThat(one("Why are the sponsors of terrorism against our people never punished?", "IRN").move())
        .isTrue();
  }

  @Test
  void ofAfterAnAgentiveThreatNamesTheSourceAndListedPlacesAreTargets() {
    assertThat(one("We condemn the aggression of NATO against Yugoslavia.", "RUS").threatSource())
        .isEqualTo("NATO");
    assertThat(one("Iranian aggression threatens the region.", "USA").threatSource()).isEqualTo("IRN");
    SentenceCoding c = one("The crimes of Israel against the Palestinians continue.", "IRN");
    assertThat(c.move()).isTrue();
    assertThat(c.threatSource()).isEqualTo("ISR");
    // "of" names the threatened party for non-agentive terms
    assertThat(one("We condemn the occupation of Palestine.", "IRN").threatSource()).isNull();
    assertThat(one("Terrorism threatens people in Yemen, Syria, Iraq and Afghanistan.", "IRN").threatSource())
        .isNull();
  }

  @Test
  void desecuritizingMovesAndHedges() {
    SentenceCoding c = one("We call for a political settlement of the crisis through dialogue.", "CHN");
    assertThat(c.desecuritizing()).isTrue();
    assertThat(c.move()).isFalse();
    SentenceCoding end = one("We must end the war in Yemen.", "IRN");
    assertThat(end.desecuritizing()).isTrue();
    assertThat(end.move()).isFalse();
    SentenceCoding h = one("Terrorists may attack our cities.", "USA");
    assertThat(h.move()).isTrue();
    assertThat(h.hedged()).isTrue();
    assertThat(h.strength()).isEqualTo(0.75 * 1 / 4); // a threat, no referent, urgency or source
  }

  @Test
  void aGenericThreatWordNeedsToBeSpecified() {
    // CODEBOOK.md M: generic mentions of threats, without what threatens whom, are no move
    SentenceCoding bare = one("Our Alliance will take on today's and tomorrow's evolving threats.", "USA");
    assertThat(bare.move()).isFalse();
    assertThat(one("The situation is more than dangerous.", "RUS").move()).isFalse();
    // specified by what follows, by a referent in its clause, by a source or another threat term
    assertThat(one("We will not tolerate threats from anyone.", "IRN").move()).isTrue();
    assertThat(one("This is a danger to international peace and security.", "CHN").move()).isTrue();
    assertThat(one("NATO poses a growing danger.", "RUS").move()).isTrue();
    assertThat(one("The threats posed by terrorism keep growing.", "CHN").move()).isTrue();
    // a specific strong term still needs nothing else
    assertThat(one("Terrorism keeps growing.", "CHN").move()).isTrue();
  }

  @Test
  void endingsCoverCoordinatedTermsButNotOneSidedHostileActs() {
    SentenceCoding truce = one("We call for an immediate end to hostilities and violence in Syria.", "CHN");
    assertThat(truce.move()).isFalse();
    assertThat(truce.desecuritizing()).isTrue();
    // ending aggression is demanded: a move as well as desecuritizing (CODEBOOK.md M, "must stop")
    SentenceCoding yemen = one("Security will be ensured through the termination of aggression against Yemen.", "IRN");
    assertThat(yemen.move()).isTrue();
    assertThat(yemen.desecuritizing()).isTrue();
  }

  @Test
  void disarmamentIsNotAThreat() {
    SentenceCoding c = one("We support the verification and destruction of chemical weapons in Syria.", "CHN");
    assertThat(c.move()).isFalse();
    assertThat(c.desecuritizing()).isTrue();
    assertThat(c.matchedTerms()).contains("desecuritization=destruction");
    // destruction of anything else stays a harm
    assertThat(one("The war has brought the destruction of cities and we must stop it now.", "RUS").move())
        .isTrue();
  }

  @Test
  void enumerationsOfIllsAndRejectedViolenceAreNoMoves() {
    assertThat(one("Underdevelopment is at the root of the world's problems: poverty, the refugee crisis, "
        + "war, conflicts or terrorism.", "CHN").move()).isFalse();
    // a call or a named source makes the list a move
    assertThat(one("We must fight war, terrorism and extremism.", "CHN").move()).isTrue();
    SentenceCoding rejected = one("Every dispute can be resolved through moderation and the rejection of "
        + "violence and extremism.", "IRN");
    assertThat(rejected.move()).isFalse();
    assertThat(rejected.matchedTerms()).contains("denied=violence", "denied=extremism");
    assertThat(one("Democracy is the product of development, not war and aggression.", "IRN").move()).isFalse();
  }

  @Test
  void notToBeforeAVerbIsNegatedButNotToMentionIsNot() {
    SentenceCoding c = one("Remembering history is not to perpetuate hatred.", "CHN");
    assertThat(c.move()).isFalse();
    assertThat(c.matchedTerms()).contains("denied=hatred");
    assertThat(one("Poverty persists, not to mention terrorism.", "CHN").move()).isTrue();
    // "say no to": "to" is a preposition, the rejection is a call against the threat
    assertThat(one("We must say no to the militarization of outer space.", "RUS").matchedTerms())
        .noneMatch(t -> t.startsWith("denied="));
  }

  @Test
  void aCallForDialogueOrSettlementIsNoCallForMeasures() {
    SentenceCoding settle = one("We must settle the conflict for the sake of the people.", "USA");
    assertThat(settle.move()).isFalse();
    assertThat(settle.desecuritizing()).isTrue();
    assertThat(one("We must defeat the conflict for the sake of the people.", "USA").move()).isTrue();
  }

  @Test
  void aHostileActAimedAtTheSpeakerIsAThreat() {
    assertThat(one("The oppressive sanctions against Iran go on.", "IRN").move()).isTrue();
    assertThat(one("They levied even more sanctions on my people.", "IRN").move()).isTrue();
    // sanctions the speaker imposes on others are its measure, not a threat to it
    assertThat(one("Our sanctions on Iran go on.", "USA").move()).isFalse();
  }

  @Test
  void settlingAConflictDesecuritizesItAndItsRelativeClause() {
    SentenceCoding c = one("We should ramp up our efforts to settle the many crises and conflicts all over the world.", "RUS");
    assertThat(c.move()).isFalse();
    assertThat(c.desecuritizing()).isTrue();
    // "resolve the conflict" was one phrase that hid its own threat word from the ending rule
    SentenceCoding r = one("The United States is prepared to work with any nation to resolve the conflict.", "USA");
    assertThat(r.desecuritizing()).isTrue();
    assertThat(r.matchedTerms()).contains("desecuritization=resolve");
    // the relative clause describes the conflicts being ended
    assertThat(one("We must work to end the conflicts that are driving so much pain and hurt around the world.",
        "USA").move()).isFalse();
    // a settled one-sided hostile act is still demanded to end
    assertThat(one("We demand a settlement of the aggression against Yemen.", "IRN").move()).isTrue();
  }

  @Test
  void anAvertedThreatIsNoMove() {
    SentenceCoding c = one("Their last joint effort prevented escalation and bloodshed in the Idlib region.", "IRN");
    assertThat(c.move()).isFalse();
    assertThat(c.desecuritizing()).isTrue();
    assertThat(one("We must prevent bloodshed in the region.", "IRN").move()).isTrue();
  }

  @Test
  void somethingSetAgainstAThreatIsACallToFightIt() {
    SentenceCoding c = one("Vaccination is our powerful weapon against COVID-19.", "CHN");
    assertThat(c.move()).isTrue();
    assertThat(c.sector()).isEqualTo(Sector.ENVIRONMENTAL);
    assertThat(c.matchedTerms()).contains("counter=against COVID-19");
    // the target of a hostile act is no threat
    assertThat(one("The aggression against the violence of the past ended.", "IRN").matchedTerms())
        .noneMatch(t -> t.startsWith("counter="));
  }

  @Test
  void aReferentThatIsCollapsingIsEndangered() {
    assertThat(one("Our region is on the brink of collapse.", "IRN").move()).isTrue();
    assertThat(one("Their democratic institutions are being destroyed.", "USA").move()).isTrue();
    // past narration, a referent governed by a preposition, or a compound are not the subject
    assertThat(one("Our region was on the brink of collapse.", "IRN").move()).isFalse();
    assertThat(one("The prospects of the Arab Peace Initiative are on the verge of collapse.", "RUS").move())
        .isFalse();
    assertThat(one("The collapse of colonialism allowed more people to live in freedom.", "USA").move()).isFalse();
  }

  @Test
  void hyphenatedPrefixesAndDocumentReferencesAreNoThreats() {
    assertThat(one("We must rebuild the post-war order of the world.", "RUS").matchedTerms())
        .noneMatch(t -> t.startsWith("threat="));
    assertThat(one("We implement the Geneva communique (S/2012/522, annex).", "RUS").move()).isFalse();
  }

  @Test
  void russia2022NamesNatoAsTheThreatOnItsBorders() throws IOException {
    List<SentenceCoding> s = speech("RUS_77_2022.txt");
    SentenceCoding c = s.get(24);
    assertThat(c.sentenceNo()).isEqualTo(25);
    assertThat(c.text()).startsWith("In a continuation of its irrational policy of expanding NATO eastward");
    assertThat(c.move()).isTrue();
    assertThat(c.sector()).isEqualTo(Sector.MILITARY);
    assertThat(c.threatSource()).isEqualTo("NATO");
    assertThat(c.referent()).isEqualTo("borders");
    assertThat(c.lexiconVersion()).isEqualTo("dyadscope-lexicon-1.5.0");
  }

  @Test
  void usa2017NamesNorthKoreaAsAThreatToTheWorld() throws IOException {
    SentenceCoding c = speech("USA_72_2017.txt").get(78);
    assertThat(c.sentenceNo()).isEqualTo(79);
    assertThat(c.text()).contains("North Korea’s reckless pursuit of nuclear weapons");
    assertThat(c.move()).isTrue();
    assertThat(c.threatSource()).isEqualTo("PRK");
    assertThat(c.sector()).isEqualTo(Sector.MILITARY);
    assertThat(c.referent()).isEqualTo("world");
  }

  @Test
  void everyCodingsOffsetsSliceTheSpeech() throws IOException {
    String text = SpeechText.decode(Files.readAllBytes(TestData.file("ungd/RUS_70_2015.txt"))).text();
    List<SentenceCoding> s = CODER.code(text, "RUS", "2015", "ungd:RUS_70_2015");
    assertThat(s).hasSize(139);
    assertThat(s).allSatisfy(c -> {
      assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
      if (c.kwicStart() >= 0) {
        assertThat(c.kwicStart()).isBetween(c.start(), c.end());
        assertThat(c.kwic()).contains("[[" + text.substring(c.kwicStart(), c.kwicEnd()).replaceAll("\\s+", " ") + "]]");
      }
      c.actors().forEach(a -> assertThat(a.start()).isBetween(c.start(), c.end()));
    });
    assertThat(s.get(54).text()).isEqualTo("The situation is more than dangerous.");
    assertThat(s.stream().filter(SentenceCoding::move).count()).isBetween(20L, 60L);
  }
}
