package org.dyadscope.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The event ids of one id family already in a store (see {@link #load}), each with the event
 * day of its first row, held in memory while files load so that every row is checked without a
 * query.
 *
 * <p>Memory: ids that are decimal numbers of up to 18 digits (every GDELT GLOBALEVENTID and ICEWS
 * Event ID) are held by number in pages of {@value #PAGE} consecutive numbers, each page the event
 * days of its ids as 2-byte codes (days from 1900-01-01 to 2079-06-05; an id of another day, or
 * any other id, goes to a plain map). The datasets number their events consecutively, so an id
 * takes about 2.3 bytes: 8 million GDELT ids about 20 MB, where an open-addressing table of longs
 * and ints took 12-24 bytes an id (up to 290 MB while it grew past 8 million: the bench's 8-million-row
 * file ran out of a 256 MB heap) and a {@code HashMap<String, Integer>} about 100. Scattered ids
 * cost up to about 150 bytes each (a page for one id). Consecutive ids also fall in the page looked
 * up last, which spares the lookup.
 */
final class EventIds {
  /** What {@link #putIfAbsent} returns for an id not seen before. */
  static final int ABSENT = Integer.MIN_VALUE;
  private static final long EMPTY = -1; // numeric ids are >= 0
  private static final int MAX_DIGITS = 18; // every 18-digit decimal fits a long
  private static final int PAGE_BITS = 6;
  /** Consecutive numeric ids per page. */
  static final int PAGE = 1 << PAGE_BITS;
  /** A day's code is its epoch day minus {@code FIRST_DAY} plus 1; 0 marks an id not held. */
  private static final int FIRST_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
  private static final int LAST_DAY = FIRST_DAY + Character.MAX_VALUE - 1;

  /** Page numbers (id / PAGE), open addressing; {@link #pageStart} gives each page's offset in {@link #days}. */
  private long[] pageKeys = newKeys(1 << 10);
  private int[] pageStart = new int[pageKeys.length];
  private int pages;
  private char[] days = new char[PAGE << 4];
  private long lastPage = EMPTY;
  private int lastStart;
  /** Ids held in pages. */
  private int size;
  private final Map<String, Integer> other = new HashMap<>();

  /**
   * The ids of {@code family} in the store, as the connection's transaction sees them: of the stored
   * events (whose {@code schema_flag} starts with the family name) and of the events an actor filter
   * left out ({@code left_out_event_ids}, see {@link PackedIds}).
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
          PackedIds.unpack(rs.getBytes(1), ids::putIfAbsent);
        }
      }
    } catch (IOException e) {
      throw new StoreException("left_out_event_ids of family " + family + " is damaged; reload its files", e);
    }
    return ids;
  }

  /**
   * Records {@code id} with its event day unless it is known.
   *
   * @param epochDay the event day ({@link java.time.LocalDate#toEpochDay})
   * @return {@link #ABSENT} when the id is new (it is recorded), else the event day of its first row
   */
  int putIfAbsent(String id, int epochDay) {
    long key = numeric(id);
    if (key != EMPTY) {
      int at = offset(key);
      if (at >= 0 && days[at] != 0) {
        return days[at] + FIRST_DAY - 1;
      }
      if (epochDay >= FIRST_DAY && epochDay <= LAST_DAY && (other.isEmpty() || !other.containsKey(id))) {
        if (at < 0) {
          at = addPage(key >>> PAGE_BITS) + (int) (key & (PAGE - 1));
        }
        days[at] = (char) (epochDay - FIRST_DAY + 1);
        size++;
        return ABSENT;
      }
    }
    Integer kept = other.putIfAbsent(id, epochDay);
    return kept == null ? ABSENT : kept;
  }

  /** How many ids are held. */
  long size() {
    return size + other.size();
  }

  /** How many of these ids {@code held} does not hold. */
  long missingFrom(EventIds held) {
    long n = 0;
    for (int s = 0; s < pageKeys.length; s++) {
      if (pageKeys[s] == EMPTY) {
        continue;
      }
      for (int i = 0; i < PAGE; i++) {
        if (days[pageStart[s] + i] != 0 && !held.holds((pageKeys[s] << PAGE_BITS) + i)) {
          n++;
        }
      }
    }
    for (String id : other.keySet()) {
      long key = numeric(id);
      if (!held.other.containsKey(id) && (key == EMPTY || !held.holds(key))) {
        n++;
      }
    }
    return n;
  }

  /** Whether the numeric id {@code key} is held, in a page or in the map. */
  private boolean holds(long key) {
    int at = offset(key);
    return at >= 0 && days[at] != 0 || other.containsKey(Long.toString(key));
  }

  /** The index in {@link #days} of numeric id {@code key}, or -1 when its page is not there. */
  private int offset(long key) {
    long page = key >>> PAGE_BITS;
    if (page != lastPage) {
      int s = slot(pageKeys, page);
      if (pageKeys[s] != page) {
        return -1;
      }
      lastPage = page;
      lastStart = pageStart[s];
    }
    return lastStart + (int) (key & (PAGE - 1));
  }

  /** Adds an empty page; returns its offset in {@link #days}. */
  private int addPage(long page) {
    if ((pages + 1) * PAGE > days.length) {
      days = Arrays.copyOf(days, days.length * 2);
    }
    int start = pages * PAGE;
    int s = slot(pageKeys, page);
    pageKeys[s] = page;
    pageStart[s] = start;
    pages++;
    if (pages * 4L > pageKeys.length * 3L) {
      growPages();
    }
    lastPage = page;
    lastStart = start;
    return start;
  }

  /** The id as a long when it is a decimal number of 1 to 18 digits (canonical: no leading zero), else -1. */
  static long numeric(String id) {
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

  private void growPages() {
    long[] oldKeys = pageKeys;
    int[] oldStart = pageStart;
    pageKeys = newKeys(oldKeys.length * 2);
    pageStart = new int[pageKeys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int s = slot(pageKeys, oldKeys[i]);
        pageKeys[s] = oldKeys[i];
        pageStart[s] = oldStart[i];
      }
    }
  }

  private static long[] newKeys(int n) {
    long[] k = new long[n];
    Arrays.fill(k, EMPTY);
    return k;
  }
}
