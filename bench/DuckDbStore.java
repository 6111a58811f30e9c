import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * DuckDB doing the ingest's whole job on the benchmark file: its own CSV reader, the same actor
 * filter, and the kept rows written with the {@code events} columns dyadscope stores (types parsed:
 * dates, timestamp, TINYINT QuadClass, DOUBLE Goldstein and AvgTone) into a new database file. No
 * checks (CAMEO codes, field counts, dates) and no line numbers: a floor for any ingest that keeps
 * these columns, not a like-for-like reader. Usage: {@code java -cp core/target/dyadscope.jar:CLASSES
 * DuckDbStore FILE DB [THREADS]}. Prints one line: rows stored, seconds.
 */
public class DuckDbStore {
  public static void main(String[] args) throws Exception {
    String file = args[0].replace("'", "''");
    Path db = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(args[1] + ".wal"));
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      StringBuilder cols = new StringBuilder("{");
      for (int i = 0; i < 61; i++) {
        cols.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
      }
      cols.append('}');
      s.execute("CREATE TABLE events AS SELECT 'gdelt2' AS source, c0 AS event_id,"
          + " strptime(c1, '%Y%m%d')::DATE AS event_date, strptime(c59, '%Y%m%d%H%M%S') AS date_added,"
          + " c5 AS actor1_code, c6 AS actor1_name, c7 AS actor1_country,"
          + " c15 AS actor2_code, c16 AS actor2_name, c17 AS actor2_country,"
          + " c26 AS event_code, c27 AS event_base, c28 AS event_root, c29::TINYINT AS quad_class,"
          + " c30::DOUBLE AS goldstein, c31::INTEGER AS num_mentions, c34::DOUBLE AS avg_tone,"
          + " c60 AS source_url, '2.0' AS schema_flag, '" + file + "' AS file"
          + " FROM read_csv('" + file + "', delim = '\\t', header = false, quote = '', escape = '',"
          + " columns = " + cols + ")"
          + " WHERE c7 IN ('RUS', 'IRN', 'USA', 'CHN') OR c17 IN ('RUS', 'IRN', 'USA', 'CHN')");
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
        rs.next();
        System.out.printf("duckdb_store kept=%d seconds=%.3f%n", rs.getLong(1), (System.nanoTime() - t0) / 1e9);
      }
    }
  }
}
