import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Checks a Parquet extract of {@code dyadscope extract} with DuckDB: every file's rows read equal
 * loaded + quarantined + duplicate + filtered, and the events table holds the loaded rows. Run as a
 * single-file program against the dyadscope jar: {@code java -cp core/target/dyadscope.jar
 * bench/ExtractCheck.java DIR}. Prints one line: files, rows read, rows loaded; exits 1 on a mismatch.
 */
public class ExtractCheck {
  public static void main(String[] args) throws Exception {
    String dir = args[0].replace("'", "''");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      ResultSet p = s.executeQuery("SELECT count(*), sum(rows_read), sum(rows_loaded),"
          + " count(*) FILTER (WHERE rows_read <> rows_loaded + rows_quarantined + rows_duplicate + rows_filtered)"
          + " FROM read_parquet('" + dir + "/provenance/*.parquet')");
      p.next();
      long files = p.getLong(1);
      long read = p.getLong(2);
      long loaded = p.getLong(3);
      long unbalanced = p.getLong(4);
      ResultSet e = s.executeQuery("SELECT count(*) FROM read_parquet('" + dir + "/events/*/*/*.parquet')");
      e.next();
      long events = e.getLong(1);
      System.out.println(files + " " + read + " " + loaded);
      if (unbalanced > 0 || events != loaded) {
        System.err.println(dir + ": " + unbalanced + " files whose counts do not add up; " + events
            + " events stored against " + loaded + " rows loaded");
        System.exit(1);
      }
    }
  }
}
