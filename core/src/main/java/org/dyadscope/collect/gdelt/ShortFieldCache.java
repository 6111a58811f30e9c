package org.dyadscope.collect.gdelt;

import org.dyadscope.collect.TabFields;

/**
 * Decodes short ASCII fields (up to 7 bytes: CAMEO event, base and root codes, country codes)
 * through a small direct-mapped cache, so the few hundred distinct values of a GDELT file are
 * allocated and hashed once instead of once per row. A collision just decodes again.
 */
final class ShortFieldCache {
  private static final int BITS = 12;
  private final long[] keys = new long[1 << BITS];
  private final String[] values = new String[1 << BITS];

  /** Field {@code i} of the split line, or null when it is empty. */
  String get(TabFields f, int i) {
    int at = f.start(i);
    int len = f.end(i) - at;
    if (len == 0) {
      return null;
    }
    if (len > 7 || !f.ascii()) {
      return f.get(i);
    }
    byte[] b = f.buffer();
    long key = (long) len << 56; // the length keeps "0" and "00" apart; never 0 for len >= 1
    for (int k = 0; k < len; k++) {
      key |= (long) b[at + k] << (8 * k);
    }
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
    if (keys[slot] == key) {
      return values[slot];
    }
    String s = f.get(i);
    keys[slot] = key;
    values[slot] = s;
    return s;
  }
}
