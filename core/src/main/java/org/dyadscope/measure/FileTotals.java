package org.dyadscope.measure;

import java.util.List;
import java.util.Objects;

/**
 * Provenance rows summed over a set of loaded files (e.g. those of one source).
 *
 * @param files number of files
 * @param rowsRead rows read
 * @param rowsLoaded rows stored
 * @param rowsQuarantined rows sent to quarantine
 * @param rowsDuplicate rows not stored as repeats (an event id, a document text, a line or a whole file)
 * @param rowsFiltered event rows left out by an actor filter ({@code --actors})
 * @param rowsUnresolved loaded event rows with an actor that maps to no country
 * @param rowsUnknownActorTokens GDELT rows whose actor code holds an unknown token, summed over the
 *     files that counted them; null when none did (files loaded before the count existed)
 */
public record FileTotals(long files, long rowsRead, long rowsLoaded, long rowsQuarantined, long rowsDuplicate,
    long rowsFiltered, long rowsUnresolved, Long rowsUnknownActorTokens) {

  /** The sums over {@code files}. */
  public static FileTotals of(List<FileProvenance> files) {
    List<Long> counted = files.stream().map(FileProvenance::rowsUnknownActorTokens).filter(Objects::nonNull).toList();
    return new FileTotals(files.size(), files.stream().mapToLong(FileProvenance::rowsRead).sum(),
        files.stream().mapToLong(FileProvenance::rowsLoaded).sum(),
        files.stream().mapToLong(FileProvenance::rowsQuarantined).sum(),
        files.stream().mapToLong(FileProvenance::rowsDuplicate).sum(),
        files.stream().mapToLong(FileProvenance::rowsFiltered).sum(),
        files.stream().mapToLong(FileProvenance::rowsUnresolved).sum(),
        counted.isEmpty() ? null : counted.stream().mapToLong(Long::longValue).sum());
  }
}
