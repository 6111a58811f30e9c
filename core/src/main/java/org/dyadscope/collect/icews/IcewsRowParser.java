package org.dyadscope.collect.icews;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.TabFields;
import org.dyadscope.store.EventRow;

/**
 * Turns the fields of one ICEWS event row into an {@link EventRow}, or says why it cannot.
 *
 * <p>One instance per file read: it remembers country-name lookups (an ICEWS year names a few
 * hundred countries over a million rows). Source Country, Target Country and the event's Country
 * go through the same {@link Countries#iso3} name table (exact after normalising case, accents and
 * punctuation; an unknown name gives null, never a guess).
 */
final class IcewsRowParser {
  /** Schema flag of every ICEWS row. */
  static final String FLAG = "icews-tab";
  private static final String UNRESOLVED = "";

  private final CameoTable cameo;
  private final Countries countries;
  private final Map<String, String> iso3ByName = new HashMap<>();

  IcewsRowParser(CameoTable cameo, Countries countries) {
    this.cameo = cameo;
    this.countries = countries;
  }

  /**
   * Maps one split row.
   *
   * @throws AmbiguousDates when the file's date format cannot be read without guessing
   * @throws BadRow with the quarantine reason: wrong field count, missing Event ID / Event Date /
   *     CAMEO Code, unparseable date or Intensity, code not in the CAMEO table
   */
  EventRow parse(TabFields f, IcewsColumns c, IcewsDates dates, String source, String file,
      long line) throws BadRow, AmbiguousDates {
    if (f.count() != c.fields) {
      throw new BadRow(f.count() + " fields, expected " + c.fields + " as in the header row");
    }
    String eventId = required(f, c.eventId, IcewsColumns.EVENT_ID);
    LocalDate date = dates.parse(required(f, c.eventDate, IcewsColumns.EVENT_DATE), line);
    String code = IcewsCameoCode.canonical(required(f, c.cameoCode, IcewsColumns.CAMEO_CODE), cameo);
    String root = CameoTable.root(code);
    String sourceName = value(f, c.sourceName);
    String targetName = value(f, c.targetName);
    return new EventRow(
        source,
        eventId,
        date,
        null,
        sourceName,
        sourceName,
        iso3(value(f, c.sourceCountry)),
        targetName,
        targetName,
        iso3(value(f, c.targetCountry)),
        code,
        CameoTable.base(code),
        root,
        CameoTable.quadClass(root),
        intensity(f, c.intensity),
        null,
        null,
        null,
        FLAG,
        file,
        line,
        c.country < 0 ? null : iso3(value(f, c.country)));
  }

  /** The field, or null for "" and for "NA" (how R's write_tsv and the Dataverse files mark a gap). */
  private static String value(TabFields f, int i) {
    String v = f.getOrNull(i);
    return v == null || v.equals("NA") ? null : v;
  }

  private static String required(TabFields f, int i, String column) throws BadRow {
    String v = value(f, i);
    if (v == null) {
      throw new BadRow(column + " is missing");
    }
    return v;
  }

  private static Double intensity(TabFields f, int i) throws BadRow {
    String v = value(f, i);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // falls through to the reason below
    }
    throw new BadRow("Intensity '" + v + "' is not a number");
  }

  /** ISO-3 of a country name; null for no name and for a name no table knows (counted unresolved). */
  private String iso3(String name) {
    if (name == null) {
      return null;
    }
    String code = iso3ByName.get(name);
    if (code == null) {
      code = countries.iso3(name);
      iso3ByName.put(name, code == null ? UNRESOLVED : code);
    }
    return code == null || code.isEmpty() ? null : code;
  }
}
