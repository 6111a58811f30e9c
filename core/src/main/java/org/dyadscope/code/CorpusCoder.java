package org.dyadscope.code;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyadscope.cases.Period;
import org.dyadscope.store.DocumentIdentity;
import org.dyadscope.store.Store;
import org.dyadscope.store.TableCsv;

/**
 * The code stage: codes every row of a store's {@code documents} table sentence by sentence into the
 * store's tables (schema.sql holds their columns):
 *
 * <ul>
 *   <li>{@code sentences}: one row per sentence (offsets in the document's NFC text, the text);
 *   <li>{@code codings}: one row per sentence, the coding with its evidence (matched terms, key
 *       word in context and its span, lexicon version, actors, date and its precision);
 *   <li>{@code near_duplicates}: documents that repeat an earlier one of the same speaker and date
 *       (or year) ({@link NearDuplicates}, Jaccard ≥ {@value #DUPLICATE_JACCARD}). They are not
 *       coded: they appear in no other table, so nothing is counted twice. (Exact repeats of a text,
 *       or of an index entry with its date and URL, never reach the coder: the store keeps one row
 *       per text, {@link DocumentIdentity}.)
 *   <li>{@code securitization_kwic}: the {@value #KWIC_PER_SPEAKER} strongest securitizing moves of
 *       each speaker, for the report's evidence table ({@link #STRONGEST_MOVES}).
 * </ul>
 *
 * <p>{@link #writeCsv} then writes {@code codings.csv} and {@code series/securitization_kwic.csv},
 * {@code near_duplicates.csv}, {@code document_copies.csv} from the tables. The yearly series are
 * measure's ({@code org.dyadscope.measure.Securitization}).
 *
 * <p>The lexicon decides every coding's move, or, given a {@link MoveDetector} (the trained detector
 * of {@code run --coder model}), that detector over the lexicon's codings; each row says which
 * ({@code codings.detector}).
 *
 * <p>Documents are read one at a time in {@code doc_id} order and their rows appended at once, so
 * memory holds one document. A document with blank text is skipped and reported; nothing else
 * stops the run.
 */
public final class CorpusCoder {
  /** Moves per speaker in {@code securitization_kwic}. */
  public static final int KWIC_PER_SPEAKER = 5;

  /**
   * Fills {@code securitization_kwic} from {@code codings}: per speaker, moves with the lexicon's
   * key terms first, then by strength times the trained detector's P(move) (1 where the lexicon
   * decided), then in document order. A move only the detector found has no key term to show, and
   * its strength is the lexicon's reading of a sentence it did not code as a move (often a denied
   * or reported threat): ranked by strength alone, such a move topped Russia's table in a
   * {@code --coder model} run of the flagship case. In a lexicon run the order is strength's. With a
   * {@code period}, only the moves of documents dated in its years, as the yearly series count them
   * ({@code measure.Securitization}): a new dyad's table showed speeches from before its period.
   */
  static String strongestMoves(Period period) {
    String moves = period == null ? "codings WHERE move"
        : "codings WHERE move AND doc_id IN (SELECT doc_id FROM documents"
            + " WHERE " + Store.documentYear("") + " BETWEEN " + period.start().getYear() + " AND "
            + period.end().getYear() + ")";
    return "INSERT INTO securitization_kwic SELECT speaker, rank, doc_id, sentence_no"
        + " FROM (SELECT speaker, doc_id, sentence_no, row_number() OVER (PARTITION BY speaker"
        + " ORDER BY coalesce(matched_terms, '') <> '' DESC, strength * coalesce(move_probability, 1) DESC,"
        + " doc_id, sentence_no) AS rank FROM " + moves + ") WHERE rank <= " + KWIC_PER_SPEAKER;
  }
  /** Shingle Jaccard similarity from which a document is a near-duplicate. */
  public static final double DUPLICATE_JACCARD = 0.9;
  /** The tables {@link #code} fills, replacing their rows. */
  public static final List<String> TABLES = List.of("sentences", "codings", "near_duplicates", "securitization_kwic");

  private final DocumentCoder coder;
  private final MoveDetector model;

  /** A coder whose moves the lexicon decides. */
  public CorpusCoder(DocumentCoder coder) {
    this(coder, null);
  }

  /**
   * A coder whose moves {@code model} decides over the lexicon's codings (the trained detector,
   * {@link org.dyadscope.code.model.ModelCoder}), or the lexicon when {@code model} is null.
   */
  public CorpusCoder(DocumentCoder coder, MoveDetector model) {
    this.coder = coder;
    this.model = model;
  }

