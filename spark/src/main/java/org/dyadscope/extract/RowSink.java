package org.dyadscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.CodeReport;
import org.dyadscope.store.CountryGraphRow;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.IdealPointRow;
import org.dyadscope.store.LoadSink;

/**
 * Takes what the core's reader reads from one file on an executor: every valid event as a
 * {@link ExtractSchema#PARSED} row (the filter's verdict with it, {@link FileLoad#keeps}) in
 * Spark's compact binary form (an {@code UnsafeRow}: one byte array a row, which Spark's operators
 * read without conversion), every quarantined line as a {@link ExtractSchema#QUARANTINE} row (raw
 * text cut as the store cuts it), the exact line copies and the reader's code report. Identity across files is decided later, over
 * all files ({@link ExtractJob}). The formats extracted give only events.
 */
final class RowSink implements LoadSink {
  private final FileTask task;
  private final Set<String> keepCountries;
  private final UnsafeProjection compact = UnsafeProjection.create(ExtractSchema.PARSED);
  private final List<InternalRow> events = new ArrayList<>();
  private final List<Row> quarantine = new ArrayList<>();
  private long lineCopies;
  private CodeReport codeReport = CodeReport.NONE;

  /** @param keepCountries the actor filter, a set that may be asked for null (a HashSet), or null for none */
  RowSink(FileTask task, Set<String> keepCountries) {
    this.task = task;
    this.keepCountries = keepCountries;
  }

  @Override
  public void event(EventRow row) {
    InternalRow parsed = ExtractSchema.parsed(row, task.family(), task.order(), FileLoad.keeps(keepCountries, row));
    events.add(compact.apply(parsed).copy());
  }

  @Override
  public void quarantine(long line, String reason, String raw) {
    quarantine.add(RowFactory.create(task.label(), line, reason, FileLoad.quarantineRaw(raw)));
  }

  @Override
  public void duplicate(long line, long firstLine, String raw) {
    lineCopies++;
  }

  @Override
  public void codeReport(CodeReport report) {
    codeReport = report == null ? CodeReport.NONE : report;
  }

  @Override
  public void idealPoint(IdealPointRow row) {
    throw notEvents();
  }

  @Override
  public void armsTransfer(ArmsTransferRow row) {
    throw notEvents();
  }

  @Override
  public void document(DocumentRow row) {
    throw notEvents();
  }

  @Override
  public void countryGraph(CountryGraphRow row) {
    throw notEvents();
  }

  private IllegalStateException notEvents() {
    return new IllegalStateException(task.uri() + ": format " + task.format() + " gave a row that is no event");
  }

  /** What was read, with the file's digests. */
  ParsedFile result(long rowsRead, String sha256, String contentSha256) {
    return new ParsedFile(task, sha256, contentSha256, rowsRead, quarantine.size(), lineCopies, codeReport.rowsUnknownActorTokens(),
        events, quarantine);
  }
}
