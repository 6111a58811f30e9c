package org.dyadscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/**
 * One embedded DuckDB file holding a case: {@code events}, {@code ideal_points},
 * {@code arms_transfers}, {@code documents} (one row per text, {@link DocumentIdentity}) with
 * {@code document_copies}, {@code quarantine}, {@code provenance}, {@code source_totals}, and the
 * identity of events across files: {@code left_out_event_ids}, {@code event_conflicts} (see
 * {@link FileLoad}); the securitization coding's {@code sentences}, {@code codings}, {@code
 * near_duplicates}, {@code securitization_kwic} and its yearly {@code securitization_yearly},
 * {@code securitization_yearly_by_source}, {@code threat_matrix_yearly} (schema.sql).
 *
 * <p>Files are loaded one at a time through {@link #beginFile}: each file's rows are appended in one
 * transaction, replacing any earlier load of the same file, so a
 * store is never half-written and re-loading a file never duplicates rows.
 */
public final class Store implements AutoCloseable {
  /** Tables that hold rows tagged with their source file: {@link FileLoad} deletes a file's earlier rows from each. */
  static final List<String> DATA_TABLES = List.of("events", "ideal_points", "arms_transfers", "documents",
      "quarantine", "document_copies", "left_out_event_ids", "event_conflicts",
      "country_graph_daily");

