package org.dyadscope.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyadscope.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dyadscope query STORE "SQL"}: read-only SQL over a store, CSV with header to stdout. */
@Command(name = "query", mixinStandardHelpOptions = true, modelTransformer = QueryCommand.Tables.class,
    description = {"Runs read-only SQL (one statement) over a store and prints the result as CSV with a header.",
        "Example: dyadscope query out/russia-iran-2012-2022/case.duckdb "
            + "\"SELECT source, count(*) FROM events GROUP BY source\""})
final class QueryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STORE|OUT_DIR", description = "the DuckDB store file, or a run's output folder"
      + " holding its case.duckdb")
  Path store;

  @Parameters(index = "1", paramLabel = "SQL", description = "one SQL statement (the store is opened read-only)")
  String sql;

  /** Names the store's tables at the end of the help's first paragraph, as schema.sql creates them. */
  static final class Tables implements CommandLine.IModelTransformer {
    @Override
    public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec command) {
      String[] d = command.usageMessage().description().clone();
      d[0] += " Tables: " + String.join(", ", Store.tables()) + ".";
      command.usageMessage().description(d);
      return command;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (SqlText.statementCount(sql) > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give one SQL statement at a time (found several separated by ';')");
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    store = ServeCommand.store(store);
    if (!java.nio.file.Files.isRegularFile(store)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          store + ": no such store; create one with `dyadscope run` or `dyadscope ingest`");
    }
    Store opened;
    try {
      opened = Store.openReadOnly(store);
    } catch (SQLException e) {
      // no hint about tables for a file DuckDB cannot open: it is not a store
      throw new SQLException(store + ": not a store DuckDB can open ("
          + (e.getMessage() == null ? e : e.getMessage().lines().findFirst().orElse("")) + ")", e);
    }
    try (Store s = opened;
        PreparedStatement st = s.connection().prepareStatement(sql);
        ResultSet rs = st.executeQuery();
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      ResultSetMetaData md = rs.getMetaData();
      int n = md.getColumnCount();
      for (int i = 1; i <= n; i++) {
        csv.print(md.getColumnLabel(i));
      }
      csv.println();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          csv.print(rs.getObject(i));
        }
        csv.println();
      }
    } catch (SQLException e) {
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new SQLException(store + ": " + msg
          + " (the store is opened read-only; list tables and columns with "
          + "\"SELECT table_name, column_name FROM information_schema.columns\")", e);
    }
    out.flush();
    return 0;
  }
}
