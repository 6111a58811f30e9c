package org.dyadscope.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Identity of documents during one file's load ({@link FileLoad}): tells whether a document row
 * repeats one already in the store or earlier in the file ({@link DocumentIdentity#key}), and if
 * so records it in {@code document_copies} and fills in the stored document's missing or less
 * precise metadata instead of storing it again. The store thus holds one {@code documents} row per
 * text, so every count read from it (documents, sentences, codings, rates) counts a text once.
 *
 * <p>The keys of the documents already stored are read once, at the file's first document (about
 * 13,600 rows for the flagship case). The document kept is the one loaded first; loading a file
 * again deletes its copy rows with its other rows, and its documents meet the store afresh. (Loading
 * the kept document's file again alone gives it back its own metadata: what a copy filled in
 * returns when the copy's file is loaded again; {@code run} always loads every file into a new
 * store.)
 */
final class DocumentCopies {
  private final Connection connection;
  private final TableAppender<RowBindings.StoredDocument> documents;
  private Map<String, DocumentIdentity.Meta> stored;
  /** Keys of the documents appended by this load: their rows are in the appender until a flush. */
  private final Set<String> appended = new HashSet<>();
  private long conflicts;

  /** @param documents the load's appender of the {@code documents} table */
  DocumentCopies(Connection connection, TableAppender<RowBindings.StoredDocument> documents) {
    this.connection = connection;
    this.documents = documents;
  }

  /**
   * True when {@code r} (with identity {@code key}) repeats a document stored before: the copy is
   * recorded and {@code r} must not be stored. False when it is new: it is registered, and the
   * caller stores it.
   */
  boolean repeats(DocumentRow r, String key) throws SQLException {
    if (stored == null) {
      stored = readStored();
    }
    DocumentIdentity.Meta kept = stored.get(key);
    if (kept == null) {
      stored.put(key, DocumentIdentity.Meta.of(r));
      appended.add(key);
      return false;
    }
    DocumentIdentity.Comparison c = DocumentIdentity.compare(kept, DocumentIdentity.Meta.of(r));
    record(r, kept, c);
    if (c.relation() == DocumentIdentity.Relation.CONFLICT) {
      conflicts++;
    }
    if (c.relation() == DocumentIdentity.Relation.COMPATIBLE && !c.merged().equals(kept)) {
      fill(key, c.merged());
      stored.put(key, c.merged());
    }
    return true;
  }

  /** Copies recorded so far whose metadata conflict with the kept document's (relation {@code conflict}). */
  long conflicts() {
    return conflicts;
  }

  private Map<String, DocumentIdentity.Meta> readStored() throws SQLException {
    Map<String, DocumentIdentity.Meta> m = new HashMap<>();
    // documents of stores written before identity keys have none: they are not matched
    try (PreparedStatement q = connection.prepareStatement("SELECT text_key, doc_id, file, speaker, session,"
        + " year, doc_date, title FROM documents WHERE text_key IS NOT NULL");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        Date d = rs.getDate(7);
        String docId = rs.getString(2);
        m.put(rs.getString(1), new DocumentIdentity.Meta(docId, rs.getString(3), rs.getString(4),
            (Integer) rs.getObject(5), (Integer) rs.getObject(6), d == null ? null : d.toLocalDate(),
            DocumentIdentity.ownTitle(docId, rs.getString(8))));
      }
    }
    return m;
  }

  private void record(DocumentRow r, DocumentIdentity.Meta kept, DocumentIdentity.Comparison c)
      throws SQLException {
    try (PreparedStatement ins = connection.prepareStatement("INSERT INTO document_copies (doc_id, source,"
        + " speaker, session, year, doc_date, title, file, line, copy_of, copy_of_file, relation, differences)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ins.setString(1, r.docId());
      ins.setString(2, r.source());
      ins.setString(3, r.speaker());
      ins.setObject(4, r.session(), Types.INTEGER);
      ins.setObject(5, r.year(), Types.INTEGER);
      setDate(ins, 6, r.docDate());
      ins.setString(7, r.title());
      ins.setString(8, r.file());
      ins.setLong(9, r.line());
      ins.setString(10, kept.docId());
      ins.setString(11, kept.file());
      ins.setString(12, c.relation().label());
      ins.setString(13, c.differences());
      ins.executeUpdate();
    }
  }

  /** Gives the stored document what the copy adds (a full date for a year, a missing speaker...). */
  private void fill(String key, DocumentIdentity.Meta m) throws SQLException {
    if (appended.contains(key)) {
      documents.flush(); // the stored row is still in this load's appender
    }
    try (PreparedStatement up = connection.prepareStatement("UPDATE documents SET"
        + " speaker = coalesce(?, speaker), session = coalesce(?, session), year = coalesce(?, year),"
        + " doc_date = coalesce(?, doc_date), title = coalesce(?, title) WHERE doc_id = ? AND file = ?")) {
      up.setString(1, m.speaker());
      up.setObject(2, m.session(), Types.INTEGER);
      up.setObject(3, m.year(), Types.INTEGER);
      setDate(up, 4, m.date());
      up.setString(5, m.title());
      up.setString(6, m.docId());
      up.setString(7, m.file());
      up.executeUpdate();
    }
  }

  private static void setDate(PreparedStatement s, int index, LocalDate d) throws SQLException {
    if (d == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setDate(index, Date.valueOf(d));
    }
  }
}
