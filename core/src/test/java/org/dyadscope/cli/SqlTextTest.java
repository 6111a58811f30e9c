package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {
  @Test
  void countsStatementsOutsideQuotesAndComments() {
    assertThat(SqlText.statementCount("SELECT 1")).isEqualTo(1);
    assertThat(SqlText.statementCount("SELECT 1;  ")).isEqualTo(1);
    assertThat(SqlText.statementCount("SELECT 1; SELECT 2")).isEqualTo(2);
    assertThat(SqlText.statementCount("SELECT ';' AS s, \"a;b\" FROM t")).isEqualTo(1);
    assertThat(SqlText.statementCount("SELECT 1 -- one; two\n")).isEqualTo(1);
    assertThat(SqlText.statementCount("  ;; ")).isZero();
  }
}
