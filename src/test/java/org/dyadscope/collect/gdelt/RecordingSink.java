package org.dyadscope.collect.gdelt;

import java.util.ArrayList;
import java.util.List;
import org.dyadscope.collect.LoadSink;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.IdealPointRow;

/** A {@link LoadSink} that keeps what it is given, for reader tests. */
public final class RecordingSink implements LoadSink {
  /** One quarantined line. */
  public record Rejected(long line, String reason, String raw) {}

  public final List<EventRow> events = new ArrayList<>();
  public final List<Rejected> rejected = new ArrayList<>();

  @Override
  public void event(EventRow row) {
    events.add(row);
  }

  @Override
  public void idealPoint(IdealPointRow row) {
    throw new AssertionError("event reader produced an ideal point");
  }

  @Override
  public void armsTransfer(ArmsTransferRow row) {
    throw new AssertionError("event reader produced an arms transfer");
  }

  @Override
  public void document(DocumentRow row) {
    throw new AssertionError("event reader produced a document");
  }

  @Override
  public void quarantine(long line, String reason, String raw) {
    rejected.add(new Rejected(line, reason, raw));
  }
}
