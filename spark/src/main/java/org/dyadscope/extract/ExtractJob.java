package org.dyadscope.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.store.ExtractImport;
import org.dyadscope.store.Store;

/**
 * The extract: every planned file read on the executors by the core's readers ({@link FileParser}),
 * then the local loader's identity rules applied over all files at once, and the store's event
 * tables written as Parquet ({@link ExtractImport} lays them out and loads them).
 *
 * <p>Identity, as {@code store.FileLoad} applies it file after file: a file whose decompressed
 * content an earlier file (in read order) already had stores nothing, all its rows duplicates, its
 * provenance naming that file ({@code duplicate_of}); of the rows of one event id (per id family,
 * across files) the first in read order (file, then line) is kept, every later one counts in its
 * file's {@code rows_duplicate} and, with another event day, in {@code event_conflicts} beside the
 * kept row (whose file and line are null when the actor filter left it out). Kept first rows count in
 * {@code source_totals} per event and reporting day before the actor filter; the first rows the
 * filter leaves out count in {@code rows_filtered} and their ids in {@code left_out_event_ids}.
 *
 * <p>Every file is parsed once: its rows, quarantined lines and counts are staged as Parquet in the
 * output's folder ({@code _parsed}, {@link ExtractSchema#STAGED}), which every later step reads, each
 * only the columns it needs, so that memory does not grow with the archive. The output is written
 * beside {@code out} and moved into its place when every table is written (the staged rows deleted
 * first): an extract that fails leaves the earlier one as it was.
 */
final class ExtractJob {
  private final SparkSession spark;

  ExtractJob(SparkSession spark) {
    this.spark = spark;
  }

  /** What the extract wrote, per file in read order, as its provenance rows ({@link ExtractSchema#PROVENANCE}). */
  record Result(List<Row> provenance) {}

  /**
   * Plans and runs the extract of {@code c}'s GDELT and ICEWS sources.
   *
   * @param dataRoot a local folder or a Hadoop URI the case's paths are relative to
   * @param keepActors the actor filter (ISO-3 codes), or null to keep every event
   * @param warn receives one line per file pattern that matched no file
   * @throws IOException when no file matched, or a file cannot be read (nothing is written)
   */
  static Result extract(SparkSession spark, CaseFile c, String dataRoot, Set<String> keepActors, String out,
      Consumer<String> warn) throws IOException {
    ExtractPlan plan = ExtractPlan.of(c, dataRoot, spark.sparkContext().hadoopConfiguration());
    plan.missing().forEach(m -> warn.accept("dyadscope extract: warning: " + m));
    if (plan.files().isEmpty()) {
      throw new IOException(dataRoot + ": none of the GDELT and ICEWS files of case " + c.name()
          + " is there; check --data points at the folder holding them");
    }
    java.nio.file.Path local = ExtractPlan.localRoot(dataRoot);
    ReaderSetup readers = ReaderSetup.of(local == null ? null : local.toString(), c.lookups());
    for (FileTask t : plan.files()) {
      readers.reader(t.source(), t.format()); // a format that cannot be extracted fails before Spark starts work
    }
    return new ExtractJob(spark).run(plan, readers, keepActors, out);
  }

