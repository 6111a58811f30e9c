package org.dyadscope.collect.tkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.dyadscope.collect.Countries;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
  private static final LocalDate JUNE_2018 = LocalDate.of(2018, 6, 1);

  @Test
  void countriesAndSectorActors() {
    EntityResolver r = Lookups.resolver();
    assertThat(r.resolve("Iran", JUNE_2018)).isEqualTo("IRN");
    assertThat(r.resolve("Russia", JUNE_2018)).isEqualTo("RUS");
    assertThat(r.resolve("Defense / Security Ministry (Russia)", JUNE_2018)).isEqualTo("RUS");
    assertThat(r.resolve("Foreign_Affairs_(Russia)", JUNE_2018)).isEqualTo("RUS");
    assertThat(r.resolve("Member of Legislative (Govt) (Myanmar)", JUNE_2018)).isEqualTo("MMR");
    assertThat(r.resolve("Bank (Holy See (Vatican City State))", JUNE_2018)).isEqualTo("VAT");
    assertThat(r.resolve("Citizen (Palestinian Territory, Occupied)", JUNE_2018)).isEqualTo("PSE");
    assertThat(r.resolve("Police (Hong Kong)", JUNE_2018)).isEqualTo("HKG");
  }

  @Test
  void nonCountriesStayUnresolved() {
    EntityResolver r = Lookups.resolver();
    assertThat(r.resolve("Militant (Taliban)", JUNE_2018)).isNull();
    assertThat(r.resolve("Citizen (Middle East)", JUNE_2018)).isNull();
    assertThat(r.resolve("European Union", JUNE_2018)).isNull(); // IGOEUREEC: not a country code
    assertThat(r.resolve("Unspecified Actor", JUNE_2018)).isNull();
    assertThat(r.resolve("", JUNE_2018)).isNull();
    assertThat(r.resolve(null, JUNE_2018)).isNull();
  }

  @Test
  void namesWithoutACountryByDefinitionCarryTheirDictionaryCode() {
    EntityResolver r = Lookups.resolver();
    // coded by the Phoenix dictionaries, but never as a country's
    assertThat(r.nonStateCode("North Atlantic Treaty Organization")).isEqualTo("IGOWSTNAT");
    assertThat(r.nonStateCode("NATO")).isEqualTo("IGOWSTNAT");
    assertThat(r.nonStateCode("United Nations")).isEqualTo("IGOUNO");
    assertThat(r.nonStateCode("European_Union")).startsWith("IGO");
    // ICEWS's placeholders for an actor its source does not name
    assertThat(r.nonStateCode("Unspecified Actor")).isEqualTo("unnamed");
    assertThat(r.nonStateCode("Unidentified State Actor")).isEqualTo("unnamed");
    // may belong to a state: unknown to the dictionaries, or coded with a country code on some date
    assertThat(r.nonStateCode("Bharatiya Janata")).isNull();
    assertThat(r.nonStateCode("Israeli Defense Forces")).isNull();
    assertThat(r.nonStateCode("Vladimir Putin")).isNull();
    assertThat(r.nonStateCode("")).isNull();
    assertThat(r.nonStateCode(null)).isNull();
  }

  @Test
  void personsByTheirRoleOnTheEventDate() {
    EntityResolver r = Lookups.resolver();
    assertThat(r.resolve("Vladimir Putin", JUNE_2018)).isEqualTo("RUS");
    assertThat(r.resolve("Alan Greenspan", LocalDate.of(2000, 1, 1))).isEqualTo("USA");
    // no role after 2006-01-31 and no default role: not guessed
    assertThat(r.resolve("Alan Greenspan", LocalDate.of(2015, 1, 1))).isNull();
    // Moon Jae-in's only role in the 2014 dictionary ends 2008-07-31
    assertThat(r.resolve("Moon Jae-in", JUNE_2018)).isNull();
  }

  @Test
  void rolesOfTwoCountriesOnOneDateGiveNull() {
    // Salva Kiir: SDNGOV and SSDGOV both open-ended in the dictionary
    assertThat(Lookups.dictionary().codesOn("Salva Kiir", JUNE_2018)).contains("SSDGOV", "SDNGOV");
    assertThat(Lookups.resolver().resolve("Salva Kiir", JUNE_2018)).isNull();
  }

  @Test
  void caseOverridesComeFirst() {
    EntityResolver r = Lookups.resolver();
    assertThat(r.resolve("Ali Khamenei", JUNE_2018)).isEqualTo("IRN");
    assertThat(r.resolve("Sergey_Viktorovich_Lavrov", JUNE_2018)).isEqualTo("RUS");
    EntityResolver odd = new EntityResolver(Map.of("Iran", "XYZ"), Countries.standard(), Lookups.dictionary());
    assertThat(odd.resolve("iran", JUNE_2018)).isEqualTo("XYZ");
  }

  @Test
  void worksWithoutADictionary() {
    EntityResolver r = new EntityResolver(Map.of(), Countries.standard(), null);
    assertThat(r.resolve("Vladimir Putin", JUNE_2018)).isNull();
    assertThat(r.resolve("Police (Iran)", JUNE_2018)).isEqualTo("IRN");
  }

  @Test
  void lastParenthetical() {
    assertThat(EntityResolver.lastParenthetical("A (B (C))")).isEqualTo("B (C)");
    assertThat(EntityResolver.lastParenthetical("Awami (People's) League")).isNull();
    assertThat(EntityResolver.lastParenthetical("Zarko Korac (acting")).isNull();
    assertThat(EntityResolver.lastParenthetical("X ()")).isNull();
  }
}
