package org.dyadscope.collect.gdelt;

import static org.dyadscope.collect.gdelt.GdeltLayout.ACTOR1_CODE;
import static org.dyadscope.collect.gdelt.GdeltLayout.ACTOR1_COUNTRY;
import static org.dyadscope.collect.gdelt.GdeltLayout.ACTOR1_NAME;
import static org.dyadscope.collect.gdelt.GdeltLayout.ACTOR2_CODE;
import static org.dyadscope.collect.gdelt.GdeltLayout.ACTOR2_COUNTRY;
import static org.dyadscope.collect.gdelt.GdeltLayout.ACTOR2_NAME;
import static org.dyadscope.collect.gdelt.GdeltLayout.AVG_TONE;
import static org.dyadscope.collect.gdelt.GdeltLayout.EVENT_BASE_CODE;
import static org.dyadscope.collect.gdelt.GdeltLayout.EVENT_CODE;
import static org.dyadscope.collect.gdelt.GdeltLayout.EVENT_ROOT_CODE;
import static org.dyadscope.collect.gdelt.GdeltLayout.GLOBAL_EVENT_ID;
import static org.dyadscope.collect.gdelt.GdeltLayout.GOLDSTEIN;
import static org.dyadscope.collect.gdelt.GdeltLayout.NUM_MENTIONS;
import static org.dyadscope.collect.gdelt.GdeltLayout.QUAD_CLASS;
import static org.dyadscope.collect.gdelt.GdeltLayout.SQL_DATE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.TabFields;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.LoadSink;

/**
 * Turns the fields of one GDELT export row into an {@link EventRow}, or says why it cannot.
 *
 * <p>Dates are read digit by digit (DATEADDED in 2.0 is 14 digits, beyond int range); only the
 * fields dyadscope keeps are copied out of the line, short codes through a cache. One instance per
 * file read. It also maps ActionGeo_CountryCode to ISO-3 and counts unknown actor code tokens
 * through a {@link GdeltCodeAudit}.
 */
final class GdeltRowParser {
  /**
   * The first day of GDELT 1.0's daily updates. Before it DATEADDED is the day the historical
   * backfile was added (20130203 on every row of {@code v1_reformatted/nov2012.csv}), not a
   * reporting day, so such rows get none: coverage then falls back on their event dates.
   */
  static final LocalDate DAILY_UPDATES_START = LocalDate.of(2013, 4, 1);

  /** An empty whole-number field (they are never negative). */
  private static final int ABSENT = -1;

  /** GDELT's placeholder for "no event code". */
  static final String NO_CODE = "---";

  /** The event-day cache has 2^DAY_BITS slots: a file's events fall on a few hundred days. */
  private static final int DAY_BITS = 10;

  private final CameoTable cameo;
  private final ShortFieldCache codes = new ShortFieldCache();
  /** SQLDATE as yyyyMMdd and its date, direct-mapped: most rows repeat a recent day, so few dates are made. */
  private final int[] dayKeys = new int[1 << DAY_BITS];
  private final LocalDate[] days = new LocalDate[1 << DAY_BITS];
  /** The previous row's DATEADDED bytes and time: a GDELT 2.0 file's rows share one (its 15 minutes). */
  private final byte[] lastAddedBytes = new byte[14];
  private int lastAddedLength = -1;
  private LocalDateTime lastAdded;
  private final GdeltCodeAudit audit;
  private final LoadSink sink;

  /** @param sink asked which events it stores ({@link LoadSink#storesEvent}); the rows go to it from the reader */
  GdeltRowParser(CameoTable cameo, GdeltCodeAudit audit, LoadSink sink) {
    this.cameo = cameo;
    this.audit = audit;
    this.sink = sink;
  }

