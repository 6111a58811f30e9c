package org.dyadscope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a Parquet extract (written by {@code dyadscope extract}, module {@code spark}) into a store:
 * the event tables as the local loader would have filled them from the same raw files, in one
 * transaction (all of it or nothing).
 *
 * <p>The extract is a folder with one sub-folder of Parquet files per table, column names those of
 * the store's tables ({@code schema.sql}): {@value #EVENTS} and {@value #TOTALS} partitioned by
 * {@code source=}/{@code year=} (the event's year), {@value #QUARANTINE}, {@value #PROVENANCE},
 * {@value #CONFLICTS} and {@value #LEFT_OUT} unpartitioned; each sub-folder is complete when it
 * holds Spark's {@code _SUCCESS} marker. {@value #LEFT_OUT} holds one row per left-out id
 * ({@code family, file, line, event_id, event_date}), packed here as the local loader packs them.
 */
public final class ExtractImport {
  public static final String EVENTS = "events";
  public static final String TOTALS = "source_totals";
  public static final String QUARANTINE = "quarantine";
  public static final String PROVENANCE = "provenance";
  public static final String CONFLICTS = "event_conflicts";
  public static final String LEFT_OUT = "left_out_event_ids";
  /** Every table of an extract, in the order they are loaded. */
  public static final List<String> TABLES = List.of(PROVENANCE, EVENTS, TOTALS, QUARANTINE, CONFLICTS, LEFT_OUT);
  /** The tables partitioned by source and year. */
  public static final Set<String> PARTITIONED = Set.of(EVENTS, TOTALS);
  /** Partition columns, which only the folder names hold. */
  public static final String SOURCE = "source";
  public static final String YEAR = "year";
  /** Spark's marker of a completely written table folder. */
  public static final String SUCCESS = "_SUCCESS";

  /** What an extract held: its files' sources and the actor filter it was made with (null: none). */
  public record Loaded(Set<String> sources, Set<String> formats, Set<String> actors, long files, long events) {}

  private ExtractImport() {}

  /**
   * Loads the extract in {@code dir} into {@code store}.
   *
   * @param keepActors the run's actor filter (null when the run gives none): it must be the
   *     extract's, or the store would mix two filters ({@link Store#checkActors})
   * @throws IOException when a table folder is missing or incomplete (no {@code _SUCCESS}); the
   *     message names it and says to run {@code dyadscope extract} again
   * @throws IllegalArgumentException when {@code keepActors} is not the extract's filter
   * @throws SQLException when the store cannot be written (nothing is)
   */
  public static Loaded load(Store store, Path dir, Set<String> keepActors) throws IOException, SQLException {
    for (String t : TABLES) {
      if (!Files.isRegularFile(dir.resolve(t).resolve(SUCCESS))) {
        throw new IOException(dir.resolve(t) + ": no complete extract table (no " + SUCCESS + "); run dyadscope"
            + " extract CASE --out " + dir + " again");
      }
    }
    Connection c = store.connection();
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (String t : List.of(PROVENANCE, EVENTS, TOTALS, QUARANTINE, CONFLICTS)) {
        if (hasParquet(dir.resolve(t))) {
          execute(c, "INSERT INTO " + t + " BY NAME SELECT * " + (PARTITIONED.contains(t) ? "EXCLUDE (" + YEAR + ") " : "")
              + "FROM " + scan(dir, t));
        }
      }
      Set<String> actors = checkActors(store, dir, keepActors);
      packLeftOut(c, dir);
      Loaded loaded = summary(c, actors);
      c.commit();
      for (String family : loaded.formats()) {
        store.forgetEventIds(family); // an id family is its format's name; read again from the tables on next use
      }
      return loaded;
    } catch (SQLException | RuntimeException | IOException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** The extract's actor filter, which must be the run's. */
  private static Set<String> checkActors(Store store, Path dir, Set<String> keepActors) throws SQLException {
    Set<String> actors = null;
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT actors FROM provenance WHERE actors IS NOT NULL")) {
      if (rs.next()) {
        actors = new LinkedHashSet<>(List.of(rs.getString(1).split(",")));
      }
    }
    if (keepActors != null && !keepActors.equals(actors)) {
      throw new IllegalArgumentException(dir + ": the extract keeps " + (actors == null ? "every actor" : "actors "
          + Store.actorsLabel(actors)) + ", not " + Store.actorsLabel(keepActors) + "; run without --actors, or"
          + " extract again with these actors");
    }
    return actors;
  }

  /** Packs the left-out ids per family and file, in line order, as {@link FileLoad} writes them. */
  private static void packLeftOut(Connection c, Path dir) throws SQLException, IOException {
    if (!hasParquet(dir.resolve(LEFT_OUT))) {
      return;
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT family, file, event_id, CAST(event_date - DATE '1970-01-01' AS INTEGER)"
            + " FROM " + scan(dir, LEFT_OUT) + " ORDER BY family, file, line");
        PreparedStatement ins = c.prepareStatement("INSERT INTO left_out_event_ids (family, file, ids) VALUES (?, ?, ?)")) {
      String family = null;
      String file = null;
      PackedIds packed = new PackedIds();
      while (rs.next()) {
        if (file != null && !(file.equals(rs.getString(2)) && family.equals(rs.getString(1)))) {
          insert(ins, family, file, packed);
        }
        family = rs.getString(1);
        file = rs.getString(2);
        packed.add(rs.getString(3), rs.getInt(4));
      }
      if (file != null) {
        insert(ins, family, file, packed);
      }
    }
  }

  private static void insert(PreparedStatement ins, String family, String file, PackedIds packed) throws SQLException {
    for (byte[] chunk : packed.chunks()) {
      ins.setString(1, family);
      ins.setString(2, file);
      ins.setBytes(3, chunk);
      ins.executeUpdate();
    }
    packed.clear();
  }

  private static Loaded summary(Connection c, Set<String> actors) throws SQLException {
    Set<String> sources = new LinkedHashSet<>();
    Set<String> formats = new LinkedHashSet<>();
    long files = 0;
    long events = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT source, format, count(*), sum(rows_loaded) FROM provenance GROUP BY ALL ORDER BY ALL")) {
      while (rs.next()) {
        sources.add(rs.getString(1));
        formats.add(rs.getString(2));
        files += rs.getLong(3);
        events += rs.getLong(4);
      }
    }
    return new Loaded(sources, formats, actors, files, events);
  }

  /** The DuckDB scan of one extract table: its Parquet files, partition columns typed from the folder names. */
  private static String scan(Path dir, String table) {
    String glob = dir.resolve(table).toAbsolutePath() + (PARTITIONED.contains(table) ? "/*/*/*.parquet" : "/*.parquet");
    String hive = PARTITIONED.contains(table)
        ? ", hive_partitioning = true, hive_types = {'" + SOURCE + "': VARCHAR, '" + YEAR + "': INTEGER}" : "";
    return "read_parquet('" + glob.replace("'", "''") + "'" + hive + ")";
  }

  /** Whether Spark wrote any Parquet file into the table's folder (an empty table has only {@code _SUCCESS}). */
  private static boolean hasParquet(Path tableDir) throws IOException {
    try (Stream<Path> s = Files.walk(tableDir)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
