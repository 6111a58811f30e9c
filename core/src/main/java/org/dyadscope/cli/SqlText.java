package org.dyadscope.cli;

/** Counts the statements of a SQL text, so {@code query} can refuse several at once. */
final class SqlText {
  private SqlText() {}

  /**
   * Number of non-empty statements separated by {@code ;} outside quotes ('...', "...") and
   * comments (-- to end of line).
   */
  static int statementCount(String sql) {
    int count = 0;
    boolean content = false;
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char ch = sql.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
        continue;
      }
      if (ch == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
        int nl = sql.indexOf('\n', i);
        i = nl < 0 ? sql.length() : nl;
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
        content = true;
      } else if (ch == ';') {
        if (content) {
          count++;
        }
        content = false;
      } else if (!Character.isWhitespace(ch)) {
        content = true;
      }
    }
    return content ? count + 1 : count;
  }
}
