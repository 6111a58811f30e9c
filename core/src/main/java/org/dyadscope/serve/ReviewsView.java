package org.dyadscope.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.review.DocumentKeys;
import org.dyadscope.review.Hashes;
import org.dyadscope.review.Review;
import org.dyadscope.review.ReviewException;
import org.dyadscope.review.ReviewLog;

/**
 * {@code POST /api/reviews}: an analyst's review of one coded sentence, appended to the review file
 * ({@link ReviewLog}) with the document's and the sentence's identity and what the coder said; and
 * {@code GET /api/reviews}: the file's rows, each with its {@code status} against this store
 * ({@code current}, {@code sentence changed} when the sentence's text hash differs — a re-run split
 * sentences differently —, or {@code not in store}), and the lines that could not be read; as CSV,
 * TSV (the file's own columns) or, with {@code as=gold}, as rows of the gold-set format.
 */
final class ReviewsView {
  private static final List<String> FORMATS = List.of("json", "csv", "tsv");
  private final ReviewLog log;
  private final Set<String> actorCodes;

  ReviewsView(ReviewLog log, CaseFile caseFile) {
    this.log = log;
    this.actorCodes = Lexicon.forCase(caseFile == null ? null : caseFile.folder()).actorCodes();
  }

  /** The latest review of each sentence of document {@code docFile} (any reviewer), by sentence number. */
  Map<Integer, Review> latestFor(String docFile) throws IOException {
    Map<Integer, Review> out = new HashMap<>();
    for (Review r : log.read().rows()) {
      if (r.docFile().equals(docFile)) {
        out.put(r.sentenceNo(), r);
      }
    }
    return out;
  }

