package org.dyadscope.collect.fetch;

import java.util.List;

/**
 * The fate of one expected slot, one line of the coverage report.
 *
 * @param slot the expected file
 * @param outcome what became of it
 * @param detail why, in words (e.g. "HTTP 404 Not Found: http://...", "an HTML page ...")
 * @param members member names read from inside the zip (empty when it could not be read)
 * @param rows data rows read from it (0 when not read)
 * @param loaded rows that parsed into events
 * @param quarantined rows that did not
 * @param attempts download attempts made (0 when the file was already complete)
 */
public record SlotResult(Slots.Slot slot, Outcome outcome, String detail, List<String> members, long rows,
    long loaded, long quarantined, int attempts) {
  public SlotResult {
    members = List.copyOf(members);
  }
}
