package org.dyadscope.collect.gdelt;

/**
 * The three column layouts of GDELT event exports, told apart by their field count, with the
 * 0-based positions of the fields dyadscope keeps.
 *
 * <p>Source: GDELT 1.0 Event Database codebook (header file
 * {@code GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv}) and GDELT 2.0 Event codebook
 * ({@code GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv}). Fields 0..34 (GLOBALEVENTID ..
 * AvgTone) are the same in all three. 1.0 then has three geo blocks of 7 fields (35..55),
 * DATEADDED (56) and, in daily files since 2013-04-01, SOURCEURL (57); the historical backfiles
 * before that date stop at DATEADDED (57 fields). 2.0 adds an ADM2Code to each geo block (35..58),
 * so DATEADDED is 59 and SOURCEURL 60. ActionGeo_CountryCode (FIPS 10-4, the third geo block's
 * third field) is therefore 51 in 1.0 and 53 in 2.0 (checked on the real rows of
 * {@code gdelt/v1_reformatted/nov2012.csv}: "GG", Georgia, and {@code v2_export}: "CA", "BO").
 */
public enum GdeltLayout {
  /** GDELT 1.0 historical backfiles (events before 2013-04-01): no SOURCEURL. */
  GDELT57(57, "gdelt57", 51, 56, -1),
  /** GDELT 1.0 daily exports (2013-04-01 on): SOURCEURL last. */
  GDELT58(58, "gdelt58", 51, 56, 57),
  /** GDELT 2.0 15-minute exports: ADM2 codes in the geo blocks, DATEADDED with time of day. */
  GDELT61(61, "gdelt61", 53, 59, 60);

  /**
   * The GDELT 1.0 column names in file order (the codebook's header file
   * {@code GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv}): the 58 fields of {@link #GDELT58};
   * {@link #GDELT57} lacks the last, SOURCEURL.
   */
  public static final java.util.List<String> V1_COLUMNS = java.util.List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
      "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
      "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code",
      "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
      "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent",
      "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName",
      "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_Lat", "Actor1Geo_Long",
      "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
      "Actor2Geo_ADM1Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
      "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long",
      "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  static final int GLOBAL_EVENT_ID = 0;
  static final int SQL_DATE = 1;
  static final int ACTOR1_CODE = 5;
  static final int ACTOR1_NAME = 6;
  static final int ACTOR1_COUNTRY = 7;
  static final int ACTOR2_CODE = 15;
  static final int ACTOR2_NAME = 16;
  static final int ACTOR2_COUNTRY = 17;
  static final int EVENT_CODE = 26;
  static final int EVENT_BASE_CODE = 27;
  static final int EVENT_ROOT_CODE = 28;
  static final int QUAD_CLASS = 29;
  static final int GOLDSTEIN = 30;
  static final int NUM_MENTIONS = 31;
  static final int AVG_TONE = 34;

  /** Number of tab-separated fields of a row in this layout. */
  public final int fields;
  /** Value stored in {@code events.schema_flag}. */
  public final String flag;
  /** Position of ActionGeo_CountryCode (FIPS 10-4). */
  final int actionGeoCountry;
  /** Position of DATEADDED. */
  final int dateAdded;
  /** Position of SOURCEURL, or -1 when the layout has none. */
  final int sourceUrl;

  GdeltLayout(int fields, String flag, int actionGeoCountry, int dateAdded, int sourceUrl) {
    this.fields = fields;
    this.flag = flag;
    this.actionGeoCountry = actionGeoCountry;
    this.dateAdded = dateAdded;
    this.sourceUrl = sourceUrl;
  }

  /** The layout with {@code fieldCount} fields, or null when no GDELT layout has that many. */
  public static GdeltLayout forFieldCount(int fieldCount) {
    switch (fieldCount) {
      case 57:
        return GDELT57;
      case 58:
        return GDELT58;
      case 61:
        return GDELT61;
      default:
        return null;
    }
  }
}
