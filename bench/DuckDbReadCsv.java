import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * DuckDB's own CSV reader on the benchmark file: the same actor filter and an aggregation of the
 * kept rows, on N threads. Run as a single-file program against the dyadscope jar (which holds the
 * DuckDB JDBC driver): {@code java -cp core/target/dyadscope.jar bench/DuckDbReadCsv.java FILE [THREADS]}.
 * Prints one line: rows kept, groups, seconds.
 */
public class DuckDbReadCsv {
  public static void main(String[] args) throws Exception {
    String file = args[0].replace("'", "''");
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      // the 61 GDELT 2.0 columns read as text except the ones aggregated: no header, no quoting
      StringBuilder cols = new StringBuilder("{");
      for (int i = 0; i < 61; i++) {
        String type = i == 1 ? "INTEGER" : i == 30 || i == 34 ? "DOUBLE" : "VARCHAR";
        cols.append(i == 0 ? "" : ", ").append("'c").append(i).append("': '").append(type).append("'");
      }
      cols.append('}');
      String sql = "SELECT c7 AS a1, c17 AS a2, count(*) AS n, avg(c30) AS goldstein, avg(c34) AS tone"
          + " FROM read_csv('" + file + "', delim = '\\t', header = false, quote = '', escape = '',"
          + " columns = " + cols + ")"
          + " WHERE c7 IN ('RUS', 'IRN', 'USA', 'CHN') OR c17 IN ('RUS', 'IRN', 'USA', 'CHN')"
          + " GROUP BY ALL";
      long kept = 0;
      int groups = 0;
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          kept += rs.getLong("n");
          groups++;
        }
      }
      System.out.printf("duckdb_read_csv kept=%d groups=%d seconds=%.3f%n", kept, groups,
          (System.nanoTime() - t0) / 1e9);
    }
  }
}
