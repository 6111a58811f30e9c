package org.dyadscope.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The load of one file into a {@link Store}: a {@link LoadSink} that runs as one transaction. It
 * opens the transaction by deleting the file's earlier rows, appends the new rows straight into the
 * store's tables (event rows as Arrow batches, {@link EventBatch}, the other rows through DuckDB
 * appenders; both join the connection's open transaction, and each row record's fields are bound to
 * the table's columns by name, {@link RowBindings}), and on {@link #commit}
 * writes the provenance row and commits. Closing without commit rolls everything back, so the
 * earlier rows of the file stay and nothing half-loaded is ever visible. (Rows used to be staged in
 * temporary tables and copied with INSERT at commit: appending in place saves that copy, about half
 * the load time of a large file.)
 *
 * <p>Not thread-safe, but not thread-confined either: rows may be handed over on one thread and the
 * load committed on another, as long as the calls never overlap.
 *
 * <p>Every event row is counted per event day in {@code source_totals} before the optional actor
 * filter ({@link #keepActors}) looks at it, so a store holding only some actors' events still knows
 * each source's total volume (the denominator of shares). Exact duplicate lines
 * ({@link #duplicate}) are counted in {@code provenance.rows_duplicate}, filtered rows in
 * {@code rows_filtered}. A document whose text is already stored ({@link DocumentCopies}) is
 * recorded in {@code document_copies} and counted in {@code rows_duplicate} too. A reader's
 * {@link CodeReport} (GDELT rows with unknown actor code tokens) is written in {@code
 * provenance.rows_unknown_actor_tokens}.
 *
 * <p>Identity (issue 10). An event of a format with its dataset's own ids (GDELT GLOBALEVENTID, ICEWS
 * Event ID: the id family the loader passes to {@link Store#beginFile}, which the format declares)
 * is the pair (family, id), whatever file holds it: the first
 * row read of an id is kept (stored in {@code events}, or, when the actor filter leaves it out, its
 * id packed in {@code left_out_event_ids}); a later row of the id, in this file or any later one,
 * is neither stored nor counted in {@code source_totals} but in its file's {@code rows_duplicate}.
 * Keep-first for both families: a load never changes another file's rows, so each file stays one
 * transaction that a reload replaces, and an ICEWS annual file that re-publishes weekly events adds
 * only its new ones. A repeat with another event day is also written to {@code event_conflicts}
 * beside the kept row. The ids live in memory while files load ({@link EventIds}, read from the
 * store on first use), so the check costs no query per row. Recording the left-out ids one row
 * each through an appender made a filtered GDELT ingest use a third more CPU (1 million rows: 8.7 s
 * against 6.5 s); packed ({@link PackedIds}) they cost little. A file whose decompressed content
 * ({@link #setContentSha256}) is already loaded under another label stores nothing and is recorded
 * with {@code duplicate_of}, unless it holds documents: those are identified text by text, each
 * copy recorded in {@code document_copies}. Formats without event ids (TKG sets: split and line;
 * UNGA, SIPRI) are checked file by file only. Since other files may have left out rows as repeats of
 * a file's load, a reload that would take such events out of every file is refused
 * ({@link #refuseLosingEvents}), and all files of a store share one actor filter
 * ({@link Store#checkActors}).
 *
 * <p>Memory: while a file loads, DuckDB's memory limit is {@value #LOAD_MEMORY_LIMIT} (the store's
 * own limit is put back after commit or rollback). With DuckDB's default limit (80% of RAM) its
 * buffer pool keeps every block the load writes, so the process grew with the file: on the bench's
 * GDELT-shaped files at -Xmx256m, peak RSS was 528-561 MB for 2 million rows (0.7 million kept) and
 * 565 MB for 4 million; with the limit 372-435 MB for 2 million and 438 MB for 8 million, nothing
 * spilled to disk, at the same speed. The event ids held to recognise repeats ({@link EventIds})
 * grow with the ids read, about 2.3 bytes each (they were 12-24, and ran a 256 MB heap out of memory
 * at 8 million), and the ids the filter leaves out are committed with the load, about 2 bytes each
 * ({@link PackedIds}; at 16 bytes the 8 million rows' 66 MB failed the commit under the limit): the
 * bench's filtered ingest at -Xmx160m peaked at 339 MB for 2 million rows and 405 MB for 8 million.
 *
 * <p>Speed ({@code bench/run.sh}, README "Benchmarks"): the event rows, nearly all of a large load,
 * go to DuckDB as Arrow columnar batches ({@link EventBatch}), DuckDB on
 * {@value #LOAD_THREADS} thread. Through the JDBC appender, which writes every 2,048-row chunk into the
 * table on its own ({@code duckdb_appender_flush}, about 80% of the writer thread's profile), the
 * filtered ingest of 2 million GDELT rows ran at 0.58-0.67x the speed of DuckDB storing the same kept
 * rows from its own CSV reader. Measured and dropped before: spooling the kept rows to temporary CSV
 * files inserted with {@code INSERT INTO ... SELECT ... FROM read_csv()} (more CPU: DuckDB's CSV read
 * on top of the same write); staging in a temporary table copied every 204,800 rows (no faster);
 * {@code preserve_insertion_order} and disabling compression methods (within the noise; only
 * uncompressed strings were faster, at 10 times the file size); a 256 MB load memory limit (within
 * the noise, more memory).
 */
public final class FileLoad implements LoadSink, AutoCloseable {
  /** Raw lines longer than this are cut in the quarantine table (characters). */
  static final int MAX_RAW_CHARS = 10_000;
  /**
   * DuckDB's memory limit while a file loads. DuckDB's default (80% of RAM) lets its buffer pool
   * keep every block the load writes, so the process grew with the file; a fixed limit keeps it
   * flat (see the class comment for the figures).
   */
  static final String LOAD_MEMORY_LIMIT = "64MB";
  /**
   * DuckDB's threads while a file loads. The reader and the load's writer already keep two cores
   * busy; inserting the event batches ({@link EventBatch}) on DuckDB's default two threads made the
   * ingest of the bench's 2 million GDELT rows take 12% more CPU (9.0 against 7.9-8.0 user CPU
   * seconds, machine under load).
   */
  static final int LOAD_THREADS = 1;
  /** DuckDB's display of a memory limit: one decimal and a binary unit, e.g. "18.8 GiB". */
  private static final Pattern SHOWN_LIMIT = Pattern.compile("(\\d+\\.\\d) ?([KMGT]iB)");

  /**
   * SQL condition on a table's {@code file} column: the rows of one load, its own and those of its
   * zip members ({@code "<label>!<member>"}, e.g. the TKG zips); bind with {@link #bindFile}.
   */
  static final String OF_FILE = "(file = ? OR starts_with(file, ?))";

  private final Store store;
  private final DuckDBConnection connection;
  private final String file;
  private final String format;
  private final String source;
  private String sha256;
  private final EventBatch events;
  private final TableAppender<IdealPointRow> idealPoints;
  private final TableAppender<CountryGraphRow> graphCells;
  private final TableAppender<ArmsTransferRow> arms;
  private final TableAppender<RowBindings.StoredDocument> documents;
  private final DocumentCopies documentCopies;
  private final TableAppender<RowBindings.QuarantineRow> quarantine;
  /** Ids of this file's first rows the actor filter left out. */
  private final PackedIds leftOut = new PackedIds();
  /** Id family of this file's events, null when its format has none (see {@link Store#beginFile}). */
  private final String family;
  /** The family's ids in the store and this load so far; null when {@link #family} is null. */
  private final EventIds ids;
  private final List<Conflict> conflicts = new ArrayList<>();
  /**
   * Other files of the family that left rows out as repeats; with {@link #earlierIds}, the ids of
   * this file's earlier load (null when there is none to guard): a reload must keep every one of
   * them, since those files may have left out their rows as repeats of it ({@link #refuseLosingEvents}).
   */
  private final List<String> repeaters;
  private final EventIds earlierIds;
  /** The actor filter, as {@code provenance.actors} records it ({@link Store#actorsLabel}). */
  private String actors;
  private String contentSha256;
  private String duplicateOf;
  /** Documents are identified text by text ({@link DocumentCopies}), so their file is not compared whole. */
  private boolean holdsDocuments;
  private long loaded;
  private long quarantined;
  private long unresolved;
  private long duplicates;
  /** Of {@link #duplicates}: exact copies of a line of the file, and documents whose text is stored. */
  private long lineCopies;
  private long textCopies;
  private long filtered;
  private CodeReport codeReport = CodeReport.NONE;
  private Set<String> keepCountries;
  private String eventSource;
  /** Events per (event day, reporting day); the reporting day is null where the source has none. */
  private record Day(LocalDate event, LocalDate report) {}

  private final Map<Day, long[]> totals = new HashMap<>();

  /** A row repeating a known event id with another event day: the row not kept, and the kept row's day. */
  private record Conflict(String eventId, long line, LocalDate date, LocalDate keptDate) {}
  private final boolean autoCommit;
  private final String memoryLimit;
  private final String threads;
  private boolean restored;
  private boolean done;

  FileLoad(Store store, DuckDBConnection connection, String file, String format, String idFamily, String source,
      String sha256) throws SQLException {
    this.store = store;
    this.connection = connection;
    this.file = file;
    this.format = format;
    this.source = source;
    this.sha256 = sha256;
    this.family = idFamily;
    this.autoCommit = connection.getAutoCommit();
    this.memoryLimit = setting(connection, "memory_limit");
    execute(connection, "SET memory_limit = '" + LOAD_MEMORY_LIMIT + "'");
    this.threads = setting(connection, "threads");
    connection.setAutoCommit(false);
    // the connection is changed from here on: any failure before the load exists gives it back
    try {
      execute(connection, "SET threads = " + LOAD_THREADS);
      // the first statement opens the transaction the appenders below append into
      repeaters = family == null ? List.of() : filesWithRepeats();
      earlierIds = repeaters.isEmpty() ? null : EventIds.load(connection, family, file);
      if (deleteRows() && family != null) {
        store.forgetEventIds(family); // the ids held in memory may still include this file's earlier ones
      }
      ids = family == null ? null : store.eventIds(family);
      idealPoints = appender(RowBindings.IDEAL_POINTS);
      graphCells = appender(RowBindings.COUNTRY_GRAPH);
      arms = appender(RowBindings.ARMS_TRANSFERS);
      documents = appender(RowBindings.DOCUMENTS);
      documentCopies = new DocumentCopies(connection, documents);
      quarantine = appender(RowBindings.QUARANTINE);
      events = new EventBatch(connection);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      restore();
      throw e;
    }
  }

  /** Deletes the rows an earlier load of this file left in every table tagged with a file; true when any went. */
  private boolean deleteRows() throws SQLException {
    // every load commits its rows with its provenance row: without one, no table holds a row of this
    // file, and a first load (every file of a fresh run) skips the nine DELETEs
    try (PreparedStatement q = connection.prepareStatement("SELECT 1 FROM provenance WHERE file = ? LIMIT 1")) {
      q.setString(1, file);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
      }
    }
    boolean deleted = false;
    for (String t : Store.DATA_TABLES) {
      // rows read from a zip member carry "<zip label>!<member>" (e.g. the TKG zips): they belong to this load too
      try (PreparedStatement del = connection.prepareStatement("DELETE FROM " + t + " WHERE " + OF_FILE)) {
        bindFile(del, 1, file);
        deleted |= del.executeUpdate() > 0;
      }
    }
    return deleted;
  }

  /** Binds {@code file} to the two parameters of {@link #OF_FILE} from {@code index} on; nothing when null. */
  static void bindFile(PreparedStatement q, int index, String file) throws SQLException {
    if (file != null) {
      q.setString(index, file);
      q.setString(index + 1, file + "!");
    }
  }

  /** Other files of this file's id family with rows left out as repeats (ids, or copies of a line). */
  private List<String> filesWithRepeats() throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement q = connection.prepareStatement("SELECT file FROM provenance WHERE format = ?"
        + " AND file <> ? AND rows_duplicate > 0 AND duplicate_of IS NULL ORDER BY file")) {
      q.setString(1, format);
      q.setString(2, file);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** An appender of the binding's table, its row fields bound to the table's columns by name. */
  private <R> TableAppender<R> appender(TableBinding<R> binding) throws SQLException {
    DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, binding.table());
    // rows may arrive on another thread than the one that opens and commits the load (a reader
    // pipelined with the writer, see collect.PipelinedSink); the calls never overlap: the loader
    // joins the writer before commit, which orders them
    a.unsafeBreakThreadConfinement();
    try {
      return binding.open(store, a);
    } catch (SQLException | RuntimeException e) {
      a.close();
      throw e;
    }
  }

  /**
   * Keeps only events where either actor's country is in {@code countries} (ISO-3 / CAMEO codes);
   * other events are counted in {@code source_totals} and {@code rows_filtered}, not stored. Call
   * before the first row; null keeps every row.
   *
   * @throws IllegalArgumentException when the store's other files were loaded with another filter
   *     ({@link Store#checkActors}): nothing is loaded
   */
  public void keepActors(Set<String> countries) throws SQLException {
    store.checkActors(countries, file);
    this.actors = Store.actorsLabel(countries);
    // a HashSet: Set.copyOf's contains(null) throws, and unresolved actors have a null country
    this.keepCountries = countries == null ? null : new HashSet<>(countries);
  }

  /**
   * Sets the file's SHA-256 when it was not known at {@link Store#beginFile} (a loader may hash the
   * file on another thread while reading it); it must be set before {@link #commit}.
   */
  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  /**
   * Sets the SHA-256 of the file's decompressed content (see {@code FileDigest}); call before
   * {@link #commit}. When another file label with this content is already in the store, the commit
   * stores nothing of this file and records it as a duplicate of that one; when not set, or when the
   * file holds documents (compared text by text, see {@link DocumentCopies}), the file is not compared.
   */
  public void setContentSha256(String contentSha256) {
    this.contentSha256 = contentSha256;
  }

  /** After {@link #commit}: the file label whose content this file repeats, or null. */
  public String duplicateOf() {
    return duplicateOf;
  }

  /** Of {@link #duplicates}: exact copies of an earlier line of the file. */
  public long lineCopies() {
    return lineCopies;
  }

  /** Of {@link #duplicates}: documents whose text was already stored (table {@code document_copies}). */
  public long textCopies() {
    return textCopies;
  }

  /** Of {@link #textCopies}: copies whose metadata conflict with the kept document's (relation {@code conflict}). */
  public long metadataConflicts() {
    return documentCopies.conflicts();
  }

  /** Rows that repeated a known event id with another event day (table {@code event_conflicts}). */
  public long conflicts() {
    return conflicts.size();
  }

  /** Rows dropped as duplicates so far: exact copies of a line, repeated event ids, or the whole file. */
  public long duplicates() {
    return duplicates;
  }

  /** Event rows the actor filter left out so far. */
  public long filtered() {
    return filtered;
  }

  /** Rows handed to a row method so far. */
  public long loaded() {
    return loaded;
  }

  /** Lines quarantined so far. */
  public long quarantined() {
    return quarantined;
  }

  /** Loaded event rows with at least one actor that maps to no country. */
  public long unresolved() {
    return unresolved;
  }

  @Override
  public void event(EventRow r) {
    eventSource = r.source();
    if (ids != null && !firstOfItsId(r)) {
      duplicates++; // before the totals: a repeated event is no second event of its day
      return;
    }
    LocalDate reported = r.dateAdded() == null ? null : r.dateAdded().toLocalDate();
    totals.computeIfAbsent(new Day(r.eventDate(), reported), d -> new long[1])[0]++;
    if (!keeps(keepCountries, r)) {
      filtered++;
      if (ids != null) {
        leftOut.add(r.eventId(), (int) r.eventDate().toEpochDay());
      }
      return;
    }
    try {
      events.add(r);
    } catch (SQLException e) {
      throw new StoreException("cannot append event " + r.eventId() + " of " + file, e);
    }
    loaded++;
    if (r.actor1Country() == null || r.actor2Country() == null) {
      unresolved++;
    }
  }

  /**
   * Whether the actor filter keeps {@code r}: either actor's country is in {@code countries}
   * (null keeps every row). The Spark extract filters with it too.
   */
  public static boolean keeps(Set<String> countries, EventRow r) {
    return keeps(countries, r.actor1Country(), r.actor2Country());
  }

  /** As {@link #keeps(Set, EventRow)}, for the actors' countries before a row is made ({@link LoadSink#storesEvent}). */
  public static boolean keeps(Set<String> countries, String actor1Country, String actor2Country) {
    return countries == null || countries.contains(actor1Country) || countries.contains(actor2Country);
  }

  /** The actor filter ({@link #keepActors}): a reader leaves the text of a left-out event uncopied. */
  @Override
  public boolean storesEvent(String actor1Country, String actor2Country) {
    return keeps(keepCountries, actor1Country, actor2Country);
  }

  /**
   * Records the row's event id; false when the id was read before, in this file or an earlier one
   * (the first row of an id is kept). A repeat with another event day is kept as a conflict.
   */
  private boolean firstOfItsId(EventRow r) {
    int day = (int) r.eventDate().toEpochDay();
    int kept = ids.putIfAbsent(r.eventId(), day);
    if (kept == EventIds.ABSENT) {
      return true;
    }
    if (kept != day) {
      conflicts.add(new Conflict(r.eventId(), r.line(), r.eventDate(), LocalDate.ofEpochDay(kept)));
    }
    return false;
  }

  @Override
  public void idealPoint(IdealPointRow r) {
    try {
      events.awaitInsert(); // the connection is this thread's again
      idealPoints.append(r);
    } catch (SQLException e) {
      throw new StoreException("cannot append ideal point line " + r.line() + " of " + file, e);
    }
    loaded++;
  }

  @Override
  public void countryGraph(CountryGraphRow r) {
    try {
      events.awaitInsert(); // the connection is this thread's again
      graphCells.append(r);
    } catch (SQLException e) {
      throw new StoreException("cannot append country graph row " + r.line() + " of " + file, e);
    }
    loaded++;
  }

  @Override
  public void armsTransfer(ArmsTransferRow r) {
    try {
      events.awaitInsert(); // the connection is this thread's again
      arms.append(r);
    } catch (SQLException e) {
      throw new StoreException("cannot append arms transfer line " + r.line() + " of " + file, e);
    }
    loaded++;
  }

  @Override
  public void document(DocumentRow r) {
    holdsDocuments = true;
    String key = DocumentIdentity.key(r);
    try {
      events.awaitInsert(); // the connection is this thread's again
      if (documentCopies.repeats(r, key)) {
        duplicates++; // a text already stored: recorded in document_copies, counted as a duplicate
        textCopies++;
        return;
      }
      documents.append(new RowBindings.StoredDocument(r, key));
    } catch (SQLException e) {
      throw new StoreException("cannot append document " + r.docId(), e);
    }
    loaded++;
  }

  /**
   * The raw text of a quarantined line as the quarantine table keeps it: cut at {@value #MAX_RAW_CHARS}
   * characters (the Spark extract keeps it the same way).
   */
  public static String quarantineRaw(String raw) {
    return raw == null || raw.length() <= MAX_RAW_CHARS ? raw : raw.substring(0, MAX_RAW_CHARS);
  }

  @Override
  public void quarantine(long line, String reason, String raw) {
    String kept = quarantineRaw(raw);
    try {
      events.awaitInsert(); // the connection is this thread's again
      quarantine.append(new RowBindings.QuarantineRow(file, line, reason, kept));
    } catch (SQLException e) {
      throw new StoreException("cannot append quarantined line " + line + " of " + file, e);
    }
    quarantined++;
  }

  @Override
  public void duplicate(long line, long firstLine, String raw) {
    duplicates++;
    lineCopies++;
  }

  @Override
  public void codeReport(CodeReport report) {
    this.codeReport = report == null ? CodeReport.NONE : report;
  }

  /** The reader's code report for this file; {@link CodeReport#NONE} when it gave none. */
  public CodeReport codeReport() {
    return codeReport;
  }

  /**
   * Commits the file's rows, replacing its earlier rows, with its provenance and daily totals.
   *
   * @param rowsRead data rows the reader saw; must equal loaded + quarantined + duplicates +
   *     filtered
   * @throws IllegalStateException when the counts do not add up (a reader bug: nothing is written)
   */
  public void commit(long rowsRead) throws SQLException {
    if (rowsRead != loaded + quarantined + duplicates + filtered) {
      throw new IllegalStateException(
          file + ": read " + rowsRead + " rows but loaded " + loaded + ", quarantined "
              + quarantined + ", dropped " + duplicates + " duplicates and filtered " + filtered
              + "; nothing written (reader bug, please report)");
    }
    if (sha256 == null) {
      throw new IllegalStateException(file + ": no SHA-256 set; call setSha256 before commit");
    }
    try {
      events.insert();
      closeAppenders(); // flushes the last rows into the open transaction
      duplicateOf = sameContent();
      if (duplicateOf != null) {
        dropAll(rowsRead);
      }
      refuseLosingEvents();
      try (PreparedStatement del = connection.prepareStatement("DELETE FROM provenance WHERE file = ?")) {
        del.setString(1, file);
        del.executeUpdate();
      }
      writeTotals();
      writeLeftOutIds();
      writeConflicts();
      try (PreparedStatement ins = connection.prepareStatement("INSERT INTO provenance (file, sha256,"
          + " format, source, rows_read, rows_loaded, rows_quarantined, rows_unresolved, rows_duplicate,"
          + " rows_filtered, rows_unknown_actor_tokens, content_sha256, duplicate_of, actors)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ins.setString(1, file);
        ins.setString(2, sha256);
        ins.setString(3, format);
        ins.setString(4, source);
        ins.setLong(5, rowsRead);
        ins.setLong(6, loaded);
        ins.setLong(7, quarantined);
        ins.setLong(8, unresolved);
        ins.setLong(9, duplicates);
        ins.setLong(10, filtered);
        ins.setLong(11, codeReport.rowsUnknownActorTokens());
        ins.setString(12, contentSha256);
        ins.setString(13, duplicateOf);
        ins.setString(14, actors);
        ins.executeUpdate();
      }
      connection.commit();
      done = true;
    } catch (SQLException | RuntimeException e) {
      done = true; // rolled back here: close() has nothing left to undo
      try {
        // pending appender rows (quarantined lines) go into the transaction rolled back now, not
        // into auto-commit once restore() has put it back
        closeAppenders();
      } catch (SQLException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      } finally {
        connection.rollback();
        forgetIds();
      }
      throw e;
    } finally {
      restore();
    }
  }

  /**
   * Refuses a reload that would lose events (README "One event, one row"): another file stores
   * nothing of an event whose id this file's earlier load held (keep-first), or nothing at all when
   * it has the earlier load's content ({@code duplicate_of}); if the reload drops such an id, or
   * changes that content, those events would be in no file. Later files are not reloaded in its
   * place: the store does not know where their files are.
   *
   * @throws StoreException naming the files and the fix; the caller rolls the load back
   */
  private void refuseLosingEvents() throws SQLException {
    List<String> losing = new ArrayList<>();
    if (earlierIds != null && (duplicateOf != null ? earlierIds.size() : earlierIds.missingFrom(ids)) > 0) {
      losing.addAll(repeaters);
    }
    try (PreparedStatement q = connection.prepareStatement("SELECT file FROM provenance WHERE duplicate_of = ?"
        + " AND content_sha256 IS DISTINCT FROM ? ORDER BY file")) {
      q.setString(1, file);
      q.setString(2, contentSha256);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          losing.add(rs.getString(1));
        }
      }
    }
    if (!losing.isEmpty()) {
      throw new StoreException(file + ": loading it again would lose events that " + String.join(", ", losing)
          + " left out as repeats of its earlier load (keep-first); nothing of it was stored; load " + file
          + " and " + String.join(", ", losing) + " into a new store (another --db) instead", null);
    }
  }

  /** Another file label already loaded with this file's content (not itself a duplicate), or null. */
  private String sameContent() throws SQLException {
    if (contentSha256 == null || holdsDocuments) {
      return null;
    }
    try (PreparedStatement q = connection.prepareStatement("SELECT min(file) FROM provenance"
        + " WHERE content_sha256 = ? AND file <> ? AND duplicate_of IS NULL")) {
      q.setString(1, contentSha256);
      q.setString(2, file);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /**
   * Undoes every row this load appended and counts all {@code rowsRead} rows as duplicates: the
   * file's content is already in the store under another label. Its earlier rows (a file label
   * loaded before with other content) go too, as on any reload.
   */
  private void dropAll(long rowsRead) throws SQLException {
    connection.rollback();
    forgetIds(); // this load's new ids went with the rollback
    deleteRows();
    loaded = 0;
    quarantined = 0;
    unresolved = 0;
    filtered = 0;
    duplicates = rowsRead;
    totals.clear();
    leftOut.clear();
    conflicts.clear();
    codeReport = CodeReport.NONE;
  }

  private void writeLeftOutIds() throws SQLException {
    List<byte[]> chunks = leftOut.chunks();
    if (chunks.isEmpty()) {
      return;
    }
    try (PreparedStatement ins = connection.prepareStatement(
        "INSERT INTO left_out_event_ids (family, file, ids) VALUES (?, ?, ?)")) {
      for (byte[] chunk : chunks) {
        ins.setString(1, family);
        ins.setString(2, file);
        ins.setBytes(3, chunk);
        ins.executeUpdate();
      }
    }
  }

  /**
   * Records this file's rows that repeat a known id with another day, beside the kept row: its file
   * and line from {@code events} (one join for all of them), null when the filter left it out.
   */
  private void writeConflicts() throws SQLException {
    if (conflicts.isEmpty()) {
      return;
    }
    try (PreparedStatement ins = connection.prepareStatement("INSERT INTO event_conflicts (family, event_id,"
        + " file, line, event_date, kept_date) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Conflict c : conflicts) {
        ins.setString(1, family);
        ins.setString(2, c.eventId());
        ins.setString(3, file);
        ins.setLong(4, c.line());
        ins.setObject(5, c.date());
        ins.setObject(6, c.keptDate());
        ins.addBatch();
      }
      ins.executeBatch();
    }
    try (PreparedStatement upd = connection.prepareStatement("UPDATE event_conflicts c"
        + " SET kept_file = e.file, kept_line = e.line FROM events e"
        + " WHERE c.file = ? AND e.event_id = c.event_id AND e.event_date = c.kept_date"
        + " AND starts_with(e.schema_flag, c.family)")) {
      upd.setString(1, file);
      upd.executeUpdate();
    }
  }

  private void forgetIds() {
    if (family != null) {
      store.forgetEventIds(family);
    }
  }

  /** Replaces this file's per-day event totals (a file spans few days: one row per event and reporting day). */
  private void writeTotals() throws SQLException {
    try (PreparedStatement del = connection.prepareStatement("DELETE FROM source_totals WHERE file = ?")) {
      del.setString(1, file);
      del.executeUpdate();
    }
    if (totals.isEmpty()) {
      return;
    }
    try (PreparedStatement ins = connection.prepareStatement(
        "INSERT INTO source_totals (source, file, event_date, events, report_date) VALUES (?, ?, ?, ?, ?)")) {
      for (Map.Entry<Day, long[]> e : totals.entrySet()) {
        ins.setString(1, eventSource);
        ins.setString(2, file);
        ins.setObject(3, e.getKey().event());
        ins.setLong(4, e.getValue()[0]);
        ins.setObject(5, e.getKey().report());
        ins.addBatch();
      }
      ins.executeBatch();
    }
  }

  /** Rolls the load back unless {@link #commit} succeeded: the file's earlier rows stay. */
  @Override
  public void close() throws SQLException {
    if (!done) {
      done = true;
      try {
        closeAppenders();
      } finally {
        connection.rollback();
        forgetIds();
        restore();
      }
    }
  }

  /** Puts the connection back as the load found it: auto-commit, DuckDB's memory limit and threads. */
  private void restore() throws SQLException {
    if (!restored) {
      restored = true;
      try {
        connection.setAutoCommit(autoCommit);
      } finally {
        try {
          execute(connection, "SET memory_limit = '" + unrounded(memoryLimit).replace("'", "''") + "'");
        } finally {
          execute(connection, "SET threads = " + Integer.parseInt(threads));
        }
      }
    }
  }

  /**
   * The setting to restore a memory limit DuckDB showed as {@code shown}. DuckDB shows the limit cut
   * to one decimal ("18.8 GiB" for 18.86 GiB), so setting the text back would lower the limit by up
   * to 0.1 unit at every load; setting the middle of the shown interval ("18.85 GiB") stays within
   * 0.05 unit of the original and shows the same text again, so loads never drift it.
   */
  static String unrounded(String shown) {
    Matcher m = SHOWN_LIMIT.matcher(shown);
    return m.matches() ? m.group(1) + "5 " + m.group(2) : shown;
  }

  private static String setting(DuckDBConnection c, String name) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT current_setting(?)")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void execute(DuckDBConnection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Closes the appenders (they write their last rows into the open transaction) and frees the event batch. */
  private void closeAppenders() throws SQLException {
    events.close();
    for (TableAppender<?> a : List.of(idealPoints, graphCells, arms, documents, quarantine)) {
      a.close();
    }
  }
}
