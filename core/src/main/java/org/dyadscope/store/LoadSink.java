package org.dyadscope.store;

/**
 * Where a source reader ({@code collect.SourceReader}) puts what it reads from one file. Every data
 * row the reader sees must end in exactly one call: a row method, {@link #quarantine} or
 * {@link #duplicate}; the loader checks that rows read = rows loaded + rows quarantined +
 * duplicates (+ rows an actor filter left out, see {@link FileLoad}) and refuses to commit
 * otherwise. It lives in {@code store}, beside the rows it takes, so that the store never depends
 * on the readers that fill it.
 */
public interface LoadSink {
  /**
   * One event row. A row of an event this sink does not store ({@link #storesEvent} false) may
   * carry only what such an event is counted by; see there.
   */
  void event(EventRow row);

  /**
   * Whether an event whose actors' countries are these (ISO-3 / CAMEO codes, null when unresolved)
   * is stored, or only counted and left out by an actor filter ({@link FileLoad#keepActors}). For a
   * left-out event a reader may hand {@link #event} a row that holds only source, event id, event
   * date, date added, the actors' codes and countries, file and line, the other fields null: the
   * line is checked all the same, and the fields not stored are not copied out of it. The default
   * stores every event.
   */
  default boolean storesEvent(String actor1Country, String actor2Country) {
    return true;
  }

  void idealPoint(IdealPointRow row);

  void armsTransfer(ArmsTransferRow row);

  void document(DocumentRow row);

  /** One cell of a daily country graph: a derived pair weight, never an event. */
  void countryGraph(CountryGraphRow row);

  /**
   * Rejects one input line.
   *
   * @param line 1-based physical line number in the file (or zip member)
   * @param reason short reason that tells the user what is wrong, e.g. "58 fields, expected 61"
   * @param raw the raw line as read (may be truncated by the store for very long lines)
   */
  void quarantine(long line, String reason, String raw);

  /**
   * Drops one input line because it repeats an earlier line of the same file byte for byte (ICEWS
   * files carry such copies; rows repeating an event id are found by the store itself). The store counts it in {@code provenance.rows_duplicate}, so rows
   * read = loaded + quarantined + duplicates. A sink that keeps no such count (the default)
   * quarantines the line instead, which keeps the same total.
   *
   * @param line 1-based physical line number of the copy
   * @param firstLine line number of the first occurrence
   * @param raw the raw line
   */
  default void duplicate(long line, long firstLine, String raw) {
    quarantine(line, "exact duplicate of line " + firstLine, raw);
  }

  /**
   * Takes the codes of the file the reader could not fully read (GDELT: unknown actor code tokens,
   * unmapped ActionGeo country codes), once, after the file's last row. The store writes
   * {@code provenance.rows_unknown_actor_tokens} from it; a sink that keeps no such count (the
   * default) ignores it. It is not a row: rows read stay loaded + quarantined + duplicates.
   */
  default void codeReport(CodeReport report) {}
}
