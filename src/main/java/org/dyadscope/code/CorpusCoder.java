package org.dyadscope.code;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyadscope.code.lexicon.Sector;
import org.dyadscope.store.DocumentIdentity;
import org.dyadscope.store.Store;

/**
 * Codes every row of a store's {@code documents} table and writes, under an output folder:
 *
 * <ul>
 *   <li>{@code codings.csv}: one row per sentence ({@link CodingCsv#COLUMNS});
 *   <li>{@code series/securitization_yearly.csv}: {@code speaker,year,sector,moves,
 *       desecuritizing,sentences,moves_per_1000_sentences}, one row per speaker and year with
 *       sector {@code all}, and one per sector (all five, zeros included, so the series are
 *       complete); {@code sentences} is always the speaker-year's total, the denominator;
 *   <li>{@code series/securitization_yearly_by_source.csv}: the same with a leading {@code source}
 *       column (sector {@code all} only), so that speeches and short title-index entries of one
 *       speaker are not mixed in one rate;
 *   <li>{@code series/threat_matrix_yearly.csv}: {@code year,speaker,threat_source,moves}, "who
 *       names whom as a threat": securitizing moves of a speaker in a year with a named source
 *       (long format: pivot speaker × threat_source per year in R, pandas or DuckDB);
 *   <li>{@code series/securitization_kwic.csv}: {@code speaker,rank,doc_id,sentence_no,date,sector,
 *       threat_source,strength,kwic,lexicon,date_precision} ({@code date} as in {@code codings.csv}:
 *       {@code YYYY-MM-DD} with its {@link IsoDate} precision), the {@value #KWIC_PER_SPEAKER} strongest securitizing moves of
 *       each speaker (strength, then document order), for the report's evidence table;
 *   <li>{@code series/near_duplicates.csv}: {@code doc_id,duplicate_of,kind,jaccard}, documents
 *       that repeat an earlier one of the same speaker and date (or year) ({@link NearDuplicates},
 *       Jaccard ≥ {@value #DUPLICATE_JACCARD}).
 *       They are not coded: they appear in no other output, so nothing is counted twice. (Exact
 *       repeats of a text, or of an index entry with its date and URL, never reach the coder: the
 *       store keeps one row per text, see below.)
 *   <li>{@code series/document_copies.csv}: {@code doc_id,file,line,copy_of,copy_of_file,relation,
 *       differences}, the store's {@code document_copies}: document rows not stored because their
 *       text was ({@link DocumentIdentity}), with how their metadata compare ({@code identical},
 *       {@code compatible}, {@code conflict}) and each differing field as {@code field: kept | copy}.
 * </ul>
 *
 * <p>Documents are read one at a time in {@code doc_id} order and their codings written at once,
 * so memory holds one document; the series are small maps. The year is the documents'
 * {@code year}, else the year of {@code doc_date}. A document with blank text is skipped and
 * reported; nothing else stops the run.
 */
public final class CorpusCoder {
  /** Moves per speaker in {@code securitization_kwic.csv}. */
  public static final int KWIC_PER_SPEAKER = 5;
  /** Shingle Jaccard similarity from which a document is a near-duplicate. */
  public static final double DUPLICATE_JACCARD = 0.9;

  private final DocumentCoder coder;

  public CorpusCoder(DocumentCoder coder) {
    this.coder = coder;
  }

