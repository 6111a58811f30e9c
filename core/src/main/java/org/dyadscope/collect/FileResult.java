package org.dyadscope.collect;

import java.util.ArrayList;
import java.util.List;
import org.dyadscope.store.CodeReport;

/**
 * What loading one file did.
 *
 * @param file file label (path relative to the data root)
 * @param source dataset name
 * @param format reader format id
 * @param rowsRead data rows read
 * @param rowsLoaded rows that reached the store
 * @param rowsQuarantined rows put in quarantine
 * @param rowsDuplicate rows not stored as repeats: of a line of the file, of a document text or an event id
 *     already loaded (in this or an earlier file), or every row when the whole file repeats another's content
 * @param rowsFiltered event rows left out by the actor filter (rowsRead = rowsLoaded +
 *     rowsQuarantined + rowsDuplicate + rowsFiltered)
 * @param lineCopies of rowsDuplicate, exact copies of an earlier line of the file (ICEWS)
 * @param textCopies of rowsDuplicate, documents whose text was already stored (table {@code document_copies})
 * @param conflicts rows that repeated a known event id with another event date (table {@code event_conflicts})
 * @param metadataConflicts of textCopies, copies whose metadata conflict with the kept document's
 *     ({@code document_copies.relation} = {@code conflict})
 * @param duplicateOf label of the file already loaded with the same content, or null
 * @param rowsUnresolved loaded event rows with an actor that maps to no country
 * @param codes codes the reader could not fully read ({@link CodeReport#NONE} for most formats)
 */
public record FileResult(
    String file, String source, String format, long rowsRead, long rowsLoaded, long rowsQuarantined,
    long rowsDuplicate, long rowsFiltered, long lineCopies, long textCopies, long conflicts,
    long metadataConflicts, String duplicateOf, long rowsUnresolved, CodeReport codes) {

  /**
   * One line on what of the file was left out as a repeat, naming the file and where to look, or
   * null when nothing was.
   */
  public String repeats() {
    if (duplicateOf != null) {
      return file + ": same content as " + duplicateOf + ", already loaded; nothing of it stored (its "
          + rowsRead + " rows counted in provenance.rows_duplicate)";
    }
    if (rowsDuplicate == 0) {
      return null;
    }
    List<String> kinds = new ArrayList<>();
    long ids = rowsDuplicate - lineCopies - textCopies;
    if (ids > 0) {
      kinds.add(rows(ids) + " repeating an event id already loaded" + (conflicts == 0 ? ""
          : " (" + conflicts + " of them with another event date, listed in table event_conflicts)"));
    }
    if (textCopies > 0) {
      kinds.add(rows(textCopies) + " repeating a document text already stored, listed in table document_copies"
          + (metadataConflicts == 0 ? "" : " (" + metadataConflicts + " of them with conflicting metadata:"
              + " relation conflict, the kept document's metadata stay)"));
    }
    if (lineCopies > 0) {
      kinds.add(rows(lineCopies) + " copying an earlier line of the file exactly");
    }
    return file + ": " + String.join("; ", kinds) + "; not stored, the first is kept";
  }

  private static String rows(long n) {
    return n == 1 ? "1 row" : n + " rows";
  }
}