  /**
   * Runs the extract of the planned files into {@code out}.
   *
   * @param readers how executors build the readers
   * @param keepActors the actor filter (ISO-3 codes), or null to keep every event
   * @param out the extract folder (local path or Hadoop URI); replaced when complete
   * @throws IOException when a file cannot be read (nothing is written) or {@code out} cannot be replaced
   * @throws IllegalStateException when a file's counts do not add up (a reader bug: nothing is written)
   */
  Result run(ExtractPlan plan, ReaderSetup readers, Set<String> keepActors, String out) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Broadcast<SerializableWritable<Configuration>> hadoop = jsc.broadcast(new SerializableWritable<>(conf));
    int slices = Math.max(1, Math.min(plan.files().size(), jsc.defaultParallelism() * 4));
    Path target = new Path(out);
    FileSystem fs = target.getFileSystem(conf);
    Path partial = new Path(target.getParent(), "." + target.getName() + ".partial-" + UUID.randomUUID());
    try {
      Path stagedDir = new Path(partial, "_parsed");
      stage(spark.internalCreateDataFrame(jsc.parallelize(plan.files(), slices)
          .flatMap(new FileParser(readers, keepActors, hadoop)).rdd(), ExtractSchema.STAGED, false), stagedDir.toString());
      Dataset<Row> staged = spark.read().schema(ExtractSchema.STAGED).parquet(stagedDir.toString());
      List<ParsedFile> files = ParsedFile.of(staged, plan.files());
      Map<Integer, String> duplicateOf = sameContent(files);
      Column stored = duplicateOf.isEmpty() ? lit(true) : not(col("file_order").isin(duplicateOf.keySet().toArray()));
      Dataset<Row> rows = staged.filter(col("kind").equalTo(ExtractSchema.EVENT).and(stored));
      Dataset<Row> quarantine = staged.filter(col("kind").equalTo(ExtractSchema.QUARANTINED).and(stored))
          .select("file", "line", "reason", "raw");
      Result result = write(files, duplicateOf, rows, quarantine, keepActors, partial.toString());
      fs.delete(stagedDir, true);
      if (fs.exists(target) && !fs.delete(target, true)) {
        throw new IOException(out + ": cannot remove the earlier extract; remove it and run again");
      }
      if (!fs.rename(partial, target)) {
        throw new IOException(partial + ": cannot move the extract to " + out + "; nothing was replaced");
      }
      return result;
    } finally {
      if (fs.exists(partial)) {
        fs.delete(partial, true);
      }
    }
  }

  /**
   * Parses every file once and writes its rows as Parquet to {@code dir}, where every later step
   * reads them (each only the columns it needs; memory does not grow with the input); a file that
   * cannot be read fails the extract with the reader's own one-line message (naming the file), not
   * Spark's account of the failed task.
   */
  private static void stage(Dataset<Row> parsed, String dir) throws IOException {
    try {
      parsed.write().mode(SaveMode.ErrorIfExists).parquet(dir);
    } catch (Exception e) { // Spark's SparkException, which Scala throws undeclared
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof IOException io) {
          throw new IOException(io.getMessage() + "; nothing of the extract was written", e);
        }
      }
      throw e;
    }
  }

  /** File order to the label of the earlier file with the same decompressed content. */
  private static Map<Integer, String> sameContent(List<ParsedFile> files) {
    Map<String, String> firstWith = new HashMap<>();
    Map<Integer, String> out = new HashMap<>();
    for (ParsedFile f : files) {
      String first = firstWith.putIfAbsent(f.contentSha256(), f.task().label());
      if (first != null) {
        out.put(f.task().order(), first);
      }
    }
    return out;
  }

  /** Writes the extract's tables into {@code dir}. */
  private Result write(List<ParsedFile> files, Map<Integer, String> duplicateOf, Dataset<Row> rows,
      Dataset<Row> quarantine, Set<String> keepActors, String dir) {
    try (EventIdentity identity = EventIdentity.of(rows)) {
      Dataset<Row> firsts = identity.firsts();
      Dataset<Row> repeats = identity.repeats();
      // first rows per file and day, before the filter: the totals, and the per-file counts of provenance
      Dataset<Row> daily = firsts.groupBy(col("source"), col("file"), col("event_date"), col("report_date"), col("kept"),
          col("kept").and(col("actor1_country").isNull().or(col("actor2_country").isNull())).as("unresolved"))
          .agg(count(lit(1)).as("events")).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        partitioned(firsts.filter(col("kept")).select(ExtractSchema.EVENT_COLUMNS.stream().map(Column::new)
            .toArray(Column[]::new)), dir, ExtractImport.EVENTS);
        partitioned(daily.groupBy("source", "file", "event_date", "report_date").agg(sum("events").as("events")),
            dir, ExtractImport.TOTALS);
        single(quarantine, dir, ExtractImport.QUARANTINE);
        single(repeats.filter(col("event_date").notEqual(col("kept_date"))).select(col("family"), col("event_id"),
            col("file"), col("line"), col("event_date"), when(col("first_kept"), col("first_file")).as("kept_file"),
            when(col("first_kept"), col("first_line")).as("kept_line"), col("kept_date")), dir, ExtractImport.CONFLICTS);
        single(firsts.filter(col("kept").equalTo(false)).select("family", "file", "line", "event_id", "event_date"),
            dir, ExtractImport.LEFT_OUT);
        List<Row> provenance = provenance(files, duplicateOf, perFile(daily, repeats), keepActors);
        single(spark.createDataFrame(provenance, ExtractSchema.PROVENANCE), dir, ExtractImport.PROVENANCE);
        return new Result(provenance);
      } finally {
        daily.unpersist(false);
      }
    }
  }

  /**
   * Per file: rows kept and stored, left out by the filter, repeats of an earlier id, and stored rows
   * with an unresolved actor; from the first rows' daily counts and the repeats.
   */
  private static Map<String, long[]> perFile(Dataset<Row> daily, Dataset<Row> repeats) {
    Map<String, long[]> out = new HashMap<>();
    for (Row r : daily.groupBy("file").agg(sum(when(col("kept"), col("events")).otherwise(0L)),
        sum(when(col("kept"), 0L).otherwise(col("events"))), sum(when(col("unresolved"), col("events")).otherwise(0L)))
        .collectAsList()) {
      out.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2), 0, r.getLong(3)});
    }
    for (Row r : repeats.groupBy("file").count().collectAsList()) {
      out.computeIfAbsent(r.getString(0), f -> new long[4])[2] = r.getLong(1);
    }
    return out;
  }

  /**
   * The provenance row of every file, in read order, as {@code FileLoad#commit} writes it.
   *
   * @throws IllegalStateException when a file's rows read are not loaded + quarantined + duplicate +
   *     filtered (a reader bug)
   */
  private static List<Row> provenance(List<ParsedFile> files, Map<Integer, String> duplicateOf,
      Map<String, long[]> perFile, Set<String> keepActors) {
    String actors = Store.actorsLabel(keepActors);
    List<Row> out = new ArrayList<>();
    for (ParsedFile f : files) {
      FileTask t = f.task();
      String copyOf = duplicateOf.get(t.order());
      long[] n = copyOf != null ? new long[4] : perFile.getOrDefault(t.label(), new long[4]);
      long quarantined = copyOf != null ? 0 : f.rowsQuarantined();
      long duplicate = copyOf != null ? f.rowsRead() : f.lineCopies() + n[2];
      if (f.rowsRead() != n[0] + quarantined + duplicate + n[1]) {
        throw new IllegalStateException(t.uri() + ": read " + f.rowsRead() + " rows but loaded " + n[0]
            + ", quarantined " + quarantined + ", dropped " + duplicate + " duplicates and filtered " + n[1]
            + "; nothing written (reader bug, please report)");
      }
      out.add(RowFactory.create(t.label(), f.sha256(), t.format(), t.source(), f.rowsRead(), n[0], quarantined, n[3],
          duplicate, n[1], copyOf != null ? 0L : f.rowsUnknownActorTokens(), f.contentSha256(), copyOf, actors));
    }
    return out;
  }

  /** Writes a table partitioned by source and the event's year, one file per partition. */
  private static void partitioned(Dataset<Row> table, String dir, String name) {
    table.withColumn(ExtractImport.YEAR, year(col("event_date")))
        .repartition(col(ExtractImport.SOURCE), col(ExtractImport.YEAR))
        .write().mode(SaveMode.ErrorIfExists).partitionBy(ExtractImport.SOURCE, ExtractImport.YEAR)
        .parquet(dir + "/" + name);
  }

  /** Writes an unpartitioned table. */
  private static void single(Dataset<Row> table, String dir, String name) {
    table.write().mode(SaveMode.ErrorIfExists).parquet(dir + "/" + name);
  }
}
