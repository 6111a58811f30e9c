package org.dyadscope.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The local loader's identity rule over the parsed rows of all files at once: of the rows of one
 * event id (per id family) the first in read order (file, then line) is the event, every later one a
 * repeat.
 *
 * <p>Almost every id occurs once, so the rule is not applied by sorting every row by its id: the
 * ids that occur more than once are found by an aggregation of the id columns alone, and only their
 * rows are ranked. The repeats (few) are cached; the first rows are every row but the repeats,
 * found by a join on the row's place (file order, line) that Spark broadcasts while the repeats are
 * small.
 */
final class EventIdentity implements AutoCloseable {
  private static final scala.collection.immutable.Seq<String> ID = seq("family", "event_id");
  private static final scala.collection.immutable.Seq<String> PLACE = seq("file_order", "line");

  private final Dataset<Row> rows;
  private final Dataset<Row> repeatedIds;
  private final Dataset<Row> repeats;

  private EventIdentity(Dataset<Row> rows, Dataset<Row> repeatedIds, Dataset<Row> repeats) {
    this.rows = rows;
    this.repeatedIds = repeatedIds;
    this.repeats = repeats;
  }

  /**
   * Finds the repeated ids of {@code rows} ({@link ExtractSchema#PARSED}) and ranks their rows; runs
   * two Spark jobs and caches what they find until {@link #close}.
   */
  static EventIdentity of(Dataset<Row> rows) {
    Dataset<Row> repeatedIds = rows.groupBy("family", "event_id").count().filter(col("count").gt(1))
        .select("family", "event_id").persist(StorageLevel.MEMORY_AND_DISK());
    repeatedIds.count(); // cached with its size known, the joins below broadcast it while it is small
    WindowSpec byId = Window.partitionBy("family", "event_id").orderBy("file_order", "line");
    Dataset<Row> repeats = rows.select("family", "event_id", "file_order", "file", "line", "event_date", "kept")
        .join(repeatedIds, ID, "left_semi")
        .withColumn("rank", row_number().over(byId))
        .withColumn("kept_date", first("event_date").over(byId))
        .withColumn("first_kept", first("kept").over(byId))
        .withColumn("first_file", first("file").over(byId))
        .withColumn("first_line", first("line").over(byId))
        .filter(col("rank").gt(1))
        .persist(StorageLevel.MEMORY_AND_DISK());
    repeats.count();
    return new EventIdentity(rows, repeatedIds, repeats);
  }

  /** The first row of every event id, {@link ExtractSchema#PARSED}. */
  Dataset<Row> firsts() {
    return rows.join(repeats.select("file_order", "line"), PLACE, "left_anti");
  }

  /**
   * Every later row of an id: its {@code family}, {@code event_id}, {@code file_order}, {@code file},
   * {@code line}, {@code event_date} and {@code kept}, with the first row's {@code kept_date}, {@code
   * first_kept}, {@code first_file} and {@code first_line}.
   */
  Dataset<Row> repeats() {
    return repeats;
  }

  @Override
  public void close() {
    repeats.unpersist(false);
    repeatedIds.unpersist(false);
  }

  private static scala.collection.immutable.Seq<String> seq(String... names) {
    return CollectionConverters.asScala(List.of(names)).toSeq();
  }
}
