package org.dyadscope.pipeline;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.measure.DedupPolicy;
import org.dyadscope.store.Store;

/**
 * What the stages of one run share: the case, its settings, the store being built and the work
 * folder the outputs are written into before {@link RunOutputs#swapIn} moves them to the output folder.
 * Stages hand on results only through the store's tables.
 */
public final class StageContext {
  private final CaseFile caseFile;
  private final Path dataRoot;
  private final Store store;
  private final Path work;
  private final Path outDir;
  private final DedupPolicy dedup;
  private final Set<String> actors;
  private final boolean collects;
  private final Path extract;
  private final String coder;

  /**
   * @param actors the ISO-3 codes {@code --actors} keeps, or null for all events
   * @param collects whether the collect stage runs in this run (else the store is an earlier run's)
   * @param extract the Parquet extract collect loads the event sources from ({@code run --extract}), or null
   * @param coder which detector decides the moves: {@code lexicon} or {@code model}
   */
  StageContext(CaseFile caseFile, Path dataRoot, Store store, Path work, Path outDir, DedupPolicy dedup,
      Set<String> actors, boolean collects, Path extract, String coder) {
    this.caseFile = caseFile;
    this.dataRoot = dataRoot;
    this.store = store;
    this.work = work;
    this.outDir = outDir;
    this.dedup = dedup;
    this.actors = actors;
    this.collects = collects;
    this.extract = extract;
    this.coder = coder;
  }

  /** Which detector decides the code stage's moves: {@code lexicon} or {@code model}. */
  String coder() {
    return coder;
  }

  /** The output folder's store that this run replaces (it may not exist): its embeddings are reused. */
  Path earlierStore() {
    return outDir.resolve(RunOutputs.STORE);
  }

  CaseFile caseFile() {
    return caseFile;
  }

  Path dataRoot() {
    return dataRoot;
  }

  Store store() {
    return store;
  }

  /** The folder the stages write their files into; moved into place when every stage has run. */
  Path work() {
    return work;
  }

  DedupPolicy dedup() {
    return dedup;
  }

  Set<String> actors() {
    return actors;
  }

  /** The Parquet extract of the event sources, or null when collect reads the raw files. */
  Path extract() {
    return extract;
  }

  /** Where a file written under {@link #work} will be once the run is swapped in. */
  Path finalPath(Path inWork) {
    return outDir.resolve(work.relativize(inWork));
  }

  /** Prints one progress or summary line of the run on standard error. */
  static void log(String line) {
    System.err.println("dyadscope run: " + line);
  }

  /**
   * Whether the store holds only the events of some actors: {@code --actors} in this run, or, over
   * an earlier run's store or an extract's rows, rows its provenance counts as filtered.
   */
  boolean filtered() throws SQLException {
    if ((collects && extract == null) || actors != null) {
      return actors != null;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(sum(rows_filtered), 0) > 0 FROM provenance")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }
}
