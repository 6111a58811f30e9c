package org.dyadscope.report;

import java.nio.file.Path;
import java.util.List;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.measure.DedupPolicy;
import org.dyadscope.measure.MeasureTables;
import org.dyadscope.store.Store;

/** The measure and report stages of a run, for tests of the report on a small store. */
final class Reports {
  private Reports() {}

  /** Measures {@code store} (writing its tables) and writes the report from them into {@code out}. */
  static List<Path> write(CaseFile c, Store store, Path out) throws Exception {
    MeasureTables.measure(c, store, DedupPolicy.DAILY);
    return ReportWriter.write(c, MeasureTables.read(c, store), MeasureTables.views(store, c), out, null, null, null);
  }
}
