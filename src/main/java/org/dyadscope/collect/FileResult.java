package org.dyadscope.collect;

/**
 * What loading one file did.
 *
 * @param file file label (path relative to the data root)
 * @param source dataset name
 * @param format reader format id
 * @param rowsRead data rows read
 * @param rowsLoaded rows that reached the store
 * @param rowsQuarantined rows put in quarantine (rowsRead = rowsLoaded + rowsQuarantined)
 * @param rowsUnresolved loaded event rows with an actor that maps to no country
 * @param codes codes the reader could not fully read ({@link CodeReport#NONE} for most formats)
 */
public record FileResult(
    String file, String source, String format, long rowsRead, long rowsLoaded, long rowsQuarantined,
    long rowsUnresolved, CodeReport codes) {}