  /**
   * Maps one split row. Every field is checked; for an event the sink does not store, names,
   * codes, numbers and source URL stay null ({@link LoadSink#storesEvent}).
   *
   * @throws BadRow with the quarantine reason when a kept field is malformed or the event code is
   *     not a CAMEO code
   */
  EventRow parse(TabFields f, GdeltLayout layout, String source, String file, long line)
      throws BadRow {
    String eventId = f.getOrNull(GLOBAL_EVENT_ID);
    if (eventId == null) {
      throw new BadRow("GLOBALEVENTID is empty");
    }
    String code = codes.get(f, EVENT_CODE);
    // "---" or blank: GDELT's "no event code". The row loads with no code, no QuadClass and no
    // Goldstein (null, never 0 or a default code); any other code must be in the CAMEO table.
    boolean uncoded = code == null || code.equals(NO_CODE);
    if (!uncoded && !cameo.isKnown(code)) {
      throw new BadRow("CAMEO code '" + code + "' not in the CAMEO table");
    }
    LocalDate eventDate = sqlDate(f);
    LocalDateTime added = reportingDay(dateAdded(f, layout.dateAdded), layout);
    int quadClass = uncoded ? ABSENT : quadClass(f);
    double goldstein = uncoded ? Double.NaN : decimal(f, GOLDSTEIN, "GoldsteinScale");
    int numMentions = count(f, NUM_MENTIONS, "NumMentions");
    double avgTone = decimal(f, AVG_TONE, "AvgTone");
    String actionFips = codes.get(f, layout.actionGeoCountry);
    String actionCountry = audit.actionCountry(actionFips);
    String actor1Code = codes.get(f, ACTOR1_CODE);
    String actor2Code = codes.get(f, ACTOR2_CODE);
    String actor1Country = codes.get(f, ACTOR1_COUNTRY);
    String actor2Country = codes.get(f, ACTOR2_COUNTRY);
    // counted once the row is sure to load (a malformed field above quarantines it instead)
    audit.count(actor1Code, actor2Code, actionFips, actionCountry);
    if (!sink.storesEvent(actor1Country, actor2Country)) {
      // left out by the actor filter: only counted, so nothing else is copied out of the line
      return new EventRow(source, eventId, eventDate, added, actor1Code, null, actor1Country, actor2Code, null,
          actor2Country, null, null, null, null, null, null, null, null, layout.flag, file, line, null);
    }
    String base = uncoded ? null : codes.get(f, EVENT_BASE_CODE);
    String root = uncoded ? null : codes.get(f, EVENT_ROOT_CODE);
    return new EventRow(
        source,
        eventId,
        eventDate,
        added,
        actor1Code,
        f.getOrNull(ACTOR1_NAME),
        actor1Country,
        actor2Code,
        f.getOrNull(ACTOR2_NAME),
        actor2Country,
        uncoded ? null : code,
        base != null ? base : CameoTable.base(uncoded ? null : code),
        root != null ? root : CameoTable.root(uncoded ? null : code),
        quadClass == ABSENT ? null : quadClass,
        Double.isNaN(goldstein) ? null : goldstein,
        numMentions == ABSENT ? null : numMentions,
        Double.isNaN(avgTone) ? null : avgTone,
        layout.sourceUrl < 0 ? null : f.getOrNull(layout.sourceUrl),
        layout.flag,
        file,
        line,
        actionCountry);
  }

  private LocalDate sqlDate(TabFields f) throws BadRow {
    byte[] s = f.buffer();
    int at = f.start(SQL_DATE);
    if (f.length(SQL_DATE) == 8) {
      int y = digits(s, at, 4);
      int m = digits(s, at + 4, 2);
      int d = digits(s, at + 6, 2);
      if (y >= 0 && m >= 0 && d >= 0) {
        int key = (y * 100 + m) * 100 + d + 1; // + 1: 0 marks an empty slot
        int slot = (key * 0x9E3779B9) >>> (Integer.SIZE - DAY_BITS);
        if (dayKeys[slot] == key) {
          return days[slot];
        }
        try {
          LocalDate day = LocalDate.of(y, m, d);
          dayKeys[slot] = key;
          days[slot] = day;
          return day;
        } catch (DateTimeException e) {
          // falls through to the reason below
        }
      }
    }
    throw new BadRow("SQLDATE '" + f.get(SQL_DATE) + "' is not a yyyyMMdd date");
  }

