package org.dyadscope.collect.tkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
  private static final String SAMPLE = String.join("\n",
      "# TABARI-formatted .actor file",
      "",
      "RUSSIA_  [RUS]",
      "+MOSCOW_ ",
      "VLADIMIR_PUTIN_  # CountryInfo.txt",
      "+VLADIMIR_V._PUTIN",
      "\t[RUSELI 700101-990809]",
      "\t[RUSGOV 991231-080507]",
      "\t[RUSGOV >080508]",
      "\t[RUSELI]",
      "JAMES_BYRNES_  ; old KEDS comment",
      "\t[USAELI 18970101-450703]",
      "\t[USAGOV 450703-470121]",
      "ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# two groups on one line",
      "EARLY_LEADER_",
      "\t[FRAGOV <300101]",
      "BROKEN_DATES_",
      "\t[ARMUNR 9008223-911221]",
      "\t[ARMGOV 911221]",
      "\t[ARMGOV 950101-940101]",
      "  \t[ARMELI 920101-921231]",
      "KIM_JONG_UN_ [PRK]",
      "---STOP---",
      "AFTER_STOP_ [XXX]",
      "");

  private ActorDictionary sample(Path dir) throws IOException {
    Path f = dir.resolve("test.actors.txt");
    Files.writeString(f, SAMPLE);
    return ActorDictionary.load(List.of(f));
  }

  @Test
  void datedRolesDefaultsAndSynonyms(@TempDir Path dir) throws IOException {
    ActorDictionary d = sample(dir);
    assertThat(d.codesOn("Vladimir Putin", LocalDate.of(2018, 6, 1))).containsExactly("RUSGOV");
    assertThat(d.codesOn("VLADIMIR_V._PUTIN", LocalDate.of(1995, 1, 1))).containsExactly("RUSELI");
    // the gap 1999-08-10..1999-12-30 has no dated role: the default applies
    assertThat(d.codesOn("vladimir putin", LocalDate.of(1999, 10, 1))).containsExactly("RUSELI");
    assertThat(d.codesOn("Moscow", LocalDate.of(2018, 1, 1))).containsExactly("RUS");
    assertThat(d.codesOn("Unknown Person", LocalDate.of(2018, 1, 1))).isEmpty();
  }

  @Test
  void intervalsAreInclusiveAndTwoDigitYearsPivotAt30(@TempDir Path dir) throws IOException {
    ActorDictionary d = sample(dir);
    assertThat(d.codesOn("James Byrnes", LocalDate.of(1945, 7, 3))).containsExactly("USAELI", "USAGOV");
    assertThat(d.codesOn("James Byrnes", LocalDate.of(1947, 1, 21))).containsExactly("USAGOV");
    assertThat(d.codesOn("James Byrnes", LocalDate.of(1947, 1, 22))).isEmpty();
    assertThat(d.codesOn("Early Leader", LocalDate.of(2030, 1, 1))).containsExactly("FRAGOV");
    assertThat(d.codesOn("Early Leader", LocalDate.of(2030, 1, 2))).isEmpty();
    assertThat(ActorDictionary.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(ActorDictionary.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    assertThat(ActorDictionary.date("19411207")).isEqualTo(LocalDate.of(1941, 12, 7));
  }

  @Test
  void severalGroupsOnThePrimaryLine(@TempDir Path dir) throws IOException {
    ActorDictionary d = sample(dir);
    assertThat(d.codesOn("Ann Veneman", LocalDate.of(2003, 1, 1))).containsExactly("USAGOV");
    assertThat(d.codesOn("Ann Veneman", LocalDate.of(2006, 1, 1))).containsExactly("IGOUNOKID");
  }

  @Test
  void malformedRestrictionsAreSkippedAndCounted(@TempDir Path dir) throws IOException {
    ActorDictionary d = sample(dir);
    // 7-digit date, bare date, reversed interval; the space-then-tab role line still counts
    assertThat(d.skippedRoles()).isEqualTo(3);
    assertThat(d.codesOn("Broken Dates", LocalDate.of(1992, 6, 1))).containsExactly("ARMELI");
    assertThat(d.codesOn("Kim Jong-Un", LocalDate.of(2018, 1, 1))).containsExactly("PRK");
    assertThat(d.contains("After Stop")).isFalse();
    assertThat(d.entries()).isEqualTo(7);
  }

  @Test
  void missingFileIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> ActorDictionary.loadPhoenix(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("Phoenix.Countries.actors.txt").hasMessageContaining("not found");
  }

  @Test
  void phoenixDictionaries() {
    ActorDictionary d = Lookups.dictionary();
    assertThat(d.entries()).isEqualTo(26_230);
    assertThat(d.phrases()).isEqualTo(32_409);
    assertThat(d.skippedRoles()).isEqualTo(9);
    assertThat(d.codesOn("Vladimir Putin", LocalDate.of(2018, 6, 1))).containsExactly("RUSGOV");
    assertThat(d.codesOn("Vladimir Putin", LocalDate.of(1995, 6, 1))).containsExactly("RUSELI");
    // Greenspan chaired the Fed 1987-08-11..2006-01-31; the dictionary has no role after that
    assertThat(d.codesOn("Alan Greenspan", LocalDate.of(2000, 1, 1))).containsExactly("USAGOVBUS");
    assertThat(d.codesOn("Alan Greenspan", LocalDate.of(2015, 1, 1))).isEmpty();
    System.out.println("Phoenix actor dictionaries: " + d.entries() + " entries, " + d.phrases()
        + " phrases, loaded in " + d.loadMillis() + " ms");
  }
}
