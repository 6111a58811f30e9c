package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which case-file queries may run on the stages' writable connection: one SELECT, nothing else. */
class SelectOnlyTest {
  @Test
  void onlyOneSelectPasses(@TempDir Path dir) throws Exception {
    try (Store s = Store.open(dir.resolve("s.duckdb"))) {
      var c = s.connection();
      assertThat(SelectOnly.problem(c, "SELECT count(*) FROM events")).isNull();
      assertThat(SelectOnly.problem(c, "WITH y AS (SELECT 2019 AS y) SELECT y, 1.0 FROM y")).isNull();
      assertThat(SelectOnly.problem(c, "SELECT 1 UNION ALL SELECT 2")).isNull();
      assertThat(SelectOnly.problem(c, "DELETE FROM events")).isEqualTo("not a SELECT statement");
      assertThat(SelectOnly.problem(c, "DROP TABLE events")).isEqualTo("not a SELECT statement");
      assertThat(SelectOnly.problem(c, "COPY events TO '" + dir.resolve("x.csv") + "'")).isEqualTo("not a SELECT statement");
      assertThat(SelectOnly.problem(c, "SELECT 1; DELETE FROM events")).isEqualTo("not a SELECT statement");
      assertThat(SelectOnly.problem(c, "SELECT 1; SELECT 2")).isEqualTo("2 statements; give one SELECT");
      assertThat(SelectOnly.problem(c, "SELEC 1")).startsWith("not valid SQL (");
    }
  }
}
