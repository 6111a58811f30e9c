package org.dyadscope.collect.tkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.dyadscope.collect.Countries;
import org.junit.jupiter.api.Test;

class OfficeHoldersTest {
  private static final String HEAD = "# comment\ncode\tname\tvariants\toffice\tfrom\tto\tsource\n";
  private static final String URL = "https://en.wikipedia.org/wiki/X";

  private static OfficeHolders parse(String rows) throws IOException {
    return OfficeHolders.load(new ByteArrayInputStream((HEAD + rows).getBytes(StandardCharsets.UTF_8)), "t.tsv",
        Countries.standard());
  }

  @Test
  void aNameResolvesOnlyInsideATermHandoverDaysIncluded() throws IOException {
    OfficeHolders h = parse("GBR\tBoris Johnson\tAlexander Boris de Pfeffel Johnson\tForeign Secretary\t2016-07-13\t2018-07-09\t" + URL + "\n"
        + "GBR\tBoris Johnson\t\tPrime Minister\t2019-07-24\t2022-09-06\t" + URL + "\n"
        + "RUS\tSergey Viktorovich Lavrov\tSergei Lavrov\tForeign Minister\t2004-03-09\t\t" + URL + "\n");
    assertThat(h.terms()).isEqualTo(3);
    assertThat(h.countryOn("Boris Johnson", LocalDate.of(2016, 7, 13))).isEqualTo("GBR");
    assertThat(h.countryOn("alexander boris de pfeffel JOHNSON", LocalDate.of(2018, 7, 9))).isEqualTo("GBR");
    assertThat(h.countryOn("Boris Johnson", LocalDate.of(2019, 1, 1))).isNull(); // between the terms
    assertThat(h.countryOn("Boris Johnson", LocalDate.of(2022, 9, 7))).isNull();
    assertThat(h.countryOn("Sergei Lavrov", LocalDate.of(2030, 1, 1))).isEqualTo("RUS"); // open term
    assertThat(h.countryOn("Sergei Lavrov", LocalDate.of(2004, 3, 8))).isNull();
    assertThat(h.contains("Boris_Johnson")).isTrue();
    assertThat(h.contains("Boris Yeltsin")).isFalse();
  }

  @Test
  void badRowsAreRefusedAtFileAndLine() {
    assertThatThrownBy(() -> parse("XYZ\tA B\t\tPresident\t2001-01-01\t\t" + URL + "\n"))
        .hasMessage("t.tsv:3: 'XYZ' is no country code");
    assertThatThrownBy(() -> parse("USA\tA B\t\tPresident\t2001-13-01\t\t" + URL + "\n"))
        .hasMessageStartingWith("t.tsv:3: from/to must be YYYY-MM-DD dates");
    assertThatThrownBy(() -> parse("USA\tA B\t\tPresident\t2001-01-01\t2000-01-01\t" + URL + "\n"))
        .hasMessage("t.tsv:3: term ends (2000-01-01) before it starts (2001-01-01)");
    assertThatThrownBy(() -> parse("USA\tA B\t\tPresident\t2001-01-01\t\twhitehouse.gov\n"))
        .hasMessageContaining("t.tsv:3: source 'whitehouse.gov' is not an https URL");
    assertThatThrownBy(() -> parse("USA\tA B\tPresident\t2001-01-01\t\t" + URL + "\n"))
        .hasMessage("t.tsv:3: 6 columns, expected 7");
  }

  @Test
  void theShippedTableHoldsTheLeadersOfTheStudyPeriod() {
    OfficeHolders h = OfficeHolders.builtIn(Countries.standard());
    assertThat(h.terms()).isGreaterThanOrEqualTo(180);
    LocalDate summit = LocalDate.of(2018, 6, 12);
    assertThat(h.countryOn("Donald Trump", summit)).isEqualTo("USA");
    assertThat(h.countryOn("Donald Trump", LocalDate.of(2022, 6, 12))).isNull();
    assertThat(h.countryOn("Joseph Robinette Biden", LocalDate.of(2021, 1, 20))).isEqualTo("USA");
    assertThat(h.countryOn("Mike Pompeo", summit)).isEqualTo("USA");
    assertThat(h.countryOn("Xi Jinping", summit)).isEqualTo("CHN");
    assertThat(h.countryOn("Sergey Kuzhugetovich Shoygu", summit)).isEqualTo("RUS");
    assertThat(h.countryOn("Mohammad Javad Zarif", summit)).isEqualTo("IRN");
    assertThat(h.countryOn("Mohammad Javad Zarif", LocalDate.of(2022, 1, 1))).isNull();
    assertThat(h.countryOn("Hossein Amir-Abdollahian", LocalDate.of(2022, 1, 1))).isEqualTo("IRN");
    assertThat(h.countryOn("Ebrahim Raisi", LocalDate.of(2021, 8, 2))).isNull();
  }

  @Test
  void theCaseOverridesStillWin() {
    EntityResolver r = new EntityResolver(Map.of("Donald Trump", "CAN"), Countries.standard(), null,
        OfficeHolders.builtIn(Countries.standard()));
    assertThat(r.resolve("Donald Trump", LocalDate.of(2018, 6, 12))).isEqualTo("CAN");
    EntityResolver plain = new EntityResolver(Map.of(), Countries.standard(), null,
        OfficeHolders.builtIn(Countries.standard()));
    assertThat(plain.resolve("Donald_Trump", LocalDate.of(2018, 6, 12))).isEqualTo("USA");
    assertThat(plain.resolve("Donald Trump", LocalDate.of(2016, 6, 12))).isNull();
  }
}
