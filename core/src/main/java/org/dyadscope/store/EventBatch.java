package org.dyadscope.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBConnection;

/**
 * The kept event rows of one file load, gathered column by column in Apache Arrow vectors and
 * inserted into {@code events} a batch at a time, through Arrow's C Data interface
 * ({@code DuckDBConnection.registerArrowStream}, then one {@code INSERT INTO events BY NAME}): the
 * insert joins the connection's open transaction, as the appenders do. The row fields are bound to
 * the table's columns by NAME (each vector is named after its column; a column not named here gets
 * its default, and a name the table lacks fails the insert), so {@code schema.sql} stays the one
 * definition of the table.
 *
 * <p>Why not the JDBC appender: it writes every 2,048-row chunk into the table on its own
 * ({@code duckdb_appender_flush}); a batch of up to {@value #ROWS} rows goes in with one insert.
 * Storing the 709,719 kept rows of the bench's 2 million GDELT rows took 2.1-2.4 CPU seconds this
 * way against 3.9-4.6 through the appender (DuckDB at one thread, machine under load;
 * {@code bench/run.sh}, README "Benchmarks").
 *
 * <p>A full batch is inserted on a thread of its own while the next one fills (two sets of
 * vectors, used in turn): an insert takes DuckDB about 0.1 s, in which the reader and the load's
 * writer thread go on instead of waiting for it. The connection is used by one thread at a time:
 * the load calls {@link #awaitInsert} before it appends anything else (quarantined lines), and
 * {@link #insert} and {@link #close} wait for the insert in flight.
 *
 * <p>Memory: a batch is inserted when it holds {@value #ROWS} rows or its vectors pass
 * {@value #MAX_BYTES} bytes, whichever comes first, so the off-heap memory held is flat in the
 * file's size (two batches at most). The vectors keep their capacity from batch to batch. To be
 * filled from one thread.
 */
final class EventBatch implements AutoCloseable {
  /**
   * Rows per insert. Half a DuckDB row group: the same CPU as a whole one (122,880) and about 40 MB
   * less peak RSS on the bench's file.
   */
  static final int ROWS = 65_536;
  /** Bytes of Arrow buffers after which a batch is inserted before it holds {@link #ROWS} rows. */
  static final long MAX_BYTES = 16L << 20;
  /** How often (rows) the batch's size in bytes is checked. */
  private static final int SIZE_CHECK = 1024;
  /** The name DuckDB reads the batch under while it is inserted (registered on the connection, never stored). */
  private static final String VIEW = "dyadscope_event_batch";
  /** Arrow's setting of its allocation manager ({@code DefaultAllocationManagerOption}). */
  private static final String ALLOCATION_MANAGER = "arrow.allocation.manager.type";

  static {
    // Arrow picks its allocation manager when its allocator class loads, from the class path unless
    // told: beside Apache Spark (module spark) it finds Spark's older Netty manager and fails to load
    if (System.getProperty(ALLOCATION_MANAGER) == null && System.getenv("ARROW_ALLOCATION_MANAGER_TYPE") == null) {
      System.setProperty(ALLOCATION_MANAGER, "Unsafe");
    }
  }

  private final DuckDBConnection connection;
  private final BufferAllocator allocator = new RootAllocator();
  private final List<Column> columns = columns();
  /** The vectors being filled, made at the first row: most files of a case hold no events (country graphs, speeches). */
  private VectorSchemaRoot root;
  /** The other vectors: being inserted, or free; null until the second batch. */
  private VectorSchemaRoot spare;
  private int rows;
  /** The thread that inserts full batches, started at the first; and the insert it runs, or null. */
  private ExecutorService inserter;
  private Future<?> inFlight;
  private boolean closed;

  EventBatch(DuckDBConnection connection) {
    this.connection = connection;
  }

  private VectorSchemaRoot vectors() {
    if (root == null) {
      root = newVectors();
    }
    return root;
  }

  private VectorSchemaRoot newVectors() {
    VectorSchemaRoot r = VectorSchemaRoot.create(schema(columns), allocator);
    r.allocateNew();
    return r;
  }

  private static Schema schema(List<Column> columns) {
    List<Field> fields = new ArrayList<>();
    for (Column c : columns) {
      fields.add(c.field());
    }
    return new Schema(fields);
  }

  /**
   * Loads and initialises the Arrow classes a batch and its insert use, without a connection: a set
   * of vectors and a C stream are made and freed. Arrow's {@code Schema} builds a Jackson mapper
   * as it loads (about 0.2 s of a cold start), which {@link Store#preload} moves off the reader's way.
   */
  static void preload() {
    try (BufferAllocator a = new RootAllocator();
        VectorSchemaRoot r = VectorSchemaRoot.create(schema(columns()), a);
        ArrowArrayStream s = ArrowArrayStream.allocateNew(a)) {
      r.allocateNew();
    }
  }