  private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+)");

  private final DuckDBConnection connection;
  /** Per id family, the event ids committed to the store; read on first use, dropped on a rollback. */
  private final Map<String, EventIds> eventIds = new HashMap<>();
  /** Per table, its columns as the catalog lists them; read on first use (the schema does not change while open). */
  private final Map<String, List<TableBinding.Column>> columns = new HashMap<>();

  private Store(DuckDBConnection connection) {
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) a writable store and makes sure its schema exists.
   *
   * @throws SQLException when DuckDB cannot open the file (locked by another process, written by a
   *     newer DuckDB, not a DuckDB file)
   */
  public static Store open(Path file) throws SQLException {
    Path parent = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create folder " + parent, e);
    }
    DuckDBConnection c =
        (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    Store store = new Store(c);
    store.createSchema();
    return store;
  }

  /**
   * Starts loading, on a thread of its own, what the first {@link #open} and the first batch of
   * events wait for when the process has just started: DuckDB's JDBC driver copies its native
   * library (61 MB) out of the jar into {@code java.io.tmpdir} on every start (0.2-0.35 s), and
   * Arrow's classes take about 0.2 s more (see {@link EventBatch}). The caller's own start-up
   * (checking arguments, reading lookup tables) runs meanwhile on the other core; {@link #open} then
   * waits only for what is left of it. Nothing is opened but an in-memory database, closed at once;
   * a failure is left to {@link #open} to report.
   *
   * @return the loading; close it before the process exits (it waits for the thread): an exit while
   *     DuckDB's driver copies its library would leave the copy behind
   */
  public static Preload preload() {
    Thread t = new Thread(() -> {
      try {
        // the native library first: DriverManager's start (the drivers' services, the JFR event
        // DuckDB's driver registers) takes 0.15 s before a connection would begin the copy
        Class.forName("org.duckdb.DuckDBNative", true, Store.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // another driver version without that class: the connection below loads the library;
        // a library that cannot load fails it too, and open() reports that
      }
      try {
        DriverManager.getConnection("jdbc:duckdb:").close();
        EventBatch.preload();
      } catch (SQLException | RuntimeException | LinkageError e) {
        // open() meets the same failure and reports it
      }
    }, "dyadscope-preload");
    t.setDaemon(true);
    t.start();
    return new Preload(t);
  }

  /** A {@link #preload} in progress; {@link #close} waits for it to end. */
  public static final class Preload implements AutoCloseable {
    private final Thread thread;

    private Preload(Thread thread) {
      this.thread = thread;
    }

    /** Waits for the loading to end, on through interrupts (the interrupt is kept). */
    @Override
    public void close() {
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * SQL for the year a {@code documents} row is dated in: its {@code year}, else its date's; null
   * when undated. What the period's series and tables count a document by.
   *
   * @param alias the table's alias in the query, e.g. {@code d}, or empty for none
   */
  public static String documentYear(String alias) {
    String a = alias.isEmpty() ? "" : alias + ".";
    return "coalesce(" + a + "year, year(" + a + "doc_date))";
  }

  /** Opens an existing store read-only; throws {@link SQLException} if it does not exist. */
  public static Store openReadOnly(Path file) throws SQLException {
    if (!Files.isRegularFile(file)) {
      throw new SQLException(file + ": no such store; create it with `dyadscope ingest` or `run`");
    }
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return new Store(
        (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p));
  }

  public Connection connection() {
    return connection;
  }

  /**
   * Starts loading one file; the returned load holds its rows in an open transaction until {@link FileLoad#commit} or
   * {@link FileLoad#close} (which discards them).
   *
   * @param fileLabel file name stored with every row and in provenance
   * @param format reader format id
   * @param idFamily when the rows carry their dataset's own event ids (GDELT GLOBALEVENTID, 1.0 and
   *     2.0 one sequence; ICEWS Event ID), the family those ids belong to, which must be the prefix of
   *     the rows' {@code schema_flag}: the first row of an id in the family is kept, whatever file
   *     holds it, and later ones are counted as duplicates. Null when the reader makes ids up (TKG:
   *     split and line), which name no event across files
   * @param source dataset name
   * @param sha256 hex digest of the file's bytes, or null when it is set later with
   *     {@link FileLoad#setSha256}
   */
  public FileLoad beginFile(String fileLabel, String format, String idFamily, String source, String sha256)
      throws SQLException {
    return new FileLoad(this, connection, fileLabel, format, idFamily, source, sha256);
  }

  /**
   * The ids of {@code family} the store holds, read from the store on first use in the
   * connection's current transaction; a load adds its new ids to it as it goes.
   */
  EventIds eventIds(String family) throws SQLException {
    EventIds ids = eventIds.get(family);
    if (ids == null) {
      ids = EventIds.load(connection, family);
      eventIds.put(family, ids);
    }
    return ids;
  }

  /**
   * The {@code --actors} codes as {@code provenance.actors} records them: sorted and comma-separated;
   * null for no filter.
   */
  public static String actorsLabel(Set<String> countries) {
    return countries == null ? null : countries.stream().sorted().collect(Collectors.joining(","));
  }

  /**
   * Refuses an actor filter other than the one the store's files were loaded with: all files of a
   * store share one, since a file's repeated event ids and the ids a filter left out
   * ({@code left_out_event_ids}) are judged against what the earlier files kept (a copy of a file
   * loaded with {@code --actors} would otherwise be a duplicate of rows never stored).
   *
   * @param countries the filter to load with (null: every event kept)
   * @param file a file label whose own earlier load is left out of the comparison (it is being
   *     replaced), or null
   * @throws IllegalArgumentException naming the store's filter and the fix
   */
  public void checkActors(Set<String> countries, String file) throws SQLException {
    String wanted = actorsLabel(countries);
    try (PreparedStatement q = connection.prepareStatement("SELECT actors FROM provenance"
        + " WHERE file IS DISTINCT FROM ? AND actors IS DISTINCT FROM ? LIMIT 1")) {
      q.setString(1, file);
      q.setString(2, wanted);
      try (ResultSet rs = q.executeQuery()) {
        if (rs.next()) {
          String held = rs.getString(1);
          throw new IllegalArgumentException("the store's files were loaded " + withActors(held)
              + ", not " + withActors(wanted) + "; load with " + (held == null ? "no --actors" : "--actors " + held)
              + ", or into a new store");
        }
      }
    }
  }

  private static String withActors(String label) {
    return label == null ? "without --actors" : "with --actors " + label;
  }

  /** Drops the ids held for {@code family} (a load was rolled back or replaced a file's ids): read again on next use. */
  void forgetEventIds(String family) {
    eventIds.remove(family);
  }

  /** The store's tables, in the order schema.sql creates them (its CREATE TABLE statements). */
  public static List<String> tables() {
    List<String> out = new ArrayList<>();
    Matcher m = CREATE_TABLE.matcher(schemaStatements());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * The columns of {@code table} in the store's column order, as DuckDB's catalog lists them: what
   * {@link TableBinding} binds row fields to by name.
   *
   * @throws StoreException when the store has no such table
   */
  List<TableBinding.Column> columns(String table) throws SQLException {
    List<TableBinding.Column> cs = columns.get(table);
    if (cs == null) {
      cs = new ArrayList<>();
      try (PreparedStatement q = connection.prepareStatement("SELECT column_name, is_nullable,"
          + " column_default IS NOT NULL FROM duckdb_columns()"
          + " WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index")) {
        q.setString(1, table);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            cs.add(new TableBinding.Column(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)));
          }
        }
      }
      if (cs.isEmpty()) {
        throw new StoreException("the store has no table " + table + "; schema.sql must create it", null);
      }
      columns.put(table, List.copyOf(cs));
    }
    return columns.get(table);
  }

  /** schema.sql without its comments. */
  private static String schemaStatements() {
    String ddl;
    try (InputStream in = Store.class.getResourceAsStream("schema.sql")) {
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("schema.sql missing from the jar", e);
    }
    // comments go first, so a ';' in a comment cannot split a statement (schema.sql has no string
    // literal holding "--" or ';')
    return ddl.replaceAll("(?m)--.*$", "");
  }

  private void createSchema() throws SQLException {
    String statements = schemaStatements();
    try (Statement s = connection.createStatement()) {
      for (String stmt : statements.split(";")) {
        String sql = stmt.trim();
        if (!sql.isEmpty()) {
          s.execute(sql);
        }
      }
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
