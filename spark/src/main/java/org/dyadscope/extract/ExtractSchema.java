package org.dyadscope.extract;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.ByteType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.dyadscope.store.EventRow;

/**
 * The Spark row shapes of the extract. Column names and types are those of the store's tables
 * ({@code core/src/main/resources/org/dyadscope/store/schema.sql}), so the extract loads into a
 * store by name ({@code store.ExtractImport}).
 */
final class ExtractSchema {
  private ExtractSchema() {}

  /** The {@code events} columns, in the store's order. */
  static final List<String> EVENT_COLUMNS = List.of("source", "event_id", "event_date", "date_added",
      "actor1_code", "actor1_name", "actor1_country", "actor2_code", "actor2_name", "actor2_country",
      "event_code", "event_base", "event_root", "quad_class", "goldstein", "num_mentions", "avg_tone",
      "source_url", "schema_flag", "file", "line", "action_country");

  /**
   * Every valid row read, before identity and filter: the {@link #EVENT_COLUMNS}, then its id
   * family, its file's read order, whether the actor filter keeps it and its reporting day (GDELT
   * DATEADDED's day). A row the filter leaves out carries only what identity and the daily totals
   * need (source, id, event and reporting day, file, line): the full row of every archive event
   * would make the shuffle as large as the archive.
   */
  static final StructType PARSED = new StructType(new StructField[] {
      field("source", StringType), field("event_id", StringType), field("event_date", DateType),
      field("date_added", TimestampNTZType), field("actor1_code", StringType), field("actor1_name", StringType),
      field("actor1_country", StringType), field("actor2_code", StringType), field("actor2_name", StringType),
      field("actor2_country", StringType), field("event_code", StringType), field("event_base", StringType),
      field("event_root", StringType), field("quad_class", ByteType), field("goldstein", DoubleType),
      field("num_mentions", IntegerType), field("avg_tone", DoubleType), field("source_url", StringType),
      field("schema_flag", StringType), field("file", StringType), field("line", LongType),
      field("action_country", StringType),
      field("family", StringType), field("file_order", IntegerType), field("kept", BooleanType),
      field("report_date", DateType)});

  /** {@link #STAGED} row kinds: a valid row ({@link #PARSED}'s columns), a quarantined line, a file's counts. */
  static final byte EVENT = 0, QUARANTINED = 1, FILE = 2;

  /**
   * What the parse of the files stages as Parquet for the later steps: rows of three kinds ({@code
   * kind}). An {@link #EVENT} row has the {@link #PARSED} columns; a {@link #QUARANTINED} line its
   * {@code file}, {@code line}, {@code file_order}, {@code reason} and {@code raw} text; the one
   * {@link #FILE} row of a file its {@code file}, {@code file_order}, its counts ({@code rows_read},
   * {@code rows_quarantined}, {@code line_copies}: rows dropped as exact copies of an earlier line,
   * {@code rows_unknown_actor_tokens}) and the SHA-256 of the file as stored and of its decompressed
   * content.
   */
  static final StructType STAGED = PARSED.add("kind", ByteType).add("reason", StringType).add("raw", StringType)
      .add("rows_read", LongType).add("rows_quarantined", LongType).add("line_copies", LongType)
      .add("rows_unknown_actor_tokens", LongType).add("sha256", StringType).add("content_sha256", StringType);

  /** A quarantined line: the {@code quarantine} table's columns. */
  static final StructType QUARANTINE = new StructType(new StructField[] {
      field("file", StringType), field("line", LongType), field("reason", StringType), field("raw", StringType)});

  /** The {@code provenance} table's columns. */
  static final StructType PROVENANCE = new StructType(new StructField[] {
      field("file", StringType), field("sha256", StringType), field("format", StringType), field("source", StringType),
      field("rows_read", LongType), field("rows_loaded", LongType), field("rows_quarantined", LongType),
      field("rows_unresolved", LongType), field("rows_duplicate", LongType), field("rows_filtered", LongType),
      field("rows_unknown_actor_tokens", LongType), field("content_sha256", StringType),
      field("duplicate_of", StringType), field("actors", StringType)});

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /**
   * The {@link #STAGED} row of an event in Spark's internal form (strings as {@link UTF8String},
   * dates as days and timestamps as microseconds since 1970-01-01), so that Spark takes it without
   * converting each field from a {@code Row}. The row of an event the filter leaves out carries only
   * what identity and the daily totals need (source, id, event and reporting day, file, line).
   *
   * @param kept whether the actor filter keeps the event
   */
  static InternalRow parsed(EventRow r, String family, int order, boolean kept) {
    Object[] v = new Object[STAGED.size()];
    v[0] = utf8(r.source());
    v[1] = utf8(r.eventId());
    v[2] = days(r.eventDate());
    if (kept) {
      v[3] = r.dateAdded() == null ? null : DateTimeUtils.localDateTimeToMicros(r.dateAdded());
      v[4] = utf8(r.actor1Code());
      v[5] = utf8(r.actor1Name());
      v[6] = utf8(r.actor1Country());
      v[7] = utf8(r.actor2Code());
      v[8] = utf8(r.actor2Name());
      v[9] = utf8(r.actor2Country());
      v[10] = utf8(r.eventCode());
      v[11] = utf8(r.eventBase());
      v[12] = utf8(r.eventRoot());
      v[13] = r.quadClass() == null ? null : r.quadClass().byteValue();
      v[14] = r.goldstein();
      v[15] = r.numMentions();
      v[16] = r.avgTone();
      v[17] = utf8(r.sourceUrl());
      v[18] = utf8(r.schemaFlag());
      v[21] = utf8(r.actionCountry());
    }
    v[19] = utf8(r.file());
    v[20] = r.line();
    v[22] = utf8(family);
    v[23] = order;
    v[24] = kept;
    v[25] = days(r.dateAdded() == null ? null : r.dateAdded().toLocalDate());
    v[26] = EVENT;
    return new GenericInternalRow(v);
  }

  /** The {@link #STAGED} row of a quarantined line ({@code raw} as the store keeps it). */
  static InternalRow quarantined(String file, int order, long line, String reason, String raw) {
    Object[] v = new Object[STAGED.size()];
    v[19] = utf8(file);
    v[20] = line;
    v[23] = order;
    v[26] = QUARANTINED;
    v[27] = utf8(reason);
    v[28] = utf8(raw);
    return new GenericInternalRow(v);
  }

  /** The {@link #STAGED} row of a file's counts and digests. */
  static InternalRow file(String file, int order, long rowsRead, long rowsQuarantined, long lineCopies,
      long rowsUnknownActorTokens, String sha256, String contentSha256) {
    Object[] v = new Object[STAGED.size()];
    v[19] = utf8(file);
    v[23] = order;
    v[26] = FILE;
    v[29] = rowsRead;
    v[30] = rowsQuarantined;
    v[31] = lineCopies;
    v[32] = rowsUnknownActorTokens;
    v[33] = utf8(sha256);
    v[34] = utf8(contentSha256);
    return new GenericInternalRow(v);
  }

  private static UTF8String utf8(String s) {
    return s == null ? null : UTF8String.fromString(s);
  }

  private static Integer days(LocalDate d) {
    return d == null ? null : DateTimeUtils.localDateToDays(d);
  }
}
