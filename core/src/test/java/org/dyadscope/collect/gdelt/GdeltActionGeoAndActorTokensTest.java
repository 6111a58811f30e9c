package org.dyadscope.collect.gdelt;


import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyadscope.TestData;
import org.dyadscope.collect.FileLoader;
import org.dyadscope.collect.FileResult;
import org.dyadscope.store.CodeReport;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dyadscope.store.StoreQueries.column;
import static org.dyadscope.store.StoreQueries.count;

/**
 * Issue 3, traps 6 and 7 through the whole GDELT load: ActionGeo_CountryCode (FIPS 10-4) stored as
 * ISO-3 in {@code events.action_country}, composite actor codes split and unknown tokens counted in
 * {@code provenance.rows_unknown_actor_tokens}.
 */
class GdeltActionGeoAndActorTokensTest {
  private static final String V2_2019 = "gdelt/v2_export/20191024143000.export.CSV";

  @TempDir Path tmp;

  private FileResult load(Store store, Path file, String label) throws Exception {
    return FileLoader.load(store, TestGdelt.reader(), file, label, "gdelt2");
  }



  @Test
  void fipsCodesBecomeIso3AndUnknownActorTokensAreCounted() throws Exception {
    GdeltRows r = GdeltRows.v2();
    List<String> lines = List.of(
        r.set(0, "1").set(53, "RS").set(5, "IRNGOV").set(15, "USAGOVMIL").line61(), // Russia, not Serbia
        r.set(0, "2").set(53, "GM").set(5, "---COP").set(15, "SUNMIL").line61(), // Germany, not Gambia
        r.set(0, "3").set(53, "").set(5, "RUSXQZ").set(15, "IRNGOV").line61(),
        r.set(0, "4").set(53, "QQ").set(5, "IRN").set(15, "RUS").line61(), // no FIPS code
        // the 1.0 layouts read ActionGeo_CountryCode at 51, not 53
        r.set(0, "5").set(53, "IR").set(5, "IRN").set(15, "RUS").line1(true),
        r.set(0, "6").set(53, "CH").line1(false));
    Path file = tmp.resolve("20191024143000.export.CSV");
    Files.write(file, lines, StandardCharsets.UTF_8);

    try (Store store = Store.open(tmp.resolve("case.duckdb"))) {
      FileResult res = load(store, file, "edge.CSV");

      assertThat(res.rowsLoaded()).isEqualTo(6);
      assertThat(column(store, "SELECT coalesce(action_country, 'null') FROM events ORDER BY line"))
          .containsExactly("RUS", "DEU", "null", "null", "IRN", "CHN");
      assertThat(count(store, "SELECT rows_unknown_actor_tokens FROM provenance")).isEqualTo(1);
      CodeReport codes = res.codes();
      assertThat(codes.rowsUnknownActorTokens()).isEqualTo(1);
      assertThat(codes.unknownActorTokens()).isEqualTo(Map.of("XQZ", 1L));
      assertThat(codes.rowsUnmappedActionGeo()).isEqualTo(1); // QQ; the blank one is not counted
      assertThat(codes.unmappedActionGeo()).isEqualTo(Map.of("QQ", 1L));
      assertThat(codes.summary("edge.CSV")).isEqualTo("edge.CSV: 1 row with unknown actor code tokens (XQZ 1);"
          + " 1 row with an ActionGeo_CountryCode the FIPS crosswalk maps to no country, stored as null (QQ 1)");
    }
  }

  @Test
  void aCleanFileReportsNothing() throws Exception {
    Path file = tmp.resolve("clean.CSV");
    Files.write(file, List.of(GdeltRows.v2().line61()), StandardCharsets.UTF_8);
    try (Store store = Store.open(tmp.resolve("case.duckdb"))) {
      FileResult res = load(store, file, "clean.CSV");
      assertThat(res.codes().summary("clean.CSV")).isNull();
      assertThat(count(store, "SELECT rows_unknown_actor_tokens FROM provenance")).isZero();
      assertThat(column(store, "SELECT action_country FROM events")).containsExactly("IRN");
    }
  }

  /**
   * Pinned from an independent count: DuckDB {@code read_csv} over the file joined to the shipped
   * FIPS crosswalk (25 rows with ActionGeo IR; 37 blank; 1 'OS', in no FIPS table), and the actor
   * codes cut into 3-character pieces (a Python script): a piece is known when it is a type of
   * CAMEO.type.txt, '---', a CAMEO region, a token of a bracketed code in the PETRARCH-2 actor and
   * agent dictionaries (comments and what follows ---STOP--- left out), or a country code seen in the
   * Actor1/2CountryCode columns of the v2 files: 16 rows (alg 5, TAL 2, hai 2, cat 2, zul 2, cor 1,
   * bda 1, idg 1). Before CAMEO's dictionary codes and countries after a type were known, 196 rows
   * were reported, nearly all of them real CAMEO codes (EEC, WBK, REL, CHR; MNCUSA); while every
   * dictionary file was scanned, words of the issue file ("[EDUCATION_REFORM]") hid cat and cor (13).
   */
  @Test
  void realFileCountsMatchAnIndependentCount() throws Exception {
    Path data = TestData.file(V2_2019);
    try (Store store = Store.open(tmp.resolve("case.duckdb"))) {
      FileResult res = load(store, data, V2_2019);

      assertThat(res.rowsLoaded()).isEqualTo(2111);
      assertThat(count(store, "SELECT count(*) FROM events WHERE action_country = 'IRN'")).isEqualTo(25);
      assertThat(count(store, "SELECT count(*) FROM events WHERE action_country = 'RUS'")).isEqualTo(80);
      assertThat(count(store, "SELECT count(*) FROM events WHERE action_country IS NULL")).isEqualTo(38);
      assertThat(count(store, "SELECT rows_unknown_actor_tokens FROM provenance")).isEqualTo(16);
      assertThat(res.codes().unmappedActionGeo()).isEqualTo(Map.of("OS", 1L));
      assertThat(res.codes().summary(V2_2019)).contains("16 rows with unknown actor code tokens (alg 5, TAL 2, cat 2, hai 2, zul 2, 3 more)");
    }
  }
}
