package org.dyadscope.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One event in the store's canonical shape, whatever dataset it came from.
 *
 * <p>Columns mirror the {@code events} table in {@code schema.sql}. Countries are ISO-3166 alpha-3 /
 * CAMEO country codes (null when the actor maps to no country); CAMEO codes are strings with their
 * leading zeros; {@code quadClass} is 1..4 or null; {@code goldstein} is in Goldstein points
 * (-10..+10) or null; {@code avgTone} is GDELT AvgTone or null.
 *
 * <p>{@code actionCountry} is where the event took place, ISO-3: GDELT's {@code
 * ActionGeo_CountryCode} (GDELT 1.0 and 2.0 event codebooks), a FIPS 10-4 code mapped to ISO-3
 * through {@code collect.gdelt.FipsCountries} (never stored raw: FIPS {@code RS} is Russia, ISO-2
 * RS is Serbia); ICEWS's {@code Country} column by country name; null when blank, when the code
 * or name maps to no ISO-3 code, and for sources without an event location (TKG). Last because
 * it was added last to the {@code events} table.
 */
public record EventRow(
    String source,
    String eventId,
    LocalDate eventDate,
    LocalDateTime dateAdded,
    String actor1Code,
    String actor1Name,
    String actor1Country,
    String actor2Code,
    String actor2Name,
    String actor2Country,
    String eventCode,
    String eventBase,
    String eventRoot,
    Integer quadClass,
    Double goldstein,
    Integer numMentions,
    Double avgTone,
    String sourceUrl,
    String schemaFlag,
    String file,
    long line,
    String actionCountry) {}
