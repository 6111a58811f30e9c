package org.dyadscope.collect.unga;

import java.util.ArrayList;
import java.util.List;
import org.dyadscope.collect.LoadSink;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.IdealPointRow;

/** A {@link LoadSink} that keeps everything in lists, for reader tests. */
final class RecordingSink implements LoadSink {
  /** One quarantined line. */
  record Rejected(long line, String reason, String raw) {}

  final List<EventRow> events = new ArrayList<>();
  final List<IdealPointRow> idealPoints = new ArrayList<>();
  final List<ArmsTransferRow> armsTransfers = new ArrayList<>();
  final List<DocumentRow> documents = new ArrayList<>();
  final List<Rejected> quarantined = new ArrayList<>();

  @Override
  public void event(EventRow row) {
    events.add(row);
  }

  @Override
  public void idealPoint(IdealPointRow row) {
    idealPoints.add(row);
  }

  @Override
  public void armsTransfer(ArmsTransferRow row) {
    armsTransfers.add(row);
  }

  @Override
  public void document(DocumentRow row) {
    documents.add(row);
  }

  @Override
  public void quarantine(long line, String reason, String raw) {
    quarantined.add(new Rejected(line, reason, raw));
  }

  /** Rows handed to the sink, loaded or quarantined. */
  long total() {
    return events.size() + idealPoints.size() + armsTransfers.size() + documents.size()
        + quarantined.size();
  }
}
