package org.dyadscope.store;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The event ids of one id family already in a store (see {@link #load}), each with the event
 * day of its first row, held in memory while files load so that every row is checked without a
 * query.
 *
 * <p>Memory: ids that are decimal numbers of up to 18 digits (every GDELT GLOBALEVENTID and ICEWS
 * Event ID) sit in an open-addressing table of primitive longs and ints, about 12-24 bytes an id
 * (a {@code HashMap<String, Integer>} would take about 100, too much for a GDELT archive); any
 * other id goes to a plain map.
 */
final class EventIds {
  /** What {@link #putIfAbsent} returns for an id not seen before. */
  static final int ABSENT = Integer.MIN_VALUE;
  private static final long EMPTY = -1; // numeric ids are >= 0
  private static final int MAX_DIGITS = 18; // every 18-digit decimal fits a long

  private long[] keys = newKeys(1 << 12);
  private int[] days = new int[keys.length];
  private int size;
  private final Map<String, Integer> other = new HashMap<>();

  /**
   * The ids of {@code family} in the store, as the connection's transaction sees them: of the stored
   * events (whose {@code schema_flag} starts with the family name) and of the events an actor filter
   * left out ({@code left_out_event_ids}, see {@link #pack}).
   */
  static EventIds load(Connection c, String family) throws SQLException {
    return load(c, family, null);
  }

  /**
   * As {@link #load(Connection, String)}, only the ids of the load of file label {@code file} (its
   * rows and those of its zip members, {@code <file>!<member>}); every file's when {@code file} is null.
   */
  static EventIds load(Connection c, String family, String file) throws SQLException {
    EventIds ids = new EventIds();
    String ofFile = file == null ? "" : " AND " + FileLoad.OF_FILE;
    try (PreparedStatement q = c.prepareStatement("SELECT event_id, CAST(event_date - DATE '1970-01-01' AS INTEGER)"
        + " FROM events WHERE starts_with(schema_flag, ?)" + ofFile)) {
      q.setString(1, family);
      FileLoad.bindFile(q, 2, file);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          ids.putIfAbsent(rs.getString(1), rs.getInt(2));
        }
      }
    }
    try (PreparedStatement q = c.prepareStatement("SELECT ids FROM left_out_event_ids WHERE family = ?" + ofFile)) {
      q.setString(1, family);
      FileLoad.bindFile(q, 2, file);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          DataInputStream in = new DataInputStream(new ByteArrayInputStream(rs.getBytes(1)));
          while (in.available() > 0) {
            ids.putIfAbsent(in.readUTF(), in.readInt());
          }
        }
      }
    } catch (IOException e) {
      throw new StoreException("left_out_event_ids of family " + family + " is damaged; reload its files", e);
    }
    return ids;
  }

  /** Appends one id and its event day to {@code out}, as {@link #load} reads them back. */
  static void pack(DataOutputStream out, String id, int epochDay) {
    try {
      out.writeUTF(id);
      out.writeInt(epochDay);
    } catch (IOException e) { // a ByteArrayOutputStream never fails; an id over 65,535 bytes does
      throw new StoreException("event id too long to record: " + id.substring(0, 80) + "...", e);
    }
  }

  /**
   * Records {@code id} with its event day unless it is known.
   *
   * @param epochDay the event day ({@link java.time.LocalDate#toEpochDay})
   * @return {@link #ABSENT} when the id is new (it is recorded), else the event day of its first row
   */
  int putIfAbsent(String id, int epochDay) {
    long key = numeric(id);
    if (key == EMPTY) {
      Integer kept = other.putIfAbsent(id, epochDay);
      return kept == null ? ABSENT : kept;
    }
    int slot = slot(keys, key);
    if (keys[slot] == key) {
      return days[slot];
    }
    keys[slot] = key;
    days[slot] = epochDay;
    if (++size * 4L > keys.length * 3L) {
      grow();
    }
    return ABSENT;
  }

  /** How many ids are held. */
  long size() {
    return size + other.size();
  }

  /** How many of these ids {@code held} does not hold. */
  long missingFrom(EventIds held) {
    long n = 0;
    for (long key : keys) {
      if (key != EMPTY && held.keys[slot(held.keys, key)] != key) {
        n++;
      }
    }
    for (String id : other.keySet()) {
      if (!held.other.containsKey(id)) {
        n++;
      }
    }
    return n;
  }

  /** The id as a long when it is a decimal number of 1 to 18 digits, else {@link #EMPTY}. */
  private static long numeric(String id) {
    int n = id.length();
    if (n == 0 || n > MAX_DIGITS) {
      return EMPTY;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char ch = id.charAt(i);
      if (ch < '0' || ch > '9') {
        return EMPTY;
      }
      v = v * 10 + (ch - '0');
    }
    // "007" and "7" are different ids: only the canonical spelling takes the numeric table
    return n > 1 && id.charAt(0) == '0' ? EMPTY : v;
  }

  /** The slot holding {@code key}, or the empty slot where it goes (linear probing). */
  private static int slot(long[] table, long key) {
    int mask = table.length - 1;
    int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (table[i] != EMPTY && table[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldDays = days;
    keys = newKeys(oldKeys.length * 2);
    days = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int s = slot(keys, oldKeys[i]);
        keys[s] = oldKeys[i];
        days[s] = oldDays[i];
      }
    }
  }

  private static long[] newKeys(int n) {
    long[] k = new long[n];
    Arrays.fill(k, EMPTY);
    return k;
  }
}
