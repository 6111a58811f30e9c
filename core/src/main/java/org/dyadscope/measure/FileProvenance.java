package org.dyadscope.measure;

/**
 * One loaded file, as recorded in the store's {@code provenance} table.
 *
 * @param file file label as loaded (path under the data root)
 * @param sha256 hex digest of the file's bytes
 * @param format reader format id
 * @param source dataset name
 * @param rowsRead data rows the reader saw
 * @param rowsLoaded rows stored
 * @param rowsQuarantined rows rejected (see {@link QuarantineReason})
 * @param rowsUnresolved loaded event rows with an actor that maps to no country
 * @param rowsDuplicate rows not stored as repeats: exact copies of a line (ICEWS), rows whose event id
 *     was read before in this or an earlier file, or every row when the file is {@code duplicateOf} another
 * @param rowsFiltered event rows left out by an actor filter ({@code --actors})
 * @param rowsUnknownActorTokens parsed GDELT rows (stored or left out by the actor filter) with an
 *     actor code token that is no known country, region, CAMEO type or CAMEO dictionary code (0 for
 *     other formats); null when not counted (a file loaded before the count existed)
 * @param duplicateOf the file already loaded with the same decompressed content, whose rows stand for
 *     this file's; null for a file that loaded its own rows
 */
public record FileProvenance(
    String file, String sha256, String format, String source, long rowsRead, long rowsLoaded,
    long rowsQuarantined, long rowsUnresolved, long rowsDuplicate, long rowsFiltered,
    Long rowsUnknownActorTokens, String duplicateOf) {}
