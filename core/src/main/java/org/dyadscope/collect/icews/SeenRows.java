package org.dyadscope.collect.icews;

/**
 * Remembers the rows of one file by a 128-bit fingerprint of their bytes, to drop exact duplicate
 * rows (ICEWS files repeat some rows verbatim).
 *
 * <p>Only fingerprints are kept, never rows: 20 bytes per distinct row at a load factor of at most
 * one half, so about 40 MB for a yearly ICEWS file of one million rows (the one place the ICEWS
 * reader's memory grows with the file; see {@link IcewsTabReader}). Two different rows share a
 * fingerprint with probability about n²/2^129: for n = 10^7 that is 10^-25, so "same fingerprint"
 * is taken as "same bytes". Not thread-safe.
 */
final class SeenRows {
  private long[] a = new long[1 << 12];
  private long[] b = new long[1 << 12];
  private int[] firstLine = new int[1 << 12];
  private int size;

  /**
   * Records a row and returns the line of its first occurrence, or -1 when it is new.
   *
   * @param line 1-based line number of this row (kept for rows seen for the first time)
   */
  long add(byte[] buf, int start, int length, long line) {
    long h1 = hash(buf, start, length, 0x9E3779B97F4A7C15L);
    long h2 = hash(buf, start, length, 0xC2B2AE3D27D4EB4FL);
    if (h1 == 0 && h2 == 0) {
      h2 = 1; // (0, 0) marks an empty slot
    }
    int mask = a.length - 1;
    for (int i = (int) (h1 ^ (h1 >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (a[i] == 0 && b[i] == 0) {
        a[i] = h1;
        b[i] = h2;
        firstLine[i] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size * 2 > a.length) {
          grow();
        }
        return -1;
      }
      if (a[i] == h1 && b[i] == h2) {
        return firstLine[i];
      }
    }
  }

  private void grow() {
    long[] oa = a;
    long[] ob = b;
    int[] ol = firstLine;
    a = new long[oa.length * 2];
    b = new long[oa.length * 2];
    firstLine = new int[oa.length * 2];
    int mask = a.length - 1;
    for (int j = 0; j < oa.length; j++) {
      if (oa[j] == 0 && ob[j] == 0) {
        continue;
      }
      int i = (int) (oa[j] ^ (oa[j] >>> 32)) & mask;
      while (a[i] != 0 || b[i] != 0) {
        i = (i + 1) & mask;
      }
      a[i] = oa[j];
      b[i] = ob[j];
      firstLine[i] = ol[j];
    }
  }

  /** A 64-bit hash of the bytes: multiply-rotate per byte, then a final avalanche (Murmur3 fmix64). */
  private static long hash(byte[] buf, int start, int length, long seed) {
    long h = seed ^ length;
    for (int i = start, end = start + length; i < end; i++) {
      h = Long.rotateLeft((h ^ (buf[i] & 0xFF)) * 0x100000001B3L, 23) + seed;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
