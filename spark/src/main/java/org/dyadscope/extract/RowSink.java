package org.dyadscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * Takes what the core's reader reads from one file on an executor, as {@link ExtractSchema#STAGED}
 * rows in Spark's compact binary form (an {@code UnsafeRow}: one byte array a row, which Spark
 * writes without converting each field): every valid event (the filter's verdict with it, {@link
 * FileLoad#keeps}), every quarantined line (raw text cut as the store cuts it), and at the end the
 * file's counts (with the exact line copies and the reader's code report). It holds one file's rows
 * at a time. Identity across files is decided later, over all files ({@link ExtractJob}). The
 * formats extracted give only events.
 */
final class RowSink implements LoadSink {
  private final FileTask task;
  private final Set<String> keepCountries;
  private final UnsafeProjection compact = UnsafeProjection.create(ExtractSchema.STAGED);
  private final List<InternalRow> rows = new ArrayList<>();
  private long quarantined;
  private long lineCopies;
  private CodeReport codeReport = CodeReport.NONE;

  /** @param keepCountries the actor filter, a set that may be asked for null (a HashSet), or null for none */
  RowSink(FileTask task, Set<String> keepCountries) {
    this.task = task;
    this.keepCountries = keepCountries;
  }

  @Override
  public void event(EventRow row) {
    rows.add(compact.apply(ExtractSchema.parsed(row, task.family(), task.order(), FileLoad.keeps(keepCountries, row)))
        .copy());
  }

  /** The store's filter: the reader leaves out of a left-out event's row what is not staged for it. */
  @Override
  public boolean storesEvent(String actor1Country, String actor2Country) {
    return FileLoad.keeps(keepCountries, actor1Country, actor2Country);
  }

  @Override
  public void quarantine(long line, String reason, String raw) {
    quarantined++;
    rows.add(compact.apply(ExtractSchema.quarantined(task.label(), task.order(), line, reason, FileLoad.quarantineRaw(raw)))
        .copy());
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

  /** Every row of the file, then its counts with its digests: the {@link ExtractSchema#STAGED} rows of the file. */
  List<InternalRow> result(long rowsRead, String sha256, String contentSha256) {
    rows.add(compact.apply(ExtractSchema.file(task.label(), task.order(), rowsRead, quarantined, lineCopies,
        codeReport.rowsUnknownActorTokens(), sha256, contentSha256)).copy());
    return rows;
  }
}
