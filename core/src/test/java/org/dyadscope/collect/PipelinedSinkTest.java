package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.CodeReport;
import org.dyadscope.store.CountryGraphRow;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.IdealPointRow;
import org.dyadscope.store.LoadSink;
import org.junit.jupiter.api.Test;

class PipelinedSinkTest {
  /** A writer that runs out of memory at its first event, as a load of too many event ids once did. */
  private static final class OutOfMemoryAtFirstEvent implements LoadSink {
    @Override
    public void event(EventRow row) {
      throw new OutOfMemoryError("Java heap space");
    }

    @Override
    public void idealPoint(IdealPointRow row) {}

    @Override
    public void armsTransfer(ArmsTransferRow row) {}

    @Override
    public void document(DocumentRow row) {}

    @Override
    public void countryGraph(CountryGraphRow row) {}

    @Override
    public void quarantine(long line, String reason, String raw) {}

    @Override
    public void duplicate(long line, long firstLine, String raw) {}

    @Override
    public void codeReport(CodeReport report) {}
  }

  @Test
  void anErrorOfTheWriterThreadStopsTheReaderInsteadOfBlockingIt() {
    EventRow row = new EventRow("gdelt2", "1", LocalDate.of(2019, 10, 24), null, null, null, "IRN", null, null,
        "RUS", "051", "051", "05", 1, 3.4, 1, -2.5, null, "gdelt61", "f.csv", 1, null);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      PipelinedSink pipe = new PipelinedSink(new OutOfMemoryAtFirstEvent());
      // more batches than the queue holds: a dead writer would leave this thread waiting for ever
      assertThatThrownBy(() -> {
        for (int i = 0; i < PipelinedSink.BATCH * (PipelinedSink.QUEUED + 4); i++) {
          pipe.event(row);
        }
        pipe.finish();
      }).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    });
  }
}
