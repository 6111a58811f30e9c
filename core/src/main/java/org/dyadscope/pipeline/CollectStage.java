package org.dyadscope.pipeline;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.collect.Collector;
import org.dyadscope.collect.FileResult;
import org.dyadscope.collect.ReaderRegistry;
import org.dyadscope.collect.UnresolvedEntities;
import org.dyadscope.store.ExtractImport;

/** Loads every file of the case's sources into the store ({@link Collector}) and says what it loaded and left out. */
final class CollectStage extends DeclaredStage {
  CollectStage() {
    super("collect",
        List.of(),
        List.of("events", "source_totals", "ideal_points", "arms_transfers", "documents", "document_copies",
            "event_conflicts", "left_out_event_ids", "quarantine", "provenance", "country_graph_daily",
            "unresolved_entities"));
  }

  @Override
  public void run(StageContext ctx) throws Exception {
    CaseFile c = ctx.caseFile();
    Path root = ctx.dataRoot();
    Set<String> actors = ctx.actors();
    ExtractImport.Loaded extract = null;
    if (ctx.extract() != null) {
      try {
        extract = ExtractImport.load(ctx.store(), ctx.extract(), actors);
      } catch (IllegalArgumentException e) {
        throw new StageFailure(e.getMessage());
      }
      actors = extract.actors(); // every file of a store shares the extract's filter
      StageContext.log(String.format(Locale.ROOT, "extract %s: %,d files of sources %s, %,d events loaded;"
          + " the other sources from their files", ctx.extract(), extract.files(), String.join(", ", extract.sources()),
          extract.events()));
    }
    ReaderRegistry readers = new ReaderRegistry(root, c.lookups(), c.entityOverrides());
    Collector.Result collected = new Collector(root, readers)
        .collect(c, ctx.store(), w -> StageContext.log("warning: " + w), StageContext::log, actors,
            extract == null ? Set.of() : extract.sources());
    long extracted = extract == null ? 0 : extract.events();
    if ((collected.files().isEmpty() && extract == null) || collected.rowsLoaded() + extracted == 0) {
      throw new StageFailure("no data loaded from " + root + " for case " + c.name()
          + "; check --data points at the folder holding the case's files (e.g. ../shared/data)");
    }
    long quarantined = collected.files().stream().mapToLong(FileResult::rowsQuarantined).sum();
    long duplicate = collected.files().stream().mapToLong(FileResult::rowsDuplicate).sum();
    long sameContent = collected.files().stream().filter(f -> f.duplicateOf() != null).count();
    StageContext.log(String.format(Locale.ROOT,
        "%,d files%s, %,d rows loaded, %,d quarantined, %,d duplicate, %d missing file patterns",
        collected.files().size(), sameContent == 0 ? "" : " (" + sameContent + " with the content of another, not stored)",
        collected.rowsLoaded(), quarantined, duplicate, collected.missing().size()));
    warnRepeatedIds(ctx);
    UnresolvedEntities.store(c, ctx.store(), readers::nonStateCode);
    for (UnresolvedEntities.Entity e : UnresolvedEntities.read(ctx.store(), UNRESOLVED_LOGGED)) {
      StageContext.log("unresolved entity " + e.describe());
    }
  }

  /** Unresolved entities the run log names, the most frequent over all sources. */
  private static final int UNRESOLVED_LOGGED = 5;

  /**
   * Says what the store holds more than once or kept out as a repeat: ids stored on more than one
   * row of a source (whatever their dates: ICEWS reissues ids on other days), which the loader's
   * identity check should leave only for formats without their own ids; and ids repeated with
   * another date ({@code event_conflicts}), of which one row was kept.
   */
  private static void warnRepeatedIds(StageContext ctx) throws SQLException {
    Path storeFile = ctx.finalPath(ctx.work().resolve(RunOutputs.STORE));
    String sql = "SELECT (SELECT count(*) FROM (SELECT source, event_id FROM events GROUP BY ALL HAVING count(*) > 1)),"
        + " (SELECT count(*) FROM event_conflicts)";
    try (Statement st = ctx.store().connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      long stored = rs.getLong(1);
      long conflicts = rs.getLong(2);
      if (stored > 0) {
        StageContext.log("warning: " + stored + " event ids are stored on more than one row of"
            + " the same source and are counted once per row; list them with: dyadscope query " + storeFile
            + " \"SELECT source, event_id, list(event_date), list(file) FROM events GROUP BY ALL HAVING count(*) > 1\"");
      }
      if (conflicts > 0) {
        StageContext.log("warning: " + (conflicts == 1 ? "1 row repeats" : conflicts + " rows repeat")
            + " an event id already loaded with another event date; the first row of each id is kept, both are"
            + " listed by: dyadscope query "
            + storeFile + " \"SELECT * FROM event_conflicts\"");
      }
    }
  }
}