  /** DATEADDED: yyyyMMdd (1.0, taken as midnight UTC) or yyyyMMddHHmmss (2.0); empty gives null. */
  private LocalDateTime dateAdded(TabFields f, int i) throws BadRow {
    int len = f.length(i);
    if (len == 0) {
      return null;
    }
    byte[] s = f.buffer();
    int at = f.start(i);
    if (len == lastAddedLength && Arrays.equals(s, at, at + len, lastAddedBytes, 0, len)) {
      return lastAdded;
    }
    LocalDateTime added = parseDateAdded(f, i, s, at, len);
    System.arraycopy(s, at, lastAddedBytes, 0, len);
    lastAddedLength = len;
    lastAdded = added;
    return added;
  }

  private static LocalDateTime parseDateAdded(TabFields f, int i, byte[] s, int at, int len) throws BadRow {
    if (len == 8 || len == 14) {
      int y = digits(s, at, 4);
      int mo = digits(s, at + 4, 2);
      int d = digits(s, at + 6, 2);
      int h = len == 14 ? digits(s, at + 8, 2) : 0;
      int mi = len == 14 ? digits(s, at + 10, 2) : 0;
      int sec = len == 14 ? digits(s, at + 12, 2) : 0;
      if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && sec >= 0) {
        try {
          return LocalDateTime.of(y, mo, d, h, mi, sec);
        } catch (DateTimeException e) {
          // falls through to the reason below
        }
      }
    }
    throw new BadRow("DATEADDED '" + f.get(i) + "' is not yyyyMMdd or yyyyMMddHHmmss");
  }

  /** DATEADDED as a reporting day: null for a GDELT 1.0 row added before the daily updates began. */
  private static LocalDateTime reportingDay(LocalDateTime added, GdeltLayout layout) {
    return added != null && layout != GdeltLayout.GDELT61 && added.toLocalDate().isBefore(DAILY_UPDATES_START)
        ? null : added;
  }

  /** QuadClass 1..4, or {@link #ABSENT} when empty. */
  private static int quadClass(TabFields f) throws BadRow {
    int q = count(f, QUAD_CLASS, "QuadClass");
    if (q != ABSENT && (q < 1 || q > 4)) {
      throw new BadRow("QuadClass '" + q + "' is not 1..4");
    }
    return q;
  }

  /** A non-negative integer field; empty gives {@link #ABSENT}. */
  private static int count(TabFields f, int i, String name) throws BadRow {
    int len = f.length(i);
    if (len == 0) {
      return ABSENT;
    }
    int v = len <= 9 ? digits(f.buffer(), f.start(i), len) : -1;
    if (v < 0) {
      throw new BadRow(name + " '" + f.get(i) + "' is not a whole number");
    }
    return v;
  }

  /** A finite decimal field; empty gives NaN. */
  private static double decimal(TabFields f, int i, String name) throws BadRow {
    int at = f.start(i);
    int len = f.end(i) - at;
    if (len == 0) {
      return Double.NaN;
    }
    double fast = Decimals.parse(f.buffer(), at, len);
    if (!Double.isNaN(fast)) {
      return fast;
    }
    String s = f.get(i);
    try {
      double v = Double.parseDouble(s);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // falls through to the reason below
    }
    throw new BadRow(name + " '" + s + "' is not a number");
  }

  /** Value of {@code len} ASCII digits at byte {@code at}, or -1 when one is not a digit. */
  private static int digits(byte[] s, int at, int len) {
    int v = 0;
    for (int i = at, end = at + len; i < end; i++) {
      int c = s[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }
}
