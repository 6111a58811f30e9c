package org.dyadscope.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import org.dyadscope.cases.Period;
import org.dyadscope.measure.SecuritizationResults.RateLine;
import org.dyadscope.measure.SecuritizationResults.SpeakerThreats;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecuritizationTest {
  private static final Period YEARS_2015_2016 = new Period(YearMonth.of(2015, 1), YearMonth.of(2016, 12));

  @TempDir Path dir;

  /**
   * Four documents: RUS's 2015 speech (3 sentences), a RUS Kremlin title of 2015-03-01 without a year
   * (2 sentences), USA's 2016 speech (1) and an undated IRN text (1), which no series counts.
   */
  private Store smallCase() throws Exception {
    Store store = Store.open(dir.resolve("c.duckdb"));
    try (Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO documents (doc_id, source, speaker, year, doc_date, text, chars, replacement_chars, file, line)"
          + " VALUES ('a', 'ungd', 'RUS', 2015, NULL, 't', 1, 0, 'a.txt', 1),"
          + " ('b', 'kremlin', 'RUS', NULL, DATE '2015-03-01', 't', 1, 0, 'b.json', 7),"
          + " ('c', 'ungd', 'USA', 2016, NULL, 't', 1, 0, 'c.txt', 1),"
          + " ('d', 'docs', 'IRN', NULL, NULL, 't', 1, 0, 'd.txt', 1)");
      s.execute("INSERT INTO codings (doc_id, sentence_no, speaker, move, desecuritizing, sector, threat_source,"
          + " strength, negated, hedged, matched_terms, kwic, actors, lexicon) VALUES"
          + " ('a', 1, 'RUS', true, false, 'military', 'NATO', 1.0, false, false, '', '', '', 'lex-1'),"
          + " ('a', 2, 'RUS', false, true, 'political', NULL, 0, false, false, '', '', '', 'lex-1'),"
          + " ('a', 3, 'RUS', false, false, NULL, NULL, 0, false, false, '', '', '', 'lex-1'),"
          + " ('b', 1, 'RUS', true, false, 'military', 'NATO', 0.5, false, false, '', '', '', 'lex-1'),"
          + " ('b', 2, 'RUS', true, false, 'economic', 'USA', 0.5, false, false, '', '', '', 'lex-1'),"
          + " ('c', 1, 'USA', true, false, 'political', 'RUS', 0.75, false, true, '', '', '', 'lex-1'),"
          + " ('d', 1, 'IRN', true, false, 'military', 'NATO', 1.0, false, false, '', '', '', 'lex-1')");
      s.execute("INSERT INTO securitization_kwic VALUES ('RUS', 1, 'a', 1), ('RUS', 2, 'b', 1)");
    }
    return store;
  }

  @Test
  void yearlySeriesCountEverySectorPerSpeakerYearAndSourceWithoutTheUndated() throws Exception {
    try (Store store = smallCase()) {
      Securitization.aggregate(store, YEARS_2015_2016);
      Path series = dir.resolve("series");
      Securitization.writeCsv(store, series);
      assertThat(Files.readAllLines(series.resolve("securitization_yearly.csv"))).containsExactly(
          "speaker,year,sector,moves,desecuritizing,sentences,moves_per_1000_sentences",
          "RUS,2015,all,3,1,5,600.00", "RUS,2015,economic,1,0,5,200.00", "RUS,2015,environmental,0,0,5,0.00",
          "RUS,2015,military,2,0,5,400.00", "RUS,2015,political,0,1,5,0.00", "RUS,2015,societal,0,0,5,0.00",
          "USA,2016,all,1,0,1,1000.00", "USA,2016,economic,0,0,1,0.00", "USA,2016,environmental,0,0,1,0.00",
          "USA,2016,military,0,0,1,0.00", "USA,2016,political,1,0,1,1000.00", "USA,2016,societal,0,0,1,0.00");
      assertThat(Files.readAllLines(series.resolve("securitization_yearly_by_source.csv"))).containsExactly(
          "source,speaker,year,moves,desecuritizing,sentences,moves_per_1000_sentences",
          "kremlin,RUS,2015,2,0,2,1000.00", "ungd,RUS,2015,1,1,3,333.33", "ungd,USA,2016,1,0,1,1000.00");
      assertThat(Files.readAllLines(series.resolve("threat_matrix_yearly.csv"))).containsExactly(
          "year,speaker,threat_source,moves", "2015,RUS,NATO,2", "2015,RUS,USA,1", "2016,USA,RUS,1");
      // a second aggregation replaces the rows
      Securitization.aggregate(store, YEARS_2015_2016);
      try (Statement s = store.connection().createStatement();
          var rs = s.executeQuery("SELECT count(*) FROM securitization_yearly")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(12);
      }
    }
  }

  @Test
  void documentsOutsideTheCasePeriodAreNotCounted() throws Exception {
    try (Store store = smallCase()) {
      Securitization.aggregate(store, new Period(YearMonth.of(2015, 1), YearMonth.of(2015, 12)));
      Path series = dir.resolve("series");
      Securitization.writeCsv(store, series);
      // USA's 2016 speech lies outside a 2015 case: in no series, no threat matrix
      assertThat(Files.readAllLines(series.resolve("securitization_yearly_by_source.csv"))).containsExactly(
          "source,speaker,year,moves,desecuritizing,sentences,moves_per_1000_sentences",
          "kremlin,RUS,2015,2,0,2,1000.00", "ungd,RUS,2015,1,1,3,333.33");
      assertThat(Files.readAllLines(series.resolve("threat_matrix_yearly.csv"))).containsExactly(
          "year,speaker,threat_source,moves", "2015,RUS,NATO,2", "2015,RUS,USA,1");
    }
  }

  @Test
  void theReportsResultsAreSummedAndRankedHere() throws Exception {
    try (Store store = smallCase()) {
      Securitization.aggregate(store, YEARS_2015_2016);
      SecuritizationResults r = Securitization.read(store, 2015, 2015);
      assertThat(r.lexicon()).isEqualTo("lex-1");
      // USA's only year, 2016, is outside the period asked for
      assertThat(r.rates()).extracting(RateLine::speaker, RateLine::source, RateLine::sentences)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("RUS", "kremlin", 2L),
              org.assertj.core.groups.Tuple.tuple("RUS", "ungd", 3L));
      assertThat(r.rates().get(1).perThousand().get(2015)).isCloseTo(1000.0 / 3, within(1e-9));
      // NATO named twice, RUS and USA once each: ties by code; totals over all sources, every year
      assertThat(r.threats().sources()).containsExactly("NATO", "RUS", "USA");
      assertThat(r.threats().speakers()).containsExactly(new SpeakerThreats("RUS", Map.of("NATO", 2L, "USA", 1L), 3),
          new SpeakerThreats("USA", Map.of("RUS", 1L), 1));
      assertThat(r.threats().firstYear()).isEqualTo(2015);
      assertThat(r.threats().lastYear()).isEqualTo(2016);
      assertThat(r.strongest()).extracting(m -> m.docId() + "#" + m.sentenceNo() + " " + m.strength())
          .containsExactly("a#1 1.0", "b#1 0.5");
      assertThat(r.nearDuplicates()).isZero();
      assertThat(r.copies().total()).isZero();
      assertThat(r.copies().perRelation()).containsEntry("conflict", 0L);
    }
  }

  @Test
  void theMatrixShowsTheMostNamedSourcesAndTotalsOverAll() throws Exception {
    try (Store store = smallCase(); Statement s = store.connection().createStatement()) {
      StringBuilder rows = new StringBuilder();
      for (int i = 0; i < Securitization.MATRIX_SOURCES + 2; i++) {
        rows.append(i == 0 ? "" : ",").append("(2015, 'CHN', 'S").append((char) ('A' + i)).append("', ").append(i + 1)
            .append(")");
      }
      Securitization.aggregate(store, YEARS_2015_2016);
      s.execute("INSERT INTO threat_matrix_yearly VALUES " + rows);
      SecuritizationResults r = Securitization.read(store, 2015, 2016);
      // CHN names SA..SL 1..12 times: SC (3) is the 10th; SB and NATO (2), SA, RUS and USA (1) are cut
      assertThat(r.threats().sources()).hasSize(Securitization.MATRIX_SOURCES).startsWith("SL", "SK").endsWith("SC")
          .doesNotContain("SB", "NATO", "SA", "RUS", "USA");
      SpeakerThreats chn = r.threats().speakers().get(0);
      assertThat(chn.speaker()).isEqualTo("CHN");
      assertThat(chn.total()).isEqualTo(78); // 1 + 2 + ... + 12, the cut sources included
      assertThat(chn.moves()).doesNotContainKey("SA");
    }
  }
}
