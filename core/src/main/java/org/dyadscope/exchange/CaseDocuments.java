package org.dyadscope.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.review.DocumentKeys;

/**
 * Reads a run's documents, sentences and codings from its store (tables {@code documents}, {@code
 * sentences}, {@code codings}), in the order the documents were loaded ({@code file, line}).
 */
public final class CaseDocuments {
  private CaseDocuments() {}

  /**
   * Which documents to read; an empty set or a null date reads all.
   *
   * @param speakers ISO-3 codes of the speakers to keep
   * @param sources {@code documents.source} names to keep (e.g. {@code ungd})
   * @param from first day kept, inclusive: a document dated by year alone counts as 1 January
   * @param until last day kept, inclusive
   */
  public record Filter(Set<String> speakers, Set<String> sources, LocalDate from, LocalDate until) {
    public static final Filter ALL = new Filter(Set.of(), Set.of(), null, null);
  }

  /**
   * @throws SQLException when the store lacks the tables or a query fails
   */
  public static List<CaseDocument> read(Connection c, Filter f) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (!f.speakers().isEmpty()) {
      where.append(" AND d.speaker IN (").append(marks(f.speakers().size())).append(')');
      params.addAll(f.speakers());
    }
    if (!f.sources().isEmpty()) {
      where.append(" AND d.source IN (").append(marks(f.sources().size())).append(')');
      params.addAll(f.sources());
    }
    String day = "coalesce(d.doc_date, make_date(d.year, 1, 1))";
    if (f.from() != null) {
      where.append(" AND ").append(day).append(" >= ?");
      params.add(f.from());
    }
    if (f.until() != null) {
      where.append(" AND ").append(day).append(" <= ?");
      params.add(f.until());
    }
    Map<String, CaseDocument> docs = new LinkedHashMap<>();
    Map<String, List<CaseDocument.Sentence>> sentences = new LinkedHashMap<>();
    try (PreparedStatement st = c.prepareStatement(DocumentKeys.DOCS + "SELECT d.doc_id, d.file, d.doc_file, coalesce(d.title, ''),"
        + " coalesce(d.speaker, ''), coalesce(strftime(d.doc_date, '%Y-%m-%d'), CAST(d.year AS VARCHAR), ''),"
        + " coalesce(d.url, ''), coalesce(d.text_key, ''), d.text FROM docs d" + where + " ORDER BY d.file, d.line, d.doc_id")) {
      bind(st, params);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          List<CaseDocument.Sentence> list = new ArrayList<>();
          sentences.put(rs.getString(1), list);
          docs.put(rs.getString(1), new CaseDocument(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), list));
        }
      }
    }
    try (PreparedStatement st = c.prepareStatement("SELECT s.doc_id, s.sentence_no, s.start, s.\"end\", s.text,"
        + " k.move, k.desecuritizing, coalesce(k.sector, ''), coalesce(k.threat_source, ''), k.matched_terms, k.lexicon"
        + " FROM sentences s JOIN codings k USING (doc_id, sentence_no) JOIN documents d USING (doc_id)" + where
        + " ORDER BY s.doc_id, s.sentence_no")) {
      bind(st, params);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          sentences.get(rs.getString(1)).add(new CaseDocument.Sentence(rs.getInt(2), rs.getInt(3), rs.getInt(4),
              rs.getString(5), new Labels(rs.getBoolean(6), rs.getBoolean(7), rs.getString(8), rs.getString(9)),
              rs.getString(10), rs.getString(11)));
        }
      }
    }
    return List.copyOf(docs.values());
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      st.setObject(i + 1, params.get(i));
    }
  }
}
