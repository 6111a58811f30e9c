package org.dyadscope.store;

/**
 * The columns {@link FileLoad} fills in each table a reader's rows go to through an appender, bound
 * by name to the row records' fields ({@link TableBinding}); the tables themselves, their column
 * order and units are {@code schema.sql}'s. Event rows go in as Arrow batches, bound by name too
 * ({@link EventBatch}).
 */
final class RowBindings {
  private RowBindings() {}

  /** A document to store with its identity key ({@link DocumentIdentity#key}), not a field of the row. */
  record StoredDocument(DocumentRow row, String textKey) {}

  /** A line the reader rejected; {@code raw} already cut to {@link FileLoad#MAX_RAW_CHARS}. */
  record QuarantineRow(String file, long line, String reason, String raw) {}

  static final TableBinding<CountryGraphRow> COUNTRY_GRAPH = new TableBinding<CountryGraphRow>("country_graph_daily")
      .bind("source", (a, r) -> a.append(r.source()))
      .bind("day", (a, r) -> a.append(r.day()))
      .bind("country_a", (a, r) -> a.append(r.countryA()))
      .bind("country_b", (a, r) -> a.append(r.countryB()))
      .bind("weight", (a, r) -> a.append(r.weight()))
      .bind("file", (a, r) -> a.append(r.file()))
      .bind("line", (a, r) -> a.append(r.line()));

  static final TableBinding<IdealPointRow> IDEAL_POINTS = new TableBinding<IdealPointRow>("ideal_points")
      .bind("iso3", (a, r) -> a.append(r.iso3()))
      .bind("ccode", (a, r) -> a.append(r.ccode()))
      .bind("session", (a, r) -> a.append(r.session()))
      .bind("year", (a, r) -> a.append(r.year()))
      .bind("ideal_point", (a, r) -> a.append(r.idealPoint()))
      .bind("n_votes", (a, r) -> a.append(r.nVotes()))
      .bind("file", (a, r) -> a.append(r.file()))
      .bind("line", (a, r) -> a.append(r.line()));

  static final TableBinding<ArmsTransferRow> ARMS_TRANSFERS = new TableBinding<ArmsTransferRow>("arms_transfers")
      .bind("sipri_id", (a, r) -> a.append(r.sipriId()))
      .bind("supplier", (a, r) -> a.append(r.supplier()))
      .bind("recipient", (a, r) -> a.append(r.recipient()))
      .bind("supplier_name", (a, r) -> a.append(r.supplierName()))
      .bind("recipient_name", (a, r) -> a.append(r.recipientName()))
      .bind("designation", (a, r) -> a.append(r.designation()))
      .bind("description", (a, r) -> a.append(r.description()))
      .bind("category", (a, r) -> a.append(r.category()))
      .bind("order_year", (a, r) -> a.append(r.orderYear()))
      .bind("order_year_estimate", (a, r) -> a.append(r.orderYearEstimate()))
      .bind("delivered_number", (a, r) -> a.append(r.deliveredNumber()))
      .bind("delivered_estimate", (a, r) -> a.append(r.deliveredEstimate()))
      .bind("delivery_year", (a, r) -> a.append(r.deliveryYear()))
      .bind("delivery_year_estimate", (a, r) -> a.append(r.deliveryYearEstimate()))
      .bind("status", (a, r) -> a.append(r.status()))
      .bind("tiv_unit", (a, r) -> a.append(r.tivUnit()))
      .bind("tiv_delivered", (a, r) -> a.append(r.tivDelivered()))
      .bind("uncertain", (a, r) -> a.append(r.uncertain()))
      .bind("file", (a, r) -> a.append(r.file()))
      .bind("line", (a, r) -> a.append(r.line()));

  static final TableBinding<StoredDocument> DOCUMENTS = new TableBinding<StoredDocument>("documents")
      .bind("doc_id", (a, d) -> a.append(d.row().docId()))
      .bind("source", (a, d) -> a.append(d.row().source()))
      .bind("speaker", (a, d) -> a.append(d.row().speaker()))
      .bind("session", (a, d) -> a.append(d.row().session()))
      .bind("year", (a, d) -> a.append(d.row().year()))
      .bind("doc_date", (a, d) -> TableBinding.date(a, d.row().docDate()))
      .bind("title", (a, d) -> a.append(d.row().title()))
      .bind("url", (a, d) -> a.append(d.row().url()))
      .bind("text", (a, d) -> a.append(d.row().text()))
      .bind("chars", (a, d) -> a.append(d.row().text().length()))
      .bind("replacement_chars", (a, d) -> a.append(d.row().replacementChars()))
      .bind("file", (a, d) -> a.append(d.row().file()))
      .bind("line", (a, d) -> a.append(d.row().line()))
      .bind("licence", (a, d) -> a.append(d.row().licence()))
      .bind("text_key", (a, d) -> a.append(d.textKey()));

  static final TableBinding<QuarantineRow> QUARANTINE = new TableBinding<QuarantineRow>("quarantine")
      .bind("file", (a, q) -> a.append(q.file()))
      .bind("line", (a, q) -> a.append(q.line()))
      .bind("reason", (a, q) -> a.append(q.reason()))
      .bind("raw", (a, q) -> a.append(q.raw()));
}
