package org.dyadscope.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.TestData;
import org.dyadscope.cases.Period;
import org.dyadscope.collect.FileLoader;
import org.dyadscope.collect.ungd.UngdReader;
import org.dyadscope.measure.Securitization;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCoderTest {
  @TempDir Path dir;

  private static List<CSVRecord> read(Path f) throws IOException {
    try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
          .getRecords();
    }
  }

  /** Codes the store, aggregates the series and writes every CSV of the tables under {@code out}, as {@code run} does. */
  private static CorpusCodingResult codeAndWrite(Store store, String source, Path out) throws Exception {
    CorpusCodingResult r = new CorpusCoder(DocumentCoder.builtIn()).code(store, source, null);
    CorpusCoder.writeCsv(store, out);
    Securitization.aggregate(store, new Period(YearMonth.of(2012, 1), YearMonth.of(2022, 12)));
    Securitization.writeCsv(store, out.resolve("series"));
    return r;
  }

  @Test
  void codesStoredSpeechesIntoCodingsSeriesAndMatrix() throws Exception {
    try (Store store = Store.open(dir.resolve("case.duckdb"))) {
      for (String f : List.of("RUS_70_2015.txt", "USA_72_2017.txt", "IRN_72_2017.txt")) {
        FileLoader.load(store, new UngdReader("CC0 1.0"), TestData.file("ungd/" + f), "ungd/" + f, "ungd");
      }
      Path out = dir.resolve("out");
      CorpusCodingResult r = codeAndWrite(store, "ungd", out);
      assertThat(r.documents()).isEqualTo(3);
      assertThat(r.skipped()).isEmpty();
      assertThat(r.lexiconVersion()).isEqualTo("dyadscope-lexicon-1.5.0");

      List<CSVRecord> codings = read(out.resolve("codings.csv"));
      assertThat(codings).hasSize((int) r.sentences());
      assertThat(codings.get(0).getParser().getHeaderNames()).containsExactly(CodingCsv.COLUMNS);
      assertThat(codings.stream().filter(c -> c.get("doc_id").equals("ungd:RUS_70_2015"))).hasSize(139);
      assertThat(codings.stream().filter(c -> c.get("move").equals("1"))).hasSize((int) r.moves());
      CSVRecord prk = codings.stream().filter(c -> c.get("doc_id").equals("ungd:USA_72_2017")
          && c.get("sentence_no").equals("79")).findFirst().orElseThrow();
      assertThat(prk.get("speaker")).isEqualTo("USA");
      assertThat(prk.get("date")).isEqualTo("2017-01-01");
      assertThat(prk.get("date_precision")).isEqualTo("year");
      assertThat(prk.get("text")).contains("ballistic missiles threatens the entire world with unthinkable loss");
      assertThat(prk.get("threat_source")).isEqualTo("PRK");
      assertThat(prk.get("securitizing_actor")).isEqualTo("USA"); // the speaker's own move
      assertThat(prk.get("kwic")).contains("[[");
      assertThat(read(out.resolve("series/securitization_kwic.csv"))).isNotEmpty().allSatisfy(k -> {
        assertThat(k.get("date")).isEqualTo(k.get("doc_id").substring(k.get("doc_id").length() - 4) + "-01-01");
        assertThat(k.get("date_precision")).isEqualTo("year");
      });

      List<CSVRecord> yearly = read(out.resolve("series/securitization_yearly.csv"));
      // 3 speaker-years x (all + 5 sectors)
      assertThat(yearly).hasSize(18);
      CSVRecord rusAll = yearly.stream().filter(y -> y.get("speaker").equals("RUS")
          && y.get("sector").equals("all")).findFirst().orElseThrow();
      assertThat(rusAll.get("year")).isEqualTo("2015");
      assertThat(rusAll.get("sentences")).isEqualTo("139");
      long rusMoves = codings.stream().filter(c -> c.get("doc_id").equals("ungd:RUS_70_2015")
          && c.get("move").equals("1")).count();
      assertThat(rusAll.get("moves")).isEqualTo(String.valueOf(rusMoves));
      assertThat(Double.parseDouble(rusAll.get("moves_per_1000_sentences")))
          .isCloseTo(1000.0 * rusMoves / 139, org.assertj.core.data.Offset.offset(0.01));
      long sectorSum = yearly.stream().filter(y -> y.get("speaker").equals("RUS")
          && !y.get("sector").equals("all")).mapToLong(y -> Long.parseLong(y.get("moves"))).sum();
      assertThat(sectorSum).isEqualTo(rusMoves); // every move has exactly one sector

      // the tables behind the CSVs: one sentences and one codings row per sentence, with the evidence
      try (Statement st = store.connection().createStatement();
          var rs = st.executeQuery("SELECT (SELECT count(*) FROM sentences), (SELECT count(*) FROM codings),"
              + " (SELECT count(*) FROM codings WHERE move AND matched_terms <> '' AND kwic LIKE '%[[%]]%'),"
              + " (SELECT count(DISTINCT lexicon) FROM codings),"
              + " (SELECT substring(d.text, c.kwic_start + 1, c.kwic_end - c.kwic_start) FROM codings c JOIN documents d"
              + "  USING (doc_id) WHERE doc_id = 'ungd:USA_72_2017' AND sentence_no = 79),"
              + " (SELECT kwic FROM codings WHERE doc_id = 'ungd:USA_72_2017' AND sentence_no = 79)")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(r.sentences());
        assertThat(rs.getLong(2)).isEqualTo(r.sentences());
        assertThat(rs.getLong(3)).isEqualTo(r.moves());
        assertThat(rs.getLong(4)).isEqualTo(1);
        // kwic_start/kwic_end locate the key term of the kwic in the document's text
        assertThat(rs.getString(6)).contains("[[" + rs.getString(5) + "]]");
      }
      // coding again replaces the rows
      new CorpusCoder(DocumentCoder.builtIn()).code(store, "ungd", null);
      try (Statement st = store.connection().createStatement();
          var rs = st.executeQuery("SELECT count(*) FROM codings")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(r.sentences());
      }

      List<CSVRecord> matrix = read(out.resolve("series/threat_matrix_yearly.csv"));
      assertThat(matrix).anySatisfy(m -> {
        assertThat(m.get("year")).isEqualTo("2017");
        assertThat(m.get("speaker")).isEqualTo("USA");
        assertThat(m.get("threat_source")).isEqualTo("PRK");
        assertThat(Integer.parseInt(m.get("moves"))).isPositive();
      });
    }
  }

  @Test
  void emptyDocumentIsSkippedAndNamed() throws Exception {
    try (Store store = Store.open(dir.resolve("c.duckdb"));
        Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO documents VALUES ('d:1','x','IRN',NULL,2020,NULL,NULL,NULL,'   ',3,0,'a.txt',1,NULL,NULL),"
          + "('d:2','x','USA',NULL,NULL,DATE '2021-09-21',NULL,NULL,'Terrorism threatens us all.',27,0,'b.txt',1,NULL,NULL)");
      Path out = dir.resolve("o");
      CorpusCodingResult r = codeAndWrite(store, null, out);
      assertThat(r.documents()).isEqualTo(1);
      assertThat(r.skipped()).containsExactly("d:1 (a.txt): empty text, not coded");
      List<CSVRecord> c = read(out.resolve("codings.csv"));
      assertThat(c).singleElement().satisfies(x -> {
        assertThat(x.get("date")).isEqualTo("2021-09-21");
        assertThat(x.get("move")).isEqualTo("1");
        assertThat(x.get("sector")).isEqualTo("military");
      });
      assertThat(read(out.resolve("series/securitization_yearly.csv"))).anySatisfy(y -> assertThat(y.get("year")).isEqualTo("2021"));
      assertThat(r.copies()).containsExactlyInAnyOrderEntriesOf(Map.of("identical", 0L, "compatible", 0L,
          "conflict", 0L));
      assertThat(read(out.resolve("series/document_copies.csv"))).isEmpty();
    }
  }

  @Test
  void aTextStoredOnceIsCodedOnceAndItsCopyListed() throws Exception {
    String text = "Terrorism threatens us all.";
    try (Store store = Store.open(dir.resolve("c.duckdb"))) {
      for (String name : List.of("IRN_2021.txt", "IRN_2021-09-21.txt", "USA_2021-09-21.txt")) {
        try (FileLoad load = store.beginFile(name, "documents", null, "docs", "abc")) {
          String stem = name.substring(0, name.length() - 4);
          LocalDate d = stem.length() > 8 ? LocalDate.parse(stem.substring(4)) : null;
          load.document(new DocumentRow("docs:" + stem, "docs", stem.substring(0, 3), null, 2021, d, stem, null,
              text, 0, name, 1, null));
          load.commit(1);
        }
      }
      Path out = dir.resolve("o");
      CorpusCodingResult r = codeAndWrite(store, null, out);
      assertThat(r.documents()).isEqualTo(1);
      assertThat(r.sentences()).isEqualTo(1);
      assertThat(read(out.resolve("codings.csv"))).singleElement()
          .satisfies(x -> assertThat(x.get("date")).isEqualTo("2021-09-21")); // the copy's full date
      assertThat(r.copies()).containsEntry("compatible", 1L).containsEntry("conflict", 1L);
      assertThat(read(out.resolve("series/document_copies.csv"))).extracting(x -> x.get("doc_id") + " " + x.get("copy_of") + " "
          + x.get("relation") + " " + x.get("differences")).containsExactly(
              "docs:IRN_2021-09-21 docs:IRN_2021 compatible date: 2021 | 2021-09-21",
              "docs:USA_2021-09-21 docs:IRN_2021 conflict speaker: IRN | USA");
    }
  }

  @Test
  void strongestMovesPutTheLexiconsKeyTermsFirstAndWeighStrengthByTheDetectorsProbability() throws Exception {
    try (Store store = Store.open(dir.resolve("rank.duckdb")); Statement s = store.connection().createStatement()) {
      // RUS 2 is the flagship's case: a move only the detector found (no key term), strength 1.0 from
      // the lexicon's reading of a sentence it did not code as a move
      s.execute("INSERT INTO codings (doc_id, sentence_no, speaker, move, desecuritizing, strength, negated, hedged,"
          + " matched_terms, kwic, actors, lexicon, detector, move_probability) VALUES"
          + " ('r', 1, 'RUS', true, false, 0.75, false, false, 'threat', '', '', 'lex', 'model', 0.9),"
          + " ('r', 2, 'RUS', true, false, 1.0, false, false, '', '', '', 'lex', 'model', 0.43),"
          + " ('r', 3, 'RUS', true, false, 1.0, false, false, 'aggression', '', '', 'lex', 'model', 0.5),"
          + " ('r', 4, 'RUS', false, false, 1.0, true, false, 'threat', '', '', 'lex', 'model', 0.2),"
          + " ('u', 1, 'USA', true, false, 0.5, false, false, 'terror', '', '', 'lex', 'lexicon', NULL),"
          + " ('u', 2, 'USA', true, false, 0.75, false, false, 'attack', '', '', 'lex', 'lexicon', NULL),"
          + " ('u', 3, 'USA', true, false, 0.75, false, false, 'threat', '', '', 'lex', 'lexicon', NULL)");
      s.execute(CorpusCoder.strongestMoves(null));
      List<List<String>> ranked = new java.util.ArrayList<>();
      try (java.sql.ResultSet rs = s.executeQuery("SELECT speaker, rank, doc_id, sentence_no FROM securitization_kwic"
          + " ORDER BY speaker, rank")) {
        while (rs.next()) {
          ranked.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
      assertThat(ranked).containsExactly(
          // 0.75 x 0.9 = 0.675 before 1.0 x 0.5; the move without a key term last; no non-move
          List.of("RUS", "1", "r", "1"), List.of("RUS", "2", "r", "3"), List.of("RUS", "3", "r", "2"),
          // a lexicon run: strength, then document order
          List.of("USA", "1", "u", "2"), List.of("USA", "2", "u", "3"), List.of("USA", "3", "u", "1"));
    }
  }

  @Test
  void theStrongestMovesAreThoseOfTheCasePeriodAsTheYearlySeriesCountThem() throws Exception {
    try (Store store = Store.open(dir.resolve("period.duckdb"))) {
      // Russia's speeches of 2015 and 2017: a case of 2016-2022 ranks the 2017 speech's moves alone
      for (String f : List.of("RUS_70_2015.txt", "RUS_72_2017.txt")) {
        FileLoader.load(store, new UngdReader("CC0 1.0"), TestData.file("ungd/" + f), "ungd/" + f, "ungd");
      }
      Period period = new Period(YearMonth.of(2016, 1), YearMonth.of(2022, 12));
      new CorpusCoder(DocumentCoder.builtIn()).code(store, null, period);
      try (Statement s = store.connection().createStatement();
          java.sql.ResultSet rs = s.executeQuery("SELECT list(DISTINCT doc_id), count(*) FROM securitization_kwic")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("['ungd:RUS_72_2017']");
        assertThat(rs.getInt(2)).isEqualTo(CorpusCoder.KWIC_PER_SPEAKER);
      }
      // every speech is still coded: the period chooses what the report ranks, not what is coded
      try (Statement s = store.connection().createStatement();
          java.sql.ResultSet rs = s.executeQuery("SELECT count(DISTINCT doc_id) FROM codings WHERE move")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  @Test
  void aReadOnlyStoreIsRefusedAndLeftAsItWas() throws Exception {
    Path file = dir.resolve("ro.duckdb");
    try (Store store = Store.open(file); Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO documents (doc_id, source, speaker, year, text, chars, replacement_chars, file, line)"
          + " VALUES ('d:1', 'x', 'USA', 2021, 'Terrorism threatens us all.', 27, 0, 'b.txt', 1)");
    }
    try (Store store = Store.openReadOnly(file)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> new CorpusCoder(DocumentCoder.builtIn()).code(store, null, null)).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void csvForOneDocumentCarriesTheSentenceText() throws IOException {
    StringWriter w = new StringWriter();
    try (CodingCsv csv = new CodingCsv(w, true)) {
      for (SentenceCoding c : DocumentCoder.builtIn().code("We need dialogue, \"not war\". Peace.", "CHN", null, "stdin")) {
        csv.write(c);
      }
    }
    String[] lines = w.toString().split("\n");
    assertThat(lines[0]).isEqualTo("doc_id,sentence_no,speaker,date,move,desecuritizing,sector,"
        + "referent,threat_source,strength,matched_terms,kwic,actors,lexicon,kwic_start,kwic_end,date_precision,text,securitizing_actor,detector,move_probability,start,end");
    assertThat(lines).hasSize(3);
    // undated: date and date_precision empty; the sentence quoted, its quotes doubled
    assertThat(lines[1]).startsWith("stdin,1,CHN,,0,1,military,,,").endsWith(",,\"We need dialogue, \"\"not war\"\".\",,lexicon,,0,28");
  }
}
