package org.dyadscope.extract;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * One file as an executor read it, before identity across files is decided.
 *
 * @param sha256 SHA-256 of the file as stored
 * @param contentSha256 SHA-256 of its decompressed content (a zip and its plain member match)
 * @param rowsRead data rows read
 * @param rowsQuarantined lines quarantined
 * @param lineCopies rows dropped as exact copies of an earlier line of the file (ICEWS)
 * @param rowsUnknownActorTokens rows with an unknown actor code token (GDELT)
 * @param events every valid row, {@link ExtractSchema#PARSED}, in Spark's internal form
 * @param quarantine every quarantined line, {@link ExtractSchema#QUARANTINE}
 */
record ParsedFile(FileTask task, String sha256, String contentSha256, long rowsRead, long rowsQuarantined, long lineCopies,
    long rowsUnknownActorTokens, List<InternalRow> events, List<Row> quarantine) implements Serializable {

  /** The same file without its rows: what the driver collects. */
  ParsedFile counts() {
    return new ParsedFile(task, sha256, contentSha256, rowsRead, rowsQuarantined, lineCopies, rowsUnknownActorTokens, List.of(),
        List.of());
  }
}
