package org.dyadscope.code.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.dyadscope.code.text.Token;
import org.dyadscope.code.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  private static final Lexicon LEX = Lexicon.builtIn();
  @TempDir Path dir;

  private static List<Match> match(Lexicon lex, String text) {
    List<Token> tokens = new Tokenizer().tokenize(text);
    return lex.matcher().match(tokens, text);
  }

  private static List<String> actors(Lexicon lex, String text) {
    return match(lex, text).stream().filter(m -> m.is(Category.ACTOR))
        .map(m -> m.entry(Category.ACTOR).value() + "@" + text.substring(m.start(), m.end()))
        .toList();
  }

  @Test
  void builtInHasItsVersionAndEveryCategory() {
    assertThat(LEX.version()).isEqualTo("dyadscope-lexicon-1.5.0");
    for (Category c : Category.values()) {
      assertThat(LEX.entries(c)).as(c.fileName()).isNotEmpty();
    }
    assertThat(LEX.lookup(Category.ACTOR, "Islamic Republic of Iran").value()).isEqualTo("IRN");
    assertThat(LEX.lookup(Category.ACTOR, "Côte d’Ivoire").value()).isEqualTo("CIV");
  }

  @Test
  void longestMatchWinsAcrossCategories() {
    assertThat(actors(LEX, "the United States of America and the Islamic Republic of Iran"))
        .containsExactly("USA@United States of America", "IRN@Islamic Republic of Iran");
    // the actor "Security Council" hides the referent "security"
    List<Match> m = match(LEX, "the Security Council and international peace and security");
    assertThat(m).extracting(x -> x.entries().get(0).phrase())
        .containsExactly("Security Council", "international peace and security");
    // "cannot tolerate" is one urgency phrase, not a negation followed by a word
    assertThat(match(LEX, "we cannot tolerate terrorism")).extracting(x -> x.entries().get(0).category())
        .containsExactly(Category.URGENCY, Category.THREAT);
  }

  @Test
  void equallyLongOverlapsGoToTheLeftmost() {
    // "Latin American" (region) and "American countries" do not exist together: the region
    // phrase "Latin America" and "American" compete; the two-token phrase wins over one token
    assertThat(actors(LEX, "Latin American States")).containsExactly("LATAM@Latin American");
    PhraseMatcher pm = new PhraseMatcher(List.of(entry("a b"), entry("b c")));
    String text = "a b c";
    assertThat(pm.match(new Tokenizer().tokenize(text), text)).singleElement()
        .satisfies(x -> assertThat(x.entries().get(0).phrase()).isEqualTo("a b"));
  }

  @Test
  void caseSensitiveAcronymsDoNotMatchWords() {
    assertThat(actors(LEX, "The US told us that WHO said who")).containsExactly("USA@US", "WHO@WHO");
    assertThat(actors(LEX, "the U.S. and Russia’s position")).containsExactly("USA@U.S", "RUS@Russia");
  }

  @Test
  void caseOverridesExtendReplaceAndRemoveAndChangeTheVersion() throws IOException {
    Files.writeString(dir.resolve("actors.tsv"), "phrase\tvalue\tattr\tsector\tflags\n"
        + "Ruritania\tRUR\tstate\t\t\nMoscow\t\t\t\tremove\n");
    Files.writeString(dir.resolve("hedge.tsv"), "# mode: replace\nphrase\tvalue\n"
        + "arguably\t\n");
    Lexicon lex = Lexicon.withOverrides(dir);
    assertThat(lex.version()).startsWith("dyadscope-lexicon-1.5.0+case-").hasSize(41);
    assertThat(actors(lex, "Ruritania and Moscow and Iran")).containsExactly("RUR@Ruritania", "IRN@Iran");
    assertThat(lex.entries(Category.HEDGE)).extracting(LexiconEntry::phrase).containsExactly("arguably");
    assertThat(Lexicon.withOverrides(dir.resolve("absent")).version()).isEqualTo(LEX.version());
  }

  @Test
  void badOverrideNamesFileAndLine() throws IOException {
    Files.writeString(dir.resolve("sector.tsv"), "phrase\tvalue\nclimate\tweather\n");
    assertThatThrownBy(() -> Lexicon.withOverrides(dir))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("sector.tsv:2").hasMessageContaining("unknown sector 'weather'");
    Files.writeString(dir.resolve("sector.tsv"), "words\tsector\n");
    assertThatThrownBy(() -> Lexicon.withOverrides(dir))
        .hasMessageContaining("sector.tsv:1").hasMessageContaining("expected the header");
  }

  @Test
  void builtInRowsCarryTypedAttributesAndFlags() {
    LexiconEntry aggression = LEX.lookup(Category.THREAT, "aggression");
    assertThat(aggression.attr()).isEqualTo(Attribute.STRONG);
    assertThat(aggression.flags()).contains(Flag.AGENTOF, Flag.ENDABLE);
    LexiconEntry putin = LEX.lookup(Category.ACTOR, "Putin");
    assertThat(putin.attr()).isEqualTo(Attribute.LEADER);
    assertThat(putin.flags()).containsExactly(Flag.PERSON);
    assertThat(putin.person()).isEqualTo("putin");
    assertThat(LEX.lookup(Category.ACTOR, "US").caseSensitive()).isTrue();
    assertThat(LEX.lookup(Category.HEDGE, "may").attr()).isNull();
  }

  @Test
  void unknownAttributeIsRefusedWithFileLineAndTheValidOnes() throws IOException {
    refused("threat.tsv", "# a case's threats\nphrase\tvalue\tattr\tsector\tflags\n"
        + "menace\t\tweak\t\t\nperil\t\tStrong\t\t\n")
        .hasMessageStartingWith(dir.resolve("threat.tsv")
            + ":4: unknown attr 'Strong'; expected one of strong, weak or empty");
    refused("threat.tsv", "phrase\tvalue\tattr\nperil\t\tstate\n")
        .hasMessageContaining("threat.tsv:2: unknown attr 'state'");
    Files.delete(dir.resolve("threat.tsv"));
    refused("referent.tsv", "phrase\tvalue\tattr\nhomeland\t\tstrong\n")
        .hasMessageContaining("referent.tsv:2: unknown attr 'strong'; expected an empty attr");
  }

  @Test
  void unknownFlagIsRefusedWithFileLineAndTheValidOnes() throws IOException {
    refused("threat.tsv", "phrase\tvalue\tattr\tsector\tflags\n"
        + "peril\t\tstrong\t\tendable, agentof\nmenace\t\tstrong\t\tendabel\n")
        .hasMessageContaining("threat.tsv:3: unknown flag 'endabel'; expected cs, remove, endable, agentof, act, "
            + "generic, harm, lead, weapon");
    refused("threat.tsv", "phrase\tvalue\tattr\tsector\tflags\nperil\t\tstrong\t\tCS\n")
        .hasMessageContaining("threat.tsv:2: unknown flag 'CS'");
    refused("threat.tsv", "phrase\tvalue\tattr\tsector\tflags\nperil\t\tstrong\t\tadj\n")
        .hasMessageContaining("threat.tsv:2: unknown flag 'adj'");
    Files.writeString(dir.resolve("threat.tsv"),
        "phrase\tvalue\tattr\tsector\tflags\nperil\t\tstrong\t\tendable, agentof\n");
    assertThat(Lexicon.withOverrides(dir).lookup(Category.THREAT, "peril").flags())
        .containsExactlyInAnyOrder(Flag.ENDABLE, Flag.AGENTOF);
  }

  @Test
  void unknownCategoryFileAndClosedValueAreRefused() throws IOException {
    refused("threats.tsv", "phrase\tvalue\tattr\nperil\t\tstrong\n")
        .hasMessageContaining("threats.tsv: not a lexicon file; rename it to one of actors.tsv, threat.tsv");
    Files.delete(dir.resolve("threats.tsv"));
    refused("markers.tsv", "phrase\tvalue\ntowards\tsourse\n")
        .hasMessageContaining("markers.tsv:2: unknown value 'sourse'; expected one of source, target");
  }

  @Test
  void wordListsComeFromWordsTsvAndACaseExtendsOrRemovesThem() throws IOException {
    assertThat(LEX.words().of(WordList.COORDINATION)).containsExactly("and", "or");
    assertThat(LEX.words().of(WordList.RELATIVE_PRONOUNS)).containsExactly("that", "which", "who", "whom", "whose");
    assertThat(LEX.words().of(WordList.COUNTER_VERBS)).hasSize(24).contains("combatting", "tackling");
    for (WordList l : WordList.values()) {
      assertThat(LEX.words().of(l)).as(l.label()).isNotEmpty();
    }
    Files.writeString(dir.resolve("words.tsv"), "list\tword\tflags\ncounter_verbs\tResist\t\n"
        + "coordination\tor\tremove\n");
    Lexicon lex = Lexicon.withOverrides(dir);
    assertThat(lex.version()).startsWith("dyadscope-lexicon-1.5.0+case-");
    assertThat(lex.words().contains(WordList.COUNTER_VERBS, "resist")).isTrue();
    assertThat(lex.words().of(WordList.COORDINATION)).containsExactly("and");
    assertThat(LEX.words().of(WordList.COORDINATION)).containsExactly("and", "or");
  }

  @Test
  void badWordListRowNamesFileAndLine() throws IOException {
    refused("words.tsv", "list\tword\tflags\nagent_noun\tjunta\t\n")
        .hasMessageContaining("words.tsv:2: unknown word list 'agent_noun'; expected one of coordination, determiners");
    refused("words.tsv", "list\tword\tflags\nagent_nouns\tarmed forces\t\n")
        .hasMessageContaining("words.tsv:2: word 'armed forces' is not one word");
  }

  /** Writes a case's {@code file} and asserts that loading the overrides is refused. */
  private AbstractThrowableAssert<?, ? extends Throwable> refused(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text);
    return assertThatThrownBy(() -> Lexicon.withOverrides(dir)).isInstanceOf(LexiconException.class);
  }

  private static LexiconEntry entry(String phrase) {
    return new LexiconEntry(Category.THREAT, phrase, List.of(phrase.split(" ")),
        List.of(phrase.split(" ")), phrase, Attribute.STRONG, null, java.util.Set.of(), null);
  }
}