  /** The columns of {@code events} an {@link EventRow} fills, by name; the others get their defaults. */
  private static List<Column> columns() {
    return List.of(
        new Text("source", false, EventRow::source),
        new Text("event_id", false, EventRow::eventId),
        new Day("event_date", false, EventRow::eventDate),
        new Micros("date_added", EventRow::dateAdded),
        new Text("actor1_code", true, EventRow::actor1Code),
        new Text("actor1_name", true, EventRow::actor1Name),
        new Text("actor1_country", true, EventRow::actor1Country),
        new Text("actor2_code", true, EventRow::actor2Code),
        new Text("actor2_name", true, EventRow::actor2Name),
        new Text("actor2_country", true, EventRow::actor2Country),
        new Text("event_code", true, EventRow::eventCode),
        new Text("event_base", true, EventRow::eventBase),
        new Text("event_root", true, EventRow::eventRoot),
        new TinyInt("quad_class", EventRow::quadClass),
        new Real("goldstein", EventRow::goldstein),
        new Int("num_mentions", EventRow::numMentions),
        new Real("avg_tone", EventRow::avgTone),
        new Text("source_url", true, EventRow::sourceUrl),
        new Text("schema_flag", true, EventRow::schemaFlag),
        new Text("file", false, EventRow::file),
        new BigInt("line", EventRow::line),
        new Text("action_country", true, EventRow::actionCountry));
  }

  /** Adds {@code row}; inserts the batch when it is full. */
  void add(EventRow row) throws SQLException {
    VectorSchemaRoot r = vectors();
    for (int i = 0; i < columns.size(); i++) {
      columns.get(i).set(r.getVector(i), rows, row);
    }
    rows++;
    if (rows == ROWS || rows % SIZE_CHECK == 0 && bytes() > MAX_BYTES) {
      insertInBackground();
    }
  }

