package org.dyadscope.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyadscope.cases.Period;
import org.dyadscope.code.lexicon.Sector;
import org.dyadscope.measure.SecuritizationResults.Conflict;
import org.dyadscope.measure.SecuritizationResults.Copies;
import org.dyadscope.measure.SecuritizationResults.RateLine;
import org.dyadscope.measure.SecuritizationResults.SpeakerThreats;
import org.dyadscope.measure.SecuritizationResults.StrongMove;
import org.dyadscope.measure.SecuritizationResults.ThreatMatrix;
import org.dyadscope.store.DocumentIdentity;
import org.dyadscope.store.Store;
import org.dyadscope.store.TableCsv;

/**
 * The yearly securitization series, SQL over the code stage's {@code codings} joined to {@code
 * documents} (the year of a coding is its document's {@code year}, else the year of its {@code
 * doc_date}; undated documents are in no series; a speaker the documents do not name is '').
 * {@link #aggregate} fills the store's tables
 *
 * <ul>
 *   <li>{@code securitization_yearly}: per speaker, year and sector ({@code all} and each of the
 *       five, zeros included, so the series are complete) the moves and desecuritizing sentences of
 *       the sector, the speaker-year's sentences (the denominator, in every row) and moves per 1,000
 *       sentences;
 *   <li>{@code securitization_yearly_by_source}: the same per document source (sector {@code all}),
 *       so that speeches and one-line index titles of one speaker are not mixed in one rate;
 *   <li>{@code threat_matrix_yearly}: per year, speaker and named threat source the securitizing
 *       moves ("who names whom as a threat", long format);
 * </ul>
 *
 * {@link #writeCsv} writes them as CSV, {@link #read} gives the report its typed results.
 */
public final class Securitization {
  /** Threat sources the report's matrix shows as columns, the most named (all are in the table). */
  public static final int MATRIX_SOURCES = 10;
  /** The tables {@link #aggregate} fills. */
  public static final List<String> TABLES =
      List.of("securitization_yearly", "securitization_yearly_by_source", "threat_matrix_yearly");

  /**
   * Codings with their document's source and year, of the documents dated in the case period's
   * years: undated ones and those of other years left out, so no series counts a document outside
   * the case.
   */
  private static String coded(Period period) {
    return "(SELECT coalesce(c.speaker, '') AS speaker, d.source,"
        + " " + Store.documentYear("d") + " AS year, c.move, c.desecuritizing, c.sector, c.threat_source"
        + " FROM codings c JOIN documents d USING (doc_id) WHERE " + Store.documentYear("d") + " BETWEEN "
        + period.start().getYear() + " AND " + period.end().getYear() + ")";
  }
  private static final String RATE = "1000.0::DOUBLE * moves / sentences";

  private Securitization() {}

  /**
   * Replaces the rows of {@link #TABLES} with the aggregates of the store's {@code codings} whose
   * documents are dated in the years of {@code period}.
   *
   * @throws SQLException when the store has no codings table (the code stage has not run) or is read-only
   */
  public static void aggregate(Store store, Period period) throws SQLException {
    String coded = coded(period);
    String sectors = Sql.values("s", Arrays.asList(Sector.values()), x -> List.of(x.label()), "sector");
    try (Statement st = store.connection().createStatement()) {
      for (String t : TABLES) {
        st.execute("DELETE FROM " + t);
      }
      st.execute("INSERT INTO securitization_yearly SELECT *, " + RATE + " FROM (SELECT speaker, year, s.sector,"
          + " count(*) FILTER (WHERE move AND (s.sector = 'all' OR k.sector = s.sector)) AS moves,"
          + " count(*) FILTER (WHERE desecuritizing AND (s.sector = 'all' OR k.sector = s.sector)) AS desec,"
          + " count(*) AS sentences FROM " + coded + " k CROSS JOIN (SELECT 'all' AS sector UNION ALL"
          + " SELECT sector FROM " + sectors + ") s GROUP BY speaker, year, s.sector)");
      st.execute("INSERT INTO securitization_yearly_by_source SELECT *, " + RATE + " FROM (SELECT source,"
          + " speaker, year, count(*) FILTER (WHERE move) AS moves, count(*) FILTER (WHERE desecuritizing),"
          + " count(*) AS sentences FROM " + coded + " GROUP BY source, speaker, year)");
      st.execute("INSERT INTO threat_matrix_yearly SELECT year, speaker, threat_source, count(*) FROM " + coded
          + " WHERE move AND threat_source IS NOT NULL GROUP BY year, speaker, threat_source");
    }
  }

