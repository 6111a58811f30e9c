package org.dyadscope.collect.icews;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dyadscope.collect.TabFields;

/**
 * Positions of the ICEWS columns dyadscope reads, bound by name from a header row, so that files
 * with reordered or extra columns still load.
 *
 * <p>Source: ICEWS Coded Event Data, Harvard Dataverse doi:10.7910/DVN/28075, event file layout
 * (Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code,
 * Intensity, Target Name, Target Sectors, Target Country, Story ID, Sentence Number, Publisher,
 * City, District, Province, Country, Latitude, Longitude). The columns below are required except
 * {@code Country} (where the event happened, a country name), which is read when present; names
 * match ignoring case and surrounding blanks.
 */
final class IcewsColumns {
  static final String EVENT_ID = "Event ID";
  static final String EVENT_DATE = "Event Date";
  static final String SOURCE_NAME = "Source Name";
  static final String SOURCE_COUNTRY = "Source Country";
  static final String CAMEO_CODE = "CAMEO Code";
  static final String INTENSITY = "Intensity";
  static final String TARGET_NAME = "Target Name";
  static final String TARGET_COUNTRY = "Target Country";
  static final String COUNTRY = "Country";

  final int fields;
  final int eventId;
  final int eventDate;
  final int sourceName;
  final int sourceCountry;
  final int cameoCode;
  final int intensity;
  final int targetName;
  final int targetCountry;
  /** Position of the event's Country, or -1 when the file has no such column. */
  final int country;

  private IcewsColumns(TabFields header, Map<String, Integer> byName, String file)
      throws IOException {
    fields = header.count();
    eventId = require(byName, EVENT_ID, file);
    eventDate = require(byName, EVENT_DATE, file);
    sourceName = require(byName, SOURCE_NAME, file);
    sourceCountry = require(byName, SOURCE_COUNTRY, file);
    cameoCode = require(byName, CAMEO_CODE, file);
    intensity = require(byName, INTENSITY, file);
    targetName = require(byName, TARGET_NAME, file);
    targetCountry = require(byName, TARGET_COUNTRY, file);
    country = byName.getOrDefault(key(COUNTRY), -1);
  }

  /**
   * Binds the columns of a split header row.
   *
   * @param file the file name, for the error message
   * @throws IOException when a required column is missing, naming the file and the column
   */
  static IcewsColumns bind(TabFields header, String file) throws IOException {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = header.count() - 1; i >= 0; i--) { // the first of duplicate names wins
      byName.put(key(header.get(i)), i);
    }
    return new IcewsColumns(header, byName, file);
  }

  private static int require(Map<String, Integer> byName, String column, String file)
      throws IOException {
    Integer i = byName.get(key(column));
    if (i == null) {
      throw new IOException(file + ": ICEWS column '" + column + "' missing from the header row;"
          + " expected an ICEWS Dataverse .tab event file (Event ID, Event Date, Source Name, ...)");
    }
    return i;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
