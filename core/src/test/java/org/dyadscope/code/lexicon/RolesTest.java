package org.dyadscope.code.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadscope.code.ActorMention;
import org.dyadscope.code.CodingCsv;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.TestData;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.collect.ungd.SpeechText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolesTest {
  private static final Roles BUILT_IN = Lexicon.builtIn().roles();
  private static final String HEADER = "person\tcode\trole\tfrom\tto\tsource\n";

  @Test
  void aLeaderIsReadWithTheOfficeHeldOnTheDocumentsDate() {
    assertThat(BUILT_IN.at("medvedev", "2010-06-01")).isEqualTo("President of Russia");
    assertThat(BUILT_IN.at("medvedev", "2015")).isEqualTo("Prime Minister of Russia");
    assertThat(BUILT_IN.at("medvedev", "2021-03")).isEqualTo("Deputy Chairman of the Security Council of Russia");
    // a year holds both offices: each with the day it ended or began
    assertThat(BUILT_IN.at("medvedev", "2012"))
        .isEqualTo("President of Russia until 2012-05-07 / Prime Minister of Russia from 2012-05-08");
    assertThat(BUILT_IN.at("medvedev", "2012-05"))
        .isEqualTo("President of Russia until 2012-05-07 / Prime Minister of Russia from 2012-05-08");
    // on a handover day both offices are held
    assertThat(BUILT_IN.at("putin", "2012-05-07")).isEqualTo("Prime Minister of Russia / President of Russia");
    assertThat(BUILT_IN.at("xi-jinping", "2015-09-26"))
        .isEqualTo("General Secretary of the Communist Party of China / President of China");
    assertThat(BUILT_IN.at("obama", "2016-09-20")).isEqualTo("President of the United States");
    assertThat(BUILT_IN.at("obama", "2017")).isEqualTo("President of the United States until 2017-01-20");
    assertThat(BUILT_IN.at("obama", "2018")).isEqualTo("former President of the United States");
    assertThat(BUILT_IN.at("trump", "2022-09-21")).isEqualTo("former President of the United States");
    assertThat(BUILT_IN.at("trump", "2025-03-01")).isEqualTo("President of the United States");
    assertThat(BUILT_IN.at("raisi", "2020")).isEqualTo("Chief Justice of Iran");
    // a year alone as a bound: the whole year
    assertThat(BUILT_IN.at("soleimani", "1998-01-01")).isEqualTo("Commander of the Quds Force");
    assertThat(BUILT_IN.at("soleimani", "2020-02-01")).isEqualTo("former Commander of the Quds Force");
  }

  @Test
  void noRoleBeforeTheFirstOfficeWithoutADateOrForAnUnknownPerson() {
    assertThat(BUILT_IN.at("obama", "2005")).isEmpty();
    assertThat(BUILT_IN.at("obama", null)).isEmpty();
    assertThat(BUILT_IN.at("obama", "2015-13")).isEmpty();
    assertThat(BUILT_IN.at("obama", "2015-09-28junk")).isEmpty();
    assertThat(BUILT_IN.at("obama", "2015-09-28T10:00:00Z")).isEqualTo("President of the United States");
    assertThat(BUILT_IN.at("nobody", "2015")).isEmpty();
  }

  @Test
  void everyLeaderOfTheActorLexiconHasItsOffices() {
    List<LexiconEntry> leaders = Lexicon.builtIn().entries(Category.ACTOR).stream()
        .filter(e -> e.attr() == Attribute.LEADER).toList();
    assertThat(leaders).hasSize(36).allSatisfy(e -> {
      assertThat(e.person()).as(e.phrase()).isNotNull();
      assertThat(BUILT_IN.of(e.person())).as(e.phrase())
          .isNotEmpty().allSatisfy(r -> assertThat(r.code()).isEqualTo(e.value()));
    });
  }

  @Test
  void codingsCarryTheLeadersOffice() throws IOException {
    List<SentenceCoding> c = DocumentCoder.builtIn().code(
        "Medvedev met Obama. NATO threatens Russia.", "RUS", "2010-04-08", "d");
    assertThat(c.get(0).actors()).extracting(ActorMention::label)
        .containsExactly("RUS=Medvedev [President of Russia]", "USA=Obama [President of the United States]");
    assertThat(c.get(1).actors()).extracting(ActorMention::label).containsExactly("NATO=NATO", "RUS=Russia");
    StringWriter w = new StringWriter();
    try (CodingCsv csv = new CodingCsv(w, false)) {
      csv.write(c.get(0));
    }
    assertThat(w.toString().split("\n")[1])
        .endsWith(",RUS=Medvedev [President of Russia]; USA=Obama [President of the United States],"
            + Lexicon.builtIn().version() + ",,,day,Medvedev met Obama.,,lexicon,"); // no move: no securitizing actor
  }

  @Test
  void aRealSpeechNamesTheUsPresidentOfItsYear() throws IOException {
    // Lavrov at the 72nd General Debate (2017): "United States President Donald Trump unequivocally stated ..."
    String text = SpeechText.decode(Files.readAllBytes(TestData.file("ungd/RUS_72_2017.txt"))).text();
    SentenceCoding s = DocumentCoder.builtIn().code(text, "RUS", "2017", "ungd:RUS_72_2017").stream()
        .filter(c -> c.text().contains("Donald Trump")).findFirst().orElseThrow();
    assertThat(s.actors()).extracting(ActorMention::label)
        .contains("USA=Donald Trump [President of the United States from 2017-01-20]");
  }

  @Test
  void badRowsNameTheFileAndLine() {
    assertThatThrownBy(() -> Roles.read("person\tcode\n", "r.tsv"))
        .hasMessageContaining("r.tsv:1: expected the header");
    assertThatThrownBy(() -> Roles.read(HEADER + "putin\tRUS\tPresident\t2012-05-32\t\tx\n", "r.tsv"))
        .hasMessageContaining("r.tsv:2: 'from' 2012-05-32 is neither an ISO date");
    assertThatThrownBy(() -> Roles.read(HEADER + "putin\tRUS\tPresident\t2012\t2008\tx\n", "r.tsv"))
        .hasMessageContaining("r.tsv:2: 'to' 2008 is before 'from' 2012");
    assertThatThrownBy(() -> Roles.read(HEADER + "Putin\tRUS\tPresident\t2012\t\tx\n", "r.tsv"))
        .hasMessageContaining("r.tsv:2: person key 'Putin'");
    assertThatThrownBy(() -> Roles.read(HEADER + "putin\tRUS\tPresident\t\t\tx\n", "r.tsv"))
        .hasMessageContaining("r.tsv:2: 'from' must be given");
    assertThatThrownBy(() -> Roles.read(HEADER + "putin\tRUS\tPresident\t2012\n", "r.tsv"))
        .hasMessageContaining("r.tsv:2: expected the tab-separated columns person, code, role, from, to and source")
        .hasMessageContaining("found 4 columns");
  }

  @Test
  void aCaseReplacesAPersonsOfficesAndMustListEveryPersonItsActorsName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("roles.tsv"), HEADER + "lavrov\tRUS\tAmbassador to the UN\t1994\t2004-03-09\tmid.ru\n");
    Lexicon lex = Lexicon.withOverrides(dir);
    assertThat(lex.version()).startsWith(Lexicon.builtIn().version() + "+case-");
    assertThat(lex.roles().at("lavrov", "2000")).isEqualTo("Ambassador to the UN");
    assertThat(lex.roles().at("lavrov", "2015")).isEqualTo("former Ambassador to the UN");
    assertThat(lex.roles().at("putin", "2015")).isEqualTo("President of Russia");
    Files.writeString(dir.resolve("actors.tsv"), "phrase\tvalue\tattr\tsector\tflags\nMishustin\tRUS\tleader\t\tperson:mishustin\n");
    assertThatThrownBy(() -> Lexicon.withOverrides(dir))
        .hasMessageContaining("'Mishustin' names person 'mishustin', who has no row in roles.tsv");
  }

  @Test
  void aReplacingRolesFileMustStillCoverEveryLeaderWithOfficesOfItsState(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("roles.tsv"), "# mode: replace\n" + HEADER + "lavrov\tRUS\tForeign Minister\t2004\t\tmid.ru\n");
    assertThatThrownBy(() -> Lexicon.withOverrides(dir)).hasMessageContaining("who has no row in roles.tsv");
    Files.writeString(dir.resolve("roles.tsv"), HEADER + "lavrov\tUSA\tForeign Minister\t2004\t\tmid.ru\n");
    assertThatThrownBy(() -> Lexicon.withOverrides(dir))
        .hasMessageContaining("'Lavrov' is RUS, but roles.tsv gives person 'lavrov' an office of another state");
  }
}
