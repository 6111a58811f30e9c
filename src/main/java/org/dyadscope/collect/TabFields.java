package org.dyadscope.collect;

import java.util.Arrays;

/**
 * Splits one line on single tabs without quote handling, keeping empty fields (also trailing ones,
 * which {@link String#split} drops), and hands out only the fields a reader asks for.
 *
 * <p>{@code "a\t\tb\t"} has 4 fields: {@code a}, empty, {@code b}, empty. An empty line has 1 empty
 * field. One instance is reused line after line (not thread-safe).
 */
public final class TabFields {
  private String line = "";
  private int count;
  /** starts[i] is the first char of field i; field i ends at starts[i + 1] - 1 (the tab). */
  private int[] starts = new int[64];

  /**
   * Splits {@code line} and returns its field count.
   */
  public int split(String line) {
    this.line = line;
    int n = 0;
    int from = 0;
    int[] st = starts;
    while (true) {
      if (n + 1 >= st.length) {
        st = starts = Arrays.copyOf(st, st.length * 2);
      }
      st[n++] = from;
      int tab = line.indexOf('\t', from);
      if (tab < 0) {
        break;
      }
      from = tab + 1;
    }
    st[n] = line.length() + 1; // sentinel: as if a tab followed the last field
    count = n;
    return n;
  }

  /** Number of fields of the last split line. */
  public int count() {
    return count;
  }

  /** Index of the first char of field {@code i} in the line. */
  public int start(int i) {
    check(i);
    return starts[i];
  }

  /** Index just past the last char of field {@code i} in the line. */
  public int end(int i) {
    check(i);
    return starts[i + 1] - 1;
  }

  /** Length of field {@code i} in chars. */
  public int length(int i) {
    return end(i) - start(i);
  }

  /** The line last split. */
  public String line() {
    return line;
  }

  /** Field {@code i}, possibly empty. */
  public String get(int i) {
    return line.substring(start(i), end(i));
  }

  /** Field {@code i}, or null when it is empty. */
  public String getOrNull(int i) {
    int s = start(i);
    int e = end(i);
    return s == e ? null : line.substring(s, e);
  }

  private void check(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("field " + i + " of a line with " + count + " fields");
    }
  }
}
