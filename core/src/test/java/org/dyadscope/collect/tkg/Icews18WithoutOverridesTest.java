package org.dyadscope.collect.tkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.dyadscope.TestData;
import org.dyadscope.collect.Countries;
import org.junit.jupiter.api.Test;

/**
 * ICEWS18 read as a case without entity overrides: the dated office holders resolve the leaders the
 * 2014 PETRARCH-2 dictionaries leave without a country (issue 13: "Donald Trump alone: 6,310 rows
 * left without a country").
 */
class Icews18WithoutOverridesTest {
  private static final Map<String, String> ICEWS18 =
      Map.of("naming", "ids", "time_unit", "hour", "epoch", "2018-01-01", "first_step", "0");

  /** Counts over ICEWS18's three splits with one resolver. */
  private static final class Counts {
    long trumpRows;
    long trumpSubject;
    long trumpUsa;
    long usaChn;
  }

  private static Counts read(EntityResolver resolver) throws IOException {
    Path zip = TestData.file("icews18/ICEWS18.zip");
    Counts c = new Counts();
    TkgReader reader = TkgReader.fromOptions(ICEWS18, Lookups.cameo(), Lookups.cameoNames(), resolver);
    reader.read(zip, "icews18", "icews18/ICEWS18.zip", new RecordingSink(e -> {
      boolean t1 = "Donald Trump".equals(e.actor1Name());
      boolean t2 = "Donald Trump".equals(e.actor2Name());
      if (t1 || t2) {
        c.trumpRows++;
        c.trumpSubject += t1 ? 1 : 0;
        if ((!t1 || "USA".equals(e.actor1Country())) && (!t2 || "USA".equals(e.actor2Country()))) {
          c.trumpUsa++;
        }
      }
      if ("USA".equals(e.actor1Country()) && "CHN".equals(e.actor2Country())) {
        c.usaChn++;
      }
    }));
    return c;
  }

  @Test
  void trumpRowsResolveToUsaAndUsaChinaGainsTheLeadersEvents() throws IOException {
    Counts before = read(new EntityResolver(Map.of(), Countries.standard(), Lookups.dictionary()));
    Counts after = read(new EntityResolver(Map.of(), Countries.standard(), Lookups.dictionary(),
        OfficeHolders.builtIn(Countries.standard())));
    System.out.printf("ICEWS18 without overrides: Donald Trump rows %d, resolved to USA before %d, after %d;"
        + " USA->CHN before %d, after %d%n", after.trumpRows, before.trumpUsa, after.trumpUsa, before.usaChn,
        after.usaChn);
    // 6,310 rows with him as subject (the figure; train 5,168 + valid 640 + test 502), 11,088 in all
    assertThat(after.trumpSubject).isEqualTo(6_310);
    assertThat(after.trumpRows).isEqualTo(11_088).isEqualTo(before.trumpRows);
    assertThat(before.trumpUsa).isZero();
    assertThat(after.trumpUsa).isEqualTo(after.trumpRows);
    // USA->CHN: 895 events with the dictionaries alone, 1,498 with the office holders (40% were missing)
    assertThat(before.usaChn).isEqualTo(895);
    assertThat(after.usaChn).isEqualTo(1_498);
  }
}