  void post(Context ctx, StoreConnections db) throws SQLException, IOException {
    JsonNode body;
    try {
      body = Output.JSON.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("the body is not JSON: " + StoreConnections.firstLine(e));
    }
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object {reviewer, doc_id, sentence_no, move, desecuritizing,"
          + " sector, threat_source, note}");
    }
    String docId = text(body, "doc_id", true);
    int sentenceNo = body.path("sentence_no").asInt(0);
    List<Map<String, Object>> found = db.with(c -> Rows.query(c, DocumentKeys.DOCS
        + "SELECT d.doc_file, d.text_key, s.text, c.move, c.desecuritizing, c.sector, c.threat_source"
        + " FROM docs d JOIN sentences s ON s.doc_id = d.doc_id"
        + " LEFT JOIN codings c ON c.doc_id = s.doc_id AND c.sentence_no = s.sentence_no"
        + " WHERE d.doc_id = ? AND s.sentence_no = ?", docId, sentenceNo));
    if (found.isEmpty()) {
      throw ApiError.notFound("no sentence " + sentenceNo + " in document '" + docId + "'");
    }
    Map<String, Object> s = found.get(0);
    Review r = new Review(Instant.now(), text(body, "reviewer", true), (String) s.get("doc_file"),
        (String) s.get("text_key"), sentenceNo, Hashes.sha256((String) s.get("text")), flag(body, "move"),
        flag(body, "desecuritizing"), text(body, "sector", false), text(body, "threat_source", false),
        (Boolean) s.get("move"), (Boolean) s.get("desecuritizing"), orEmpty(s.get("sector")),
        orEmpty(s.get("threat_source")), "browser", text(body, "note", false));
    try {
      r.check(actorCodes);
    } catch (ReviewException e) {
      throw new ApiError(400, e.getMessage(), e.valid());
    }
    if (r.note().length() > 2000) {
      throw ApiError.badRequest("note is longer than 2000 characters");
    }
    log.append(r);
    Output.json(ctx, 201, row(r));
  }

  void get(Context ctx, StoreConnections db) throws SQLException, IOException {
    ReviewLog.Contents contents = log.read();
    if ("gold".equals(ctx.queryParam("as"))) {
      tsv(ctx, "reviews_gold", ReviewLog.goldRows(contents.rows(), ctx.queryParam("reviewer")));
      return;
    }
    if (ctx.queryParam("as") != null) {
      throw ApiError.notOneOf("as", ctx.queryParam("as"), List.of("gold"));
    }
    String format = Params.oneOf(ctx, "format", FORMATS, "json");
    if (format.equals("tsv")) {
      List<String> lines = new ArrayList<>();
      lines.add(String.join("\t", Review.COLUMNS));
      contents.rows().forEach(r -> lines.add(r.toTsv()));
      tsv(ctx, "reviews", lines);
      return;
    }
    Map<String, String> current = currentSentences(db, contents.rows());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Review r : contents.rows()) {
      Map<String, Object> m = row(r);
      String sha = current.get(r.docFile() + "#" + r.sentenceNo());
      m.put("status", sha == null ? "not in store" : sha.equals(r.sentenceSha256()) ? "current" : "sentence changed");
      rows.add(m);
    }
    if (format.equals("csv")) {
      Output.csv(ctx, "reviews", rows);
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("file", log.file().getFileName().toString());
    body.put("rows", rows);
    // the page is told the review file's name, not the machine's folders
    body.put("problems", contents.problems().stream()
        .map(p -> p.replace(log.file().toString(), log.file().getFileName().toString())).toList());
    Output.json(ctx, body);
  }

  /** The hash of each reviewed sentence's text as this store holds it, keyed {@code doc_file#sentence_no}. */
  private static Map<String, String> currentSentences(StoreConnections db, List<Review> reviews) throws SQLException {
    Map<String, String> out = new HashMap<>();
    List<String> files = reviews.stream().map(Review::docFile).distinct().toList();
    if (files.isEmpty()) {
      return out;
    }
    for (Map<String, Object> r : db.with(c -> Rows.query(c, DocumentKeys.DOCS + "SELECT d.doc_file, s.sentence_no, s.text"
        + " FROM docs d JOIN sentences s ON s.doc_id = d.doc_id WHERE d.doc_file IN (" + Rows.marks(files.size()) + ")",
        files))) {
      out.put(r.get("doc_file") + "#" + r.get("sentence_no"), Hashes.sha256((String) r.get("text")));
    }
    return out;
  }

  /** A review as a JSON object with the file's column names. */
  static Map<String, Object> row(Review r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reviewed_at", r.reviewedAt().toString());
    m.put("reviewer", r.reviewer());
    m.put("doc_file", r.docFile());
    m.put("doc_sha256", r.docSha256());
    m.put("sentence_no", r.sentenceNo());
    m.put("sentence_sha256", r.sentenceSha256());
    m.put("move", r.move());
    m.put("desecuritizing", r.desecuritizing());
    m.put("sector", r.sector());
    m.put("threat_source", r.threatSource());
    m.put("machine_move", r.machineMove());
    m.put("machine_desecuritizing", r.machineDesecuritizing());
    m.put("machine_sector", r.machineSector());
    m.put("machine_threat_source", r.machineThreatSource());
    m.put("source", r.source());
    m.put("note", r.note());
    return m;
  }

  private static void tsv(Context ctx, String name, List<String> lines) {
    ctx.contentType("text/tab-separated-values; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".tsv\"")
        .result(String.join("\n", lines) + "\n");
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        throw ApiError.badRequest("field " + field + " is required");
      }
      return "";
    }
    if (!n.isTextual()) {
      throw ApiError.badRequest("field " + field + " must be a string");
    }
    return n.asText();
  }

  /** A label given as 0/1 or false/true; required. */
  private static boolean flag(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n != null && n.isBoolean()) {
      return n.asBoolean();
    }
    if (n != null && n.isInt() && (n.asInt() == 0 || n.asInt() == 1)) {
      return n.asInt() == 1;
    }
    throw new ApiError(400, "field " + field + " must be 0 or 1", List.of("0", "1"));
  }

  private static String orEmpty(Object o) {
    return o == null ? "" : o.toString();
  }
}
