package org.dyadscope.collect;

import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.EventRow;
import org.dyadscope.store.IdealPointRow;

/**
 * Where a {@link SourceReader} puts what it reads from one file. Every data row the reader sees
 * must end in exactly one call: a row method or {@link #quarantine}; the loader checks that
 * rows read = rows loaded + rows quarantined and refuses to commit otherwise.
 */
public interface LoadSink {
  void event(EventRow row);

  void idealPoint(IdealPointRow row);

  void armsTransfer(ArmsTransferRow row);

  void document(DocumentRow row);

  /**
   * Rejects one input line.
   *
   * @param line 1-based physical line number in the file (or zip member)
   * @param reason short reason that tells the user what is wrong, e.g. "58 fields, expected 61"
   * @param raw the raw line as read (may be truncated by the store for very long lines)
   */
  void quarantine(long line, String reason, String raw);
}