  /** Hands the full batch to the inserting thread and goes on with the other vectors. */
  private void insertInBackground() throws SQLException {
    awaitInsert(); // the spare vectors are free again
    if (inserter == null) {
      inserter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "event-insert");
        t.setDaemon(true);
        return t;
      });
    }
    VectorSchemaRoot full = root;
    int n = rows;
    inFlight = inserter.submit(() -> {
      insert(full, n);
      return null;
    });
    root = spare != null ? spare : newVectors();
    spare = full;
    rows = 0;
  }

  /**
   * Waits for the batch being inserted, if any: after it, the connection is free for this thread.
   *
   * @throws SQLException when that insert failed
   */
  void awaitInsert() throws SQLException {
    Future<?> f = inFlight;
    if (f == null) {
      return;
    }
    try {
      f.get();
      inFlight = null;
    } catch (InterruptedException e) {
      // still in flight: close() waits for it again before the vectors are freed
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while inserting events", e);
    } catch (ExecutionException e) {
      inFlight = null;
      Throwable c = e.getCause();
      if (c instanceof SQLException q) {
        throw q;
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      throw new SQLException("cannot insert events: " + c, c);
    }
  }

  private long bytes() {
    long n = 0;
    for (FieldVector v : root.getFieldVectors()) {
      n += v.getBufferSize();
    }
    return n;
  }

  /** As {@link #awaitInsert}, waiting on through interrupts: the vectors must not be freed under DuckDB. */
  private void awaitInsertUninterruptibly() throws SQLException {
    boolean interrupted = false;
    while (true) {
      try {
        awaitInsert();
        break;
      } catch (SQLException e) {
        if (!Thread.interrupted()) {
          throw e;
        }
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Inserts every row added so far into {@code events}, in the open transaction: waits for the
   * batch in flight, then inserts the rest on this thread.
   */
  void insert() throws SQLException {
    awaitInsert();
    int n = rows;
    rows = 0;
    insert(root, n);
  }

  private void insert(VectorSchemaRoot batch, int n) throws SQLException {
    if (n == 0) {
      return;
    }
    batch.setRowCount(n);
    try (ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
      Data.exportArrayStream(allocator, new OneBatch(allocator, batch), stream);
      connection.registerArrowStream(VIEW, stream);
      try (Statement s = connection.createStatement()) {
        s.execute("INSERT INTO events BY NAME SELECT * FROM " + VIEW);
      }
    } finally {
      for (FieldVector v : batch.getFieldVectors()) {
        v.reset(); // keeps the capacity for the next batch
      }
    }
  }

  /**
   * Drops the rows not yet inserted and frees the vectors, after the insert in flight (whose failure,
   * if any, is left to the caller's rollback: closing is also how a failed load cleans up).
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        awaitInsertUninterruptibly();
      } catch (SQLException | RuntimeException e) {
        // a failed load: its transaction is rolled back
      } finally {
        if (inserter != null) {
          inserter.shutdown();
        }
        for (VectorSchemaRoot r : new VectorSchemaRoot[] {root, spare}) {
          if (r != null) {
            r.close();
          }
        }
        allocator.close();
      }
    }
  }

  /** The batch's vectors, handed over once: DuckDB reads them where they are (no copy). */
  private static final class OneBatch extends ArrowReader {
    private final VectorSchemaRoot batch;
    private boolean given;

    OneBatch(BufferAllocator allocator, VectorSchemaRoot batch) {
      super(allocator);
      this.batch = batch;
    }

    @Override
    public boolean loadNextBatch() throws IOException {
      if (given) {
        return false;
      }
      given = true;
      try (ArrowRecordBatch b = new VectorUnloader(batch).getRecordBatch()) {
        new VectorLoader(getVectorSchemaRoot()).load(b);
      }
      return true;
    }

    @Override
    public long bytesRead() {
      return 0;
    }

    @Override
    protected void closeReadSource() {
      // the batch's vectors belong to the EventBatch
    }

    @Override
    protected Schema readSchema() {
      return batch.getSchema();
    }
  }

  /** One column: its Arrow field (named after the table column) and how a row fills it. */
  private interface Column {
    Field field();

    void set(FieldVector vector, int index, EventRow row);
  }

  /**
   * A VARCHAR column. The reader hands the same String object for a repeated value (the file label,
   * the source, short codes: {@code collect.gdelt.ShortFieldCache}), so its UTF-8 bytes are kept
   * from the last row and reused when the object is the same.
   */
  private static final class Text implements Column {
    private final Field field;
    private final Function<EventRow, String> get;
    private String last;
    private byte[] lastBytes;

    Text(String name, boolean nullable, Function<EventRow, String> get) {
      this.field = nullable ? Field.nullable(name, ArrowType.Utf8.INSTANCE)
          : Field.notNullable(name, ArrowType.Utf8.INSTANCE);
      this.get = get;
    }

    @Override
    public Field field() {
      return field;
    }

    @Override
    public void set(FieldVector vector, int index, EventRow row) {
      String s = get.apply(row);
      VarCharVector v = (VarCharVector) vector;
      if (s == null) {
        v.setNull(index);
        return;
      }
      if (s != last) {
        last = s;
        lastBytes = s.getBytes(StandardCharsets.UTF_8);
      }
      v.setSafe(index, lastBytes);
    }
  }

  /** A DATE column (days since 1970-01-01). */
  private record Day(String name, boolean nullable, Function<EventRow, LocalDate> get) implements Column {
    @Override
    public Field field() {
      ArrowType t = new ArrowType.Date(DateUnit.DAY);
      return nullable ? Field.nullable(name, t) : Field.notNullable(name, t);
    }

    @Override
    public void set(FieldVector vector, int index, EventRow row) {
      LocalDate d = get.apply(row);
      if (d == null) {
        ((DateDayVector) vector).setNull(index);
      } else {
        ((DateDayVector) vector).setSafe(index, (int) d.toEpochDay());
      }
    }
  }

  /** A TIMESTAMP column (microseconds since 1970-01-01 00:00, no time zone), nullable. */
  private record Micros(String name, Function<EventRow, LocalDateTime> get) implements Column {
    @Override
    public Field field() {
      return Field.nullable(name, new ArrowType.Timestamp(TimeUnit.MICROSECOND, null));
    }

    @Override
    public void set(FieldVector vector, int index, EventRow row) {
      LocalDateTime t = get.apply(row);
      TimeStampMicroVector v = (TimeStampMicroVector) vector;
      if (t == null) {
        v.setNull(index);
      } else {
        v.setSafe(index, t.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + t.getNano() / 1_000);
      }
    }
  }

  /** A TINYINT column, nullable. */
  private record TinyInt(String name, Function<EventRow, Integer> get) implements Column {
    @Override
    public Field field() {
      return Field.nullable(name, new ArrowType.Int(8, true));
    }

    @Override
    public void set(FieldVector vector, int index, EventRow row) {
      Integer x = get.apply(row);
      if (x == null) {
        ((TinyIntVector) vector).setNull(index);
      } else {
        ((TinyIntVector) vector).setSafe(index, x);
      }
    }
  }

  /** An INTEGER column, nullable. */
  private record Int(String name, Function<EventRow, Integer> get) implements Column {
    @Override
    public Field field() {
      return Field.nullable(name, new ArrowType.Int(32, true));
    }

    @Override
    public void set(FieldVector vector, int index, EventRow row) {
      Integer x = get.apply(row);
      if (x == null) {
        ((IntVector) vector).setNull(index);
      } else {
        ((IntVector) vector).setSafe(index, x);
      }
    }
  }

  /** A BIGINT column, not null. */
  private record BigInt(String name, ToLongFunction<EventRow> get) implements Column {
    @Override
    public Field field() {
      return Field.notNullable(name, new ArrowType.Int(64, true));
    }

    @Override
    public void set(FieldVector vector, int index, EventRow row) {
      ((BigIntVector) vector).setSafe(index, get.applyAsLong(row));
    }
  }

  /** A DOUBLE column, nullable. */
  private record Real(String name, Function<EventRow, Double> get) implements Column {
    @Override
    public Field field() {
      return Field.nullable(name, new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
    }

    @Override
    public void set(FieldVector vector, int index, EventRow row) {
      Double x = get.apply(row);
      if (x == null) {
        ((Float8Vector) vector).setNull(index);
      } else {
        ((Float8Vector) vector).setSafe(index, x);
      }
    }
  }
}
