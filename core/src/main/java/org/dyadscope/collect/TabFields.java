package org.dyadscope.collect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits one UTF-8 encoded line on single tabs, without quote handling, keeping empty fields (also
 * trailing ones, which {@link String#split} drops), and decodes only the fields a reader asks for.
 *
 * <p>{@code "a\t\tb\t"} has 4 fields: {@code a}, empty, {@code b}, empty. An empty line has 1 empty
 * field. Splitting bytes is safe because a tab byte never occurs inside a multi-byte UTF-8
 * sequence; the caller must have checked the line is valid UTF-8 when {@link #ascii()} is false
 * (e.g. with {@link Lines#text()}). One instance is reused line after line; it refers to the
 * caller's buffer, so fields must be read before that buffer changes. Not thread-safe.
 */
public final class TabFields {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long TAB_BYTES = 0x0909090909090909L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private byte[] buf = new byte[0];
  private int count;
  private boolean ascii = true;
  /** starts[i] is the first byte of field i; field i ends at starts[i + 1] - 1 (the tab). */
  private int[] starts = new int[64];

  /**
   * Splits {@code length} bytes of {@code buf} from {@code start} and returns the field count.
   */
  public int split(byte[] buf, int start, int length) {
    this.buf = buf;
    int n = 0;
    starts[n++] = start;
    long high = 0;
    int end = start + length;
    int i = start;
    // eight bytes at a time: find the tabs of a word with bit tricks, then one at a time at the end
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      long word = (long) WORDS.get(buf, i);
      high |= word;
      long tabs = zeroBytes(word ^ TAB_BYTES);
      if (tabs != 0) {
        if (n + Long.BYTES + 1 >= starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
        }
        int[] st = starts;
        do {
          st[n++] = i + (Long.numberOfTrailingZeros(tabs) >>> 3) + 1;
          tabs &= tabs - 1;
        } while (tabs != 0);
      }
    }
    for (; i < end; i++) {
      byte b = buf[i];
      high |= b;
      if (b == '\t') {
        n = add(n, i + 1);
      }
    }
    starts[n] = end + 1; // sentinel: as if a tab followed the last field
    count = n;
    ascii = (high & HIGH_BITS) == 0;
    return n;
  }

  private int add(int n, int fieldStart) {
    if (n + 1 >= starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    starts[n] = fieldStart;
    return n + 1;
  }

  /**
   * The high bit of each zero byte of {@code x} set, all other bits clear (exact per byte: no
   * borrow runs from one byte into the next).
   */
  static long zeroBytes(long x) {
    long t = (x & LOW_BITS) + LOW_BITS;
    return ~(t | x | LOW_BITS);
  }

  /** Splits a string (tests, headers). */
  public int split(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return split(b, 0, b.length);
  }

  /** Number of fields of the last split line. */
  public int count() {
    return count;
  }

  /** True when the last split line is pure ASCII (then it is valid UTF-8 without further check). */
  public boolean ascii() {
    return ascii;
  }

  /** The buffer the last line was split in. */
  public byte[] buffer() {
    return buf;
  }

  /** Offset of the first byte of field {@code i} in {@link #buffer()}. */
  public int start(int i) {
    check(i);
    return starts[i];
  }

  /** Offset just past the last byte of field {@code i}. */
  public int end(int i) {
    check(i);
    return starts[i + 1] - 1;
  }

  /** Length of field {@code i} in bytes. */
  public int length(int i) {
    return end(i) - start(i);
  }

  /** Field {@code i} decoded, possibly empty. */
  public String get(int i) {
    int s = start(i);
    return decode(s, end(i) - s);
  }

  /** Field {@code i} decoded, or null when it is empty. */
  public String getOrNull(int i) {
    int s = start(i);
    int len = end(i) - s;
    return len == 0 ? null : decode(s, len);
  }

  private String decode(int start, int len) {
    // for ASCII, Latin-1 decoding is a plain copy into a compact string
    return new String(buf, start, len, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  private void check(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("field " + i + " of a line with " + count + " fields");
    }
  }
}
