package org.dyadscope.collect.tkg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.IdealPointRow;
import org.dyadscope.store.LoadSink;

/** A sink that keeps quarantined lines and either keeps events or hands them to a consumer. */
final class RecordingSink implements LoadSink {
  record Rejected(long line, String reason, String raw) {}

  final List<EventRow> events = new ArrayList<>();
  final List<Rejected> rejected = new ArrayList<>();
  private final Consumer<EventRow> consumer;
  long eventCount;

  /** Keeps every event (small inputs). */
  RecordingSink() {
    this.consumer = events::add;
  }

  /** Streams events to {@code consumer} without keeping them (whole sets). */
  RecordingSink(Consumer<EventRow> consumer) {
    this.consumer = consumer;
  }

  @Override
  public void event(EventRow row) {
    eventCount++;
    consumer.accept(row);
  }

  @Override
  public void idealPoint(IdealPointRow row) {
    throw new AssertionError("TKG reader wrote an ideal point");
  }

  @Override
  public void countryGraph(org.dyadscope.store.CountryGraphRow row) {
    throw new AssertionError("TKG reader wrote a country graph cell");
  }

  @Override
  public void armsTransfer(ArmsTransferRow row) {
    throw new AssertionError("TKG reader wrote an arms transfer");
  }

  @Override
  public void document(DocumentRow row) {
    throw new AssertionError("TKG reader wrote a document");
  }

  @Override
  public void quarantine(long line, String reason, String raw) {
    rejected.add(new Rejected(line, reason, raw));
  }
}
