package org.dyadscope.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.review.DocumentKeys;
import org.dyadscope.review.Hashes;
import org.dyadscope.review.Review;

/**
 * {@code GET /api/documents/{doc_id}}: one document ({@code documents}) with its text and every
 * sentence's offsets and coding ({@code sentences}, {@code codings}: labels, matched terms, the key
 * term's offsets, lexicon version) and the latest review of the sentence (any reviewer) with
 * {@code current} false when the sentence's text changed since (a re-run split it differently).
 * An unknown id is a 404. CSV: the sentences.
 */
final class DocumentView {
  private final ReviewsView reviews;

  DocumentView(ReviewsView reviews) {
    this.reviews = reviews;
  }

  void handle(Context ctx, StoreConnections db) throws SQLException, IOException {
    String docId = ctx.pathParam("doc_id");
    List<Map<String, Object>> docs = db.with(c -> Rows.query(c, DocumentKeys.DOCS
        + "SELECT doc_id, doc_file AS file, source, speaker, coalesce(CAST(doc_date AS VARCHAR), CAST(year AS VARCHAR))"
        + " AS date, title, url, licence, text FROM docs WHERE doc_id = ?", docId));
    if (docs.isEmpty()) {
      throw ApiError.notFound("no document '" + docId + "' in the store");
    }
    Map<String, Object> doc = docs.get(0);
    List<Map<String, Object>> sentences = db.with(c -> Rows.query(c, "SELECT s.sentence_no, s.\"start\", s.\"end\","
        + " c.move, c.desecuritizing, c.sector, c.referent, c.threat_source, c.strength, c.matched_terms, c.kwic_start,"
        + " c.kwic_end, c.actors, c.lexicon, c.detector, c.move_probability, s.text FROM sentences s LEFT JOIN codings c"
        + " ON c.doc_id = s.doc_id AND c.sentence_no = s.sentence_no WHERE s.doc_id = ? ORDER BY s.sentence_no", docId));
    Map<Integer, Review> latest = reviews.latestFor((String) doc.get("file"));
    for (Map<String, Object> s : sentences) {
      String text = (String) s.remove("text");
      Review r = latest.get(((Number) s.get("sentence_no")).intValue());
      Map<String, Object> review = null;
      if (r != null) {
        review = ReviewsView.row(r);
        review.put("current", r.sentenceSha256().equals(Hashes.sha256(text)));
      }
      s.put("review", review);
    }
    if (Output.wantsCsv(ctx)) {
      sentences.forEach(s -> s.remove("review"));
      Output.csv(ctx, "document_sentences", sentences);
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>(doc);
    body.put("doc_file", doc.get("file"));
    body.put("sentences", sentences);
    Output.json(ctx, body);
  }
}
