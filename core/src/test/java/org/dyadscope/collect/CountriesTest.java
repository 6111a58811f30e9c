package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
  @Test
  void namesMatchWhateverTheirCaseAccentsPunctuationAndLeadingThe() {
    Countries c = Countries.standard();
    assertThat(c.iso3("Russian Federation")).isEqualTo("RUS"); // ICEWS's spelling (alias file)
    assertThat(c.iso3("IRAN")).isEqualTo("IRN");
    assertThat(c.iso3("  the  United   States ")).isEqualTo("USA");
    assertThat(c.iso3("Côte d’Ivoire")).isEqualTo("CIV");
    assertThat(c.iso3("COTE D'IVOIRE")).isEqualTo("CIV");
    assertThat(c.iso3("Cote-d-Ivoire")).isNull(); // the hyphens split "d'ivoire" into two words
    assertThat(c.iso3("São Tomé & Príncipe")).isEqualTo("STP");
    assertThat(c.iso3("Åland Islands")).isEqualTo("ALA");
    assertThat(c.iso3("Atlantis")).isNull();
    assertThat(c.iso3(null)).isNull();
    assertThat(Countries.key("Ünited\u0301  Nations’ ")).isEqualTo("united nations'");
  }

  @Test
  void eachStandardTableIsACopyOfItsOwn() {
    Countries a = Countries.standard();
    a.add("Persia", "IRN");
    assertThat(a.iso3("persia")).isEqualTo("IRN");
    assertThat(Countries.standard().iso3("Persia")).isNull();
    assertThat(Countries.standard().isCountryCode("SUN")).isTrue(); // historical CAMEO code, alias file
  }
}