  /**
   * Codes the documents of {@code store} (all of them, or those of one {@code source} when it is
   * not null) into its tables {@link #TABLES}, replacing what they held, in one transaction.
   *
   * @param period the case period whose documents' moves {@code securitization_kwic} ranks, or null
   *     for every document
   * @throws SQLException when the store cannot be read or written (e.g. opened read-only)
   */
  public CorpusCodingResult code(Store store, String source, Period period) throws SQLException {
    List<String> skipped = new ArrayList<>();
    NearDuplicates dedup = new NearDuplicates(DUPLICATE_JACCARD);
    List<NearDuplicates.Duplicate> duplicates = new ArrayList<>();
    int documents = 0;
    int withoutYear = 0;
    long sentences = 0;
    long moves = 0;
    long desec = 0;
    String sql = "SELECT doc_id, speaker, year, doc_date, text, file FROM documents"
        + (source == null ? "" : " WHERE source = ?") + " ORDER BY doc_id";
    DuckDBConnection c = store.connection().unwrap(DuckDBConnection.class);
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement st = c.createStatement()) {
        for (String t : TABLES) {
          st.execute("DELETE FROM " + t);
        }
      }
      try (DuckDBAppender sentenceRows = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentences");
          DuckDBAppender codingRows = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "codings");
          PreparedStatement ps = c.prepareStatement(sql)) {
        if (source != null) {
          ps.setString(1, source);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String docId = rs.getString(1);
            String speaker = rs.getString(2);
            int y = rs.getInt(3);
            Integer year = rs.wasNull() ? null : y;
            Date d = rs.getDate(4);
            String text = rs.getString(5);
            if (text == null || text.isBlank()) {
              skipped.add(docId + " (" + rs.getString(6) + "): empty text, not coded");
              continue;
            }
            String scope = speaker + "|" + (d != null ? d.toString() : year != null ? year.toString() : "");
            NearDuplicates.Duplicate dup = dedup.check(docId, scope, text);
            if (dup != null) {
              duplicates.add(dup);
              continue;
            }
            String date = d != null ? d.toLocalDate().toString() : year != null ? year.toString() : null;
            documents++;
            if (year == null && d == null) {
              withoutYear++;
            }
            IsoDate iso = IsoDate.parse(date); // once per document, not per sentence
            List<SentenceCoding> coded = coder.code(text, speaker, date, docId);
            if (model != null) {
              coded = model.decide(coded);
            }
            for (SentenceCoding sc : coded) {
              appendSentence(sentenceRows, sc);
              appendCoding(codingRows, sc, iso);
              sentences++;
              moves += sc.move() ? 1 : 0;
              desec += sc.desecuritizing() ? 1 : 0;
            }
          }
        }
      }
      try (PreparedStatement dups = c.prepareStatement("INSERT INTO near_duplicates VALUES (?, ?, ?, ?)");
          Statement st = c.createStatement()) {
        for (NearDuplicates.Duplicate dup : duplicates) {
          dups.setString(1, dup.docId());
          dups.setString(2, dup.duplicateOf());
          dups.setString(3, dup.kind());
          dups.setDouble(4, dup.jaccard());
          dups.executeUpdate();
        }
        st.execute(strongestMoves(period));
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
    return new CorpusCodingResult(documents, sentences, moves, desec, List.copyOf(skipped),
        withoutYear, coder.lexiconVersion(), List.copyOf(duplicates), copies(c, source));
  }

  /**
   * Writes, under {@code outDir}, the code stage's tables as CSV: {@code codings.csv} ({@link
   * CodingCsv#COLUMNS}, one row per sentence in document order), and under {@code series/}
   * {@code securitization_kwic.csv} ({@code speaker,rank,doc_id,sentence_no,date,sector,
   * threat_source,strength,kwic,lexicon,date_precision}), {@code near_duplicates.csv} ({@code
   * doc_id,duplicate_of,kind,jaccard}) and {@code document_copies.csv} ({@code doc_id,file,line,
   * copy_of,copy_of_file,relation,differences}, the store's {@code document_copies}). Booleans are
   * {@code 1}/{@code 0}, strength and Jaccard have three decimals, {@code date} is {@code
   * YYYY-MM-DD} with its {@code date_precision} ({@link IsoDate}).
   *
   * @throws SQLException when the store lacks a table (the code stage has not run)
   * @throws IOException when a file cannot be written
   */
  public static void writeCsv(Store store, Path outDir) throws SQLException, IOException {
    Connection c = store.connection();
    Path series = outDir.resolve("series");
    Map<String, String> strength = Map.of("strength", "%.3f");
    Map<String, String> formats = Map.of("strength", "%.3f", "move_probability", "%.3f");
    TableCsv.write(c, "SELECT doc_id, sentence_no, speaker, date, CAST(move AS INTEGER) AS move,"
        + " CAST(desecuritizing AS INTEGER) AS desecuritizing, sector, referent, threat_source, strength,"
        + " matched_terms, kwic, actors, lexicon, kwic_start, kwic_end, date_precision, s.text, securitizing_actor,"
        + " detector, move_probability"
        + " FROM codings JOIN sentences s USING (doc_id, sentence_no) ORDER BY doc_id, sentence_no",
        outDir.resolve("codings.csv"), formats);
    TableCsv.write(c, "SELECT k.speaker, rank, doc_id, sentence_no, date, sector, threat_source, strength, kwic,"
        + " lexicon, date_precision FROM securitization_kwic k JOIN codings USING (doc_id, sentence_no)"
        + " ORDER BY k.speaker NULLS FIRST, rank", series.resolve("securitization_kwic.csv"), strength);
    TableCsv.write(c, "SELECT doc_id, duplicate_of, kind, jaccard FROM near_duplicates ORDER BY doc_id",
        series.resolve("near_duplicates.csv"), Map.of("jaccard", "%.3f"));
    TableCsv.write(c, "SELECT doc_id, file, line, copy_of, copy_of_file, relation, differences"
        + " FROM document_copies ORDER BY copy_of, file, line", series.resolve("document_copies.csv"), Map.of());
  }

  /**
   * How many document rows the store's {@code document_copies} holds (of documents of {@code
   * source}, or all) per relation ({@code identical}, {@code compatible}, {@code conflict}; each key
   * present).
   */
  private static Map<String, Long> copies(Connection c, String source) throws SQLException {
    Map<String, Long> n = new TreeMap<>();
    for (DocumentIdentity.Relation r : DocumentIdentity.Relation.values()) {
      n.put(r.label(), 0L);
    }
    String sql = "SELECT relation, count(*) FROM document_copies"
        + (source == null ? "" : " WHERE copy_of IN (SELECT doc_id FROM documents WHERE source = ?)")
        + " GROUP BY relation";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (source != null) {
        ps.setString(1, source);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          n.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return n;
  }

  private static void appendSentence(DuckDBAppender a, SentenceCoding sc) throws SQLException {
    a.beginRow();
    a.append(sc.docId());
    a.append(sc.sentenceNo());
    a.append(sc.start());
    a.append(sc.end());
    a.append(sc.text());
    a.endRow();
  }

  /**
   * One {@code codings} row, in the table's column order.
   *
   * @param date {@code sc}'s date, parsed ({@link IsoDate#parse}), or null
   */
  private static void appendCoding(DuckDBAppender a, SentenceCoding sc, IsoDate date) throws SQLException {
    a.beginRow();
    a.append(sc.docId());
    a.append(sc.sentenceNo());
    appendNullable(a, sc.speaker());
    if (date == null) {
      a.appendNull();
      a.appendNull();
    } else {
      a.append(date.date());
      a.append(date.precision());
    }
    a.append(sc.move());
    a.append(sc.desecuritizing());
    appendNullable(a, sc.sector() == null ? null : sc.sector().label());
    appendNullable(a, sc.referent());
    appendNullable(a, sc.threatSource());
    a.append(sc.strength());
    a.append(sc.negated());
    a.append(sc.hedged());
    a.append(String.join(";", sc.matchedTerms()));
    a.append(sc.kwic());
    if (sc.kwicStart() < 0) {
      a.appendNull();
      a.appendNull();
    } else {
      a.append(sc.kwicStart());
      a.append(sc.kwicEnd());
    }
    a.append(String.join("; ", sc.actors().stream().map(ActorMention::label).toList()));
    a.append(sc.lexiconVersion());
    appendNullable(a, sc.securitizingActor());
    a.append(sc.detector());
    if (sc.moveProbability() == null) {
      a.appendNull();
    } else {
      a.append(sc.moveProbability().doubleValue());
    }
    a.endRow();
  }

  private static void appendNullable(DuckDBAppender a, String s) throws SQLException {
    if (s == null) {
      a.appendNull();
    } else {
      a.append(s);
    }
  }
}
