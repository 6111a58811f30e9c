package org.dyadscope.serve;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.review.DocumentKeys;
import org.dyadscope.review.Review;

/**
 * {@code GET /api/kwic}: the coded sentences ({@code codings} with their {@code sentences} and
 * {@code documents}) filtered by speaker, year, sector, move, desecuritizing, threat source and a
 * matched lexicon term (a substring of {@code matched_terms}, case-insensitive), in date and
 * document order, paged; CSV: every matching row up to {@value Output#CSV_CAP}.
 */
final class KwicView {
  private final List<String> speakers;
  private final List<String> threatSources;

  KwicView(StoreConnections db) throws SQLException {
    this.speakers = db.with(c -> Rows.strings(c, "SELECT DISTINCT speaker FROM codings WHERE speaker IS NOT NULL ORDER BY 1"));
    this.threatSources = db.with(c -> Rows.strings(c,
        "SELECT DISTINCT threat_source FROM codings WHERE threat_source IS NOT NULL ORDER BY 1"));
  }

  void handle(Context ctx, StoreConnections db) throws SQLException {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    String speaker = ctx.queryParam("speaker") == null ? null : Params.oneOf(ctx, "speaker", speakers, null);
    if (speaker != null) {
      where.add("c.speaker = ?");
      params.add(speaker);
    }
    if (ctx.queryParam("year") != null) {
      where.add("year(c.date) = ?");
      params.add(Params.intIn(ctx, "year", 1900, 2100, 0));
    }
    if (ctx.queryParam("sector") != null) {
      where.add("c.sector = ?");
      params.add(Params.oneOf(ctx, "sector", Review.SECTORS, null));
    }
    for (String flag : List.of("move", "desecuritizing")) {
      Boolean b = Params.flag(ctx, flag);
      if (b != null) {
        where.add("c." + flag + " = ?");
        params.add(b);
      }
    }
    if (ctx.queryParam("threat_source") != null) {
      where.add("c.threat_source = ?");
      params.add(Params.oneOf(ctx, "threat_source", threatSources, null));
    }
    String term = ctx.queryParam("term");
    if (term != null && !term.isBlank()) {
      if (term.length() > 100) {
        throw ApiError.badRequest("parameter term is longer than 100 characters");
      }
      where.add("c.matched_terms ILIKE ? ESCAPE '\\'");
      params.add("%" + term.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    int[] page = Params.page(ctx);
    String from = " FROM codings c JOIN docs d ON d.doc_id = c.doc_id"
        + " JOIN sentences s ON s.doc_id = c.doc_id AND s.sentence_no = c.sentence_no"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    long total = db.with(c -> Rows.count(c, DocumentKeys.DOCS + "SELECT count(*)" + from, params));
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.addAll(Output.limitOffset(ctx, page));
    List<Map<String, Object>> rows = db.with(c -> Rows.query(c, DocumentKeys.DOCS
        + "SELECT c.doc_id, d.doc_file, c.sentence_no, c.speaker, c.date, c.date_precision, c.sector, c.move,"
        + " c.desecuritizing,"
        + " c.threat_source, c.matched_terms, c.kwic, c.detector, c.move_probability, s.text" + from
        + " ORDER BY c.date NULLS LAST, c.doc_id, c.sentence_no LIMIT ? OFFSET ?", pageParams));
    Output.paged(ctx, "kwic", total, page, rows);
  }
}
