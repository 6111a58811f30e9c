package org.dyadscope.collect;

import java.util.ArrayList;
import java.util.List;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.IdealPointRow;
import org.dyadscope.store.LoadSink;

/** A {@link LoadSink} that keeps everything in lists, for reader tests. */
public final class RecordingSink implements LoadSink {
  /** One quarantined line. */
  public record Rejected(long line, String reason, String raw) {}

  public final List<EventRow> events = new ArrayList<>();
  public final List<IdealPointRow> idealPoints = new ArrayList<>();
  public final List<ArmsTransferRow> armsTransfers = new ArrayList<>();
  public final List<DocumentRow> documents = new ArrayList<>();
  public final List<org.dyadscope.store.CountryGraphRow> graphCells = new ArrayList<>();
  public final List<Rejected> quarantined = new ArrayList<>();

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
  public void countryGraph(org.dyadscope.store.CountryGraphRow row) {
    graphCells.add(row);
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
  public long total() {
    return events.size() + idealPoints.size() + armsTransfers.size() + documents.size()
        + graphCells.size() + quarantined.size();
  }
}