  /**
   * Writes {@link #TABLES} as {@code securitization_yearly.csv} ({@code speaker,year,sector,moves,
   * desecuritizing,sentences,moves_per_1000_sentences}, the rate with two decimals), {@code
   * securitization_yearly_by_source.csv} (the same with a leading {@code source}, no sector) and
   * {@code threat_matrix_yearly.csv} ({@code year,speaker,threat_source,moves}) in {@code series}.
   *
   * @throws SQLException when the tables are missing
   * @throws IOException when a file cannot be written
   */
  public static void writeCsv(Store store, Path series) throws SQLException, IOException {
    Map<String, String> rate = Map.of("moves_per_1000_sentences", "%.2f");
    Connection c = store.connection();
    TableCsv.write(c, "SELECT * FROM securitization_yearly ORDER BY speaker, year, sector",
        series.resolve("securitization_yearly.csv"), rate);
    TableCsv.write(c, "SELECT * FROM securitization_yearly_by_source ORDER BY source, speaker, year",
        series.resolve("securitization_yearly_by_source.csv"), rate);
    TableCsv.write(c, "SELECT * FROM threat_matrix_yearly ORDER BY year, speaker, threat_source",
        series.resolve("threat_matrix_yearly.csv"), Map.of());
  }

  /**
   * The report's securitization results: rates of the years {@code firstYear..lastYear} (the case
   * period), the threat matrix over every year, the strongest moves, the repeats left out.
   *
   * @throws SQLException when the code stage's or {@link #aggregate}'s tables are missing
   */
  public static SecuritizationResults read(Store store, int firstYear, int lastYear) throws SQLException {
    Connection c = store.connection();
    String lexicon = null;
    List<StrongMove> strongest = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(k.speaker, ''), doc_id, sentence_no, date, date_precision,"
            + " coalesce(sector, ''), threat_source, strength, kwic, lexicon FROM securitization_kwic k"
            + " JOIN codings USING (doc_id, sentence_no) ORDER BY k.speaker NULLS FIRST, rank")) {
      while (rs.next()) {
        lexicon = lexicon == null ? rs.getString(10) : lexicon;
        strongest.add(new StrongMove(rs.getString(1), rs.getString(2), rs.getInt(3),
            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getDouble(8),
            rs.getString(9)));
      }
    }
    return new SecuritizationResults(lexicon, rates(c, firstYear, lastYear), threats(c), List.copyOf(strongest),
        count(c, "SELECT count(*) FROM near_duplicates"), copies(c),
        count(c, "SELECT count(*) FROM codings WHERE detector = 'model'"));
  }

  private static List<RateLine> rates(Connection c, int firstYear, int lastYear) throws SQLException {
    Map<List<String>, RateLine> lines = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT speaker, source, sum(sentences) OVER (PARTITION BY"
        + " speaker, source), year, moves_per_1000_sentences FROM securitization_yearly_by_source"
        + " WHERE year BETWEEN ? AND ? ORDER BY speaker, source, year")) {
      ps.setInt(1, firstYear);
      ps.setInt(2, lastYear);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String speaker = rs.getString(1);
          String source = rs.getString(2);
          long sentences = rs.getLong(3);
          lines.computeIfAbsent(List.of(speaker, source), k -> new RateLine(speaker, source, sentences, new TreeMap<>()))
              .perThousand().put(rs.getInt(4), rs.getDouble(5));
        }
      }
    }
    return List.copyOf(lines.values());
  }

  private static ThreatMatrix threats(Connection c) throws SQLException {
    List<String> sources = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT threat_source FROM threat_matrix_yearly GROUP BY threat_source"
            + " ORDER BY sum(moves) DESC, threat_source LIMIT " + MATRIX_SOURCES)) {
      while (rs.next()) {
        sources.add(rs.getString(1));
      }
    }
    Map<String, SpeakerThreats> speakers = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT speaker, threat_source, sum(moves), sum(sum(moves)) OVER"
            + " (PARTITION BY speaker) FROM threat_matrix_yearly GROUP BY speaker, threat_source"
            + " ORDER BY speaker, threat_source")) {
      while (rs.next()) {
        String speaker = rs.getString(1);
        long total = rs.getLong(4);
        Map<String, Long> moves = speakers.computeIfAbsent(speaker,
            k -> new SpeakerThreats(speaker, new TreeMap<>(), total)).moves();
        if (sources.contains(rs.getString(2))) {
          moves.put(rs.getString(2), rs.getLong(3));
        }
      }
    }
    Integer first = null;
    Integer last = null;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT min(year), max(year) FROM threat_matrix_yearly")) {
      rs.next();
      first = (Integer) rs.getObject(1);
      last = (Integer) rs.getObject(2);
    }
    return new ThreatMatrix(List.copyOf(sources), List.copyOf(speakers.values()), first, last);
  }

  private static Copies copies(Connection c) throws SQLException {
    Map<String, Long> perRelation = new LinkedHashMap<>();
    for (DocumentIdentity.Relation r : DocumentIdentity.Relation.values()) {
      perRelation.put(r.label(), 0L);
    }
    long total = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT relation, count(*) FROM document_copies GROUP BY relation")) {
      while (rs.next()) {
        perRelation.put(rs.getString(1), rs.getLong(2));
        total += rs.getLong(2);
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT doc_id, copy_of, differences FROM document_copies"
            + " WHERE relation = " + Sql.str(DocumentIdentity.Relation.CONFLICT.label()) + " ORDER BY copy_of, file, line")) {
      while (rs.next()) {
        conflicts.add(new Conflict(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return new Copies(total, perRelation, List.copyOf(conflicts));
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
