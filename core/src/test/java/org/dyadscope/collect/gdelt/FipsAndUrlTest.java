package org.dyadscope.collect.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyadscope.collect.Countries;
import org.junit.jupiter.api.Test;

/** Traps 7 (FIPS geo codes vs ISO-3 actor codes) and 8 (SOURCEURL citations without a domain). */
class FipsAndUrlTest {
  private final FipsCountries fips = FipsCountries.standard();

  @Test
  void fipsCodesMapToIso3AndTheCollidingOnesAreRight() {
    assertThat(fips.iso3("RS")).isEqualTo("RUS"); // ISO-2 RS is Serbia
    assertThat(fips.iso3("GM")).isEqualTo("DEU"); // ISO-2 GM is Gambia
    assertThat(fips.iso3("GA")).isEqualTo("GMB");
    assertThat(fips.iso3("IR")).isEqualTo("IRN");
    assertThat(fips.iso3("CH")).isEqualTo("CHN"); // ISO-2 CH is Switzerland
    assertThat(fips.iso3("SZ")).isEqualTo("CHE");
    assertThat(fips.iso3("US")).isEqualTo("USA");
    assertThat(fips.iso3("UK")).isEqualTo("GBR");
    assertThat(fips.iso3("RI")).isEqualTo("SRB");
    assertThat(fips.iso3("KV")).isEqualTo("KSV"); // CAMEO's Kosovo code, as in the actor fields
    assertThat(fips.iso3("PG")).isNull(); // Spratly Islands: FIPS entity without a country code
    assertThat(fips.isFipsCode("PG")).isTrue();
    assertThat(fips.iso3("XX")).isNull();
    assertThat(fips.iso3(null)).isNull();
  }

  @Test
  void everyCurrentCountryHasAFipsCodeAndEveryTargetIsAKnownCode() {
    Countries countries = Countries.standard();
    Set<String> targets = new TreeSet<>(fips.table().values());
    targets.remove("");
    targets.remove("ANT"); // Netherlands Antilles: ISO code withdrawn in 2010, GDELT still has old rows
    assertThat(targets).allSatisfy(c -> assertThat(countries.isCountryCode(c)).as(c).isTrue());
    // every ISO-3166 country of the JDK but a handful of tiny territories FIPS folds into others
    Set<String> iso = new TreeSet<>();
    for (String iso2 : Locale.getISOCountries()) {
      iso.add(new Locale("", iso2).getISO3Country());
    }
    iso.removeAll(Set.of("ALA", "BES", "UMI", "PSE", "SJM", "XKX"));
    Set<String> missing = new TreeSet<>(iso);
    missing.removeAll(fips.table().values());
    assertThat(missing).isEmpty();
    assertThat(fips.table()).hasSizeGreaterThan(250);
  }

  @Test
  void citationsHaveNoDomainAndSqlAgreesWithJava() throws Exception {
    Map<String, String> cases = Map.of(
        "https://www.Example.org/a?b=1", "www.example.org",
        "http://news.bbc.co.uk:80/x", "news.bbc.co.uk",
        "www.reuters.com/article/1", "www.reuters.com",
        "BBC Monitoring", "",
        "BBC Monitoring Service - Former Soviet Union", "",
        "Interfax: http", "",
        "   ", "");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      String want = c.getValue().isEmpty() ? null : c.getValue();
      assertThat(SourceUrls.domain(c.getKey())).as(c.getKey()).isEqualTo(want);
    }
    assertThat(SourceUrls.isCitation("BBC Monitoring")).isTrue();
    assertThat(SourceUrls.isCitation("https://a.org/")).isFalse();
    assertThat(SourceUrls.isCitation(null)).isFalse();
    assertThat(SourceUrls.isCitation("")).isFalse();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement("SELECT " + SourceUrls.SQL_HAS_DOMAIN
            + " FROM (SELECT ?::VARCHAR AS source_url)")) {
      for (String url : cases.keySet()) {
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertThat(rs.getBoolean(1)).as(url).isEqualTo(SourceUrls.domain(url) != null);
        }
      }
    }
  }
}
