package org.dyadscope.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyadscope.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dyadscope query STORE "SQL"}: read-only SQL over a store, CSV with header to stdout. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Runs read-only SQL over a store and prints the result as CSV with a header.",
        "Tables: events, ideal_points, arms_transfers, documents, quarantine, provenance.",
        "Example: dyadscope query out/russia-iran-2012-2022/case.duckdb "
            + "\"SELECT source, count(*) FROM events GROUP BY source\""})
final class QueryCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "STORE", description = "the DuckDB store file (case.duckdb)")
  Path store;

  @Parameters(index = "1", paramLabel = "SQL", description = "one SQL statement (the store is opened read-only)")
  String sql;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (Store s = Store.openReadOnly(store);
        Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(sql);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      csv.printRecords(rs, true);
    } catch (SQLException e) {
      throw new SQLException(store + ": " + e.getMessage().lines().findFirst().orElse("")
          + " (the store is read-only here; check table and column names with "
          + "\"SELECT * FROM information_schema.columns\")", e);
    }
    out.flush();
    return 0;
  }
}