  /**
   * Codes the documents of {@code store} (all of them, or those of one {@code source} when it is
   * not null) into {@code outDir}.
   *
   * @throws SQLException when the store cannot be read
   * @throws IOException when an output file cannot be written
   */
  public CorpusCodingResult codeStore(Store store, String source, Path outDir)
      throws SQLException, IOException {
    Path series = outDir.resolve("series");
    Files.createDirectories(series);
    Path codingsFile = outDir.resolve("codings.csv");
    Map<String, long[]> yearly = new TreeMap<>(); // speaker|year|sector -> moves, desec, sentences
    Map<String, long[]> bySource = new TreeMap<>(); // source|speaker|year -> moves, desec, sentences
    Map<String, Long> matrix = new TreeMap<>();   // year|speaker|source -> moves
    List<String> skipped = new ArrayList<>();
    NearDuplicates dedup = new NearDuplicates(DUPLICATE_JACCARD);
    List<NearDuplicates.Duplicate> duplicates = new ArrayList<>();
    Map<String, List<SentenceCoding>> strongest = new TreeMap<>();
    int documents = 0;
    int withoutYear = 0;
    long sentences = 0;
    long moves = 0;
    long desec = 0;
    String sql = "SELECT doc_id, speaker, year, doc_date, text, file, source FROM documents"
        + (source == null ? "" : " WHERE source = ?") + " ORDER BY doc_id";
    Connection c = store.connection();
    try (BufferedWriter w = Files.newBufferedWriter(codingsFile, StandardCharsets.UTF_8);
        CodingCsv csv = new CodingCsv(w, false);
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
          if (year == null && d != null) {
            year = d.toLocalDate().getYear();
          }
          String date = d != null ? d.toLocalDate().toString() : year != null ? year.toString() : null;
          List<SentenceCoding> codings = coder.code(text, speaker, date, docId);
          documents++;
          if (year == null) {
            withoutYear++;
          }
          String spk = speaker == null ? "" : speaker;
          for (SentenceCoding sc : codings) {
            csv.write(sc);
            if (sc.move()) {
              keepStrongest(strongest.computeIfAbsent(spk, k -> new ArrayList<>()), sc);
            }
            sentences++;
            moves += sc.move() ? 1 : 0;
            desec += sc.desecuritizing() ? 1 : 0;
            if (year != null) {
              count(yearly, spk, year, "all", sc, true);
              count(bySource, rs.getString(7) + "|" + spk, year, "", sc, true);
              for (Sector s : Sector.values()) {
                count(yearly, spk, year, s.label(), sc, s == sc.sector());
              }
              if (sc.move() && sc.threatSource() != null) {
                matrix.merge(year + "|" + spk + "|" + sc.threatSource(), 1L, Long::sum);
              }
            }
          }
        }
      }
    }
    Path yearlyFile = series.resolve("securitization_yearly.csv");
    writeYearly(yearlyFile, yearly);
    Path bySourceFile = series.resolve("securitization_yearly_by_source.csv");
    writeBySource(bySourceFile, bySource);
    Path matrixFile = series.resolve("threat_matrix_yearly.csv");
    writeMatrix(matrixFile, matrix);
    Path kwicFile = series.resolve("securitization_kwic.csv");
    writeKwic(kwicFile, strongest, coder.lexiconVersion());
    Path duplicatesFile = series.resolve("near_duplicates.csv");
    writeDuplicates(duplicatesFile, duplicates);
    Path copiesFile = series.resolve("document_copies.csv");
    Map<String, Long> copies = writeCopies(c, source, copiesFile);
    return new CorpusCodingResult(documents, sentences, moves, desec, List.copyOf(skipped),
        withoutYear, codingsFile, yearlyFile, matrixFile, coder.lexiconVersion(),
        List.copyOf(duplicates), kwicFile, duplicatesFile, copies, copiesFile);
  }

  /**
   * Writes the store's {@code document_copies} (of documents of {@code source}, or all) and
   * returns how many copies there are per relation ({@code identical}, {@code compatible},
   * {@code conflict}; each key present).
   */
  private static Map<String, Long> writeCopies(Connection c, String source, Path file)
      throws SQLException, IOException {
    Map<String, Long> n = new TreeMap<>();
    for (DocumentIdentity.Relation r : DocumentIdentity.Relation.values()) {
      n.put(r.label(), 0L);
    }
    String sql = "SELECT doc_id, file, line, copy_of, copy_of_file, relation, differences FROM document_copies"
        + (source == null ? "" : " WHERE copy_of IN (SELECT doc_id FROM documents WHERE source = ?)")
        + " ORDER BY copy_of, file, line";
    try (PreparedStatement ps = c.prepareStatement(sql);
        CSVPrinter p = printer(file, "doc_id", "file", "line", "copy_of", "copy_of_file", "relation",
            "differences")) {
      if (source != null) {
        ps.setString(1, source);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          p.printRecord(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7));
          n.merge(rs.getString(6), 1L, Long::sum);
        }
      }
    }
    return n;
  }

  /** Keeps the {@link #KWIC_PER_SPEAKER} strongest moves; the earlier one wins a tie. */
  private static void keepStrongest(List<SentenceCoding> top, SentenceCoding sc) {
    int i = top.size();
    while (i > 0 && top.get(i - 1).strength() < sc.strength()) {
      i--;
    }
    if (i < KWIC_PER_SPEAKER) {
      top.add(i, sc);
      if (top.size() > KWIC_PER_SPEAKER) {
        top.remove(top.size() - 1);
      }
    }
  }

  private static void writeKwic(Path file, Map<String, List<SentenceCoding>> strongest, String lexicon)
      throws IOException {
    try (CSVPrinter p = printer(file, "speaker", "rank", "doc_id", "sentence_no", "date", "sector",
        "threat_source", "strength", "kwic", "lexicon", "date_precision")) {
      for (Map.Entry<String, List<SentenceCoding>> e : strongest.entrySet()) {
        int rank = 0;
        for (SentenceCoding sc : e.getValue()) {
          IsoDate date = IsoDate.parse(sc.date());
          p.printRecord(e.getKey(), ++rank, sc.docId(), sc.sentenceNo(), date == null ? "" : date.date(),
              sc.sectorLabel(), sc.threatSource() == null ? "" : sc.threatSource(),
              String.format(Locale.ROOT, "%.3f", sc.strength()), sc.kwic(), lexicon,
              date == null ? "" : date.precision());
        }
      }
    }
  }

  private static void writeDuplicates(Path file, List<NearDuplicates.Duplicate> duplicates) throws IOException {
    try (CSVPrinter p = printer(file, "doc_id", "duplicate_of", "kind", "jaccard")) {
      for (NearDuplicates.Duplicate d : duplicates) {
        p.printRecord(d.docId(), d.duplicateOf(), d.kind(), String.format(Locale.ROOT, "%.3f", d.jaccard()));
      }
    }
  }

  private static void count(Map<String, long[]> yearly, String speaker, int year, String sector,
      SentenceCoding sc, boolean inSector) {
    long[] v = yearly.computeIfAbsent(speaker + "|" + year + "|" + sector, k -> new long[3]);
    if (inSector) {
      v[0] += sc.move() ? 1 : 0;
      v[1] += sc.desecuritizing() ? 1 : 0;
    }
    v[2]++;
  }

  private static void writeYearly(Path file, Map<String, long[]> yearly) throws IOException {
    try (CSVPrinter p = printer(file, "speaker", "year", "sector", "moves", "desecuritizing",
        "sentences", "moves_per_1000_sentences")) {
      for (Map.Entry<String, long[]> e : yearly.entrySet()) {
        String[] k = e.getKey().split("\\|", -1);
        long[] v = e.getValue();
        p.printRecord(k[0], k[1], k[2], v[0], v[1], v[2],
            String.format(Locale.ROOT, "%.2f", v[2] == 0 ? 0.0 : 1000.0 * v[0] / v[2]));
      }
    }
  }

  private static void writeBySource(Path file, Map<String, long[]> bySource) throws IOException {
    try (CSVPrinter p = printer(file, "source", "speaker", "year", "moves", "desecuritizing", "sentences",
        "moves_per_1000_sentences")) {
      for (Map.Entry<String, long[]> e : bySource.entrySet()) {
        String[] k = e.getKey().split("\\|", -1);
        long[] v = e.getValue();
        p.printRecord(k[0], k[1], k[2], v[0], v[1], v[2],
            String.format(Locale.ROOT, "%.2f", v[2] == 0 ? 0.0 : 1000.0 * v[0] / v[2]));
      }
    }
  }

  private static void writeMatrix(Path file, Map<String, Long> matrix) throws IOException {
    try (CSVPrinter p = printer(file, "year", "speaker", "threat_source", "moves")) {
      for (Map.Entry<String, Long> e : matrix.entrySet()) {
        String[] k = e.getKey().split("\\|", -1);
        p.printRecord(k[0], k[1], k[2], e.getValue());
      }
    }
  }

  private static CSVPrinter printer(Path file, String... header) throws IOException {
    return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get());
  }
}
