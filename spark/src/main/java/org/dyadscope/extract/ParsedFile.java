package org.dyadscope.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One file as an executor read it, before identity across files is decided: its counts.
 *
 * @param sha256 SHA-256 of the file as stored
 * @param contentSha256 SHA-256 of its decompressed content (a zip and its plain member match)
 * @param rowsRead data rows read
 * @param rowsQuarantined lines quarantined
 * @param lineCopies rows dropped as exact copies of an earlier line of the file (ICEWS)
 * @param rowsUnknownActorTokens rows with an unknown actor code token (GDELT)
 */
record ParsedFile(FileTask task, String sha256, String contentSha256, long rowsRead, long rowsQuarantined, long lineCopies,
    long rowsUnknownActorTokens) {

  /**
   * The files' counts from their {@link ExtractSchema#FILE} rows of the staged rows.
   *
   * @param staged the {@link ExtractSchema#STAGED} rows of the planned files
   * @throws IllegalStateException when a planned file has no counts (the parse lost it: a bug)
   */
  static List<ParsedFile> of(Dataset<Row> staged, List<FileTask> planned) {
    Map<Integer, Row> byOrder = staged.filter(staged.col("kind").equalTo(ExtractSchema.FILE))
        .select("file_order", "sha256", "content_sha256", "rows_read", "rows_quarantined", "line_copies",
            "rows_unknown_actor_tokens")
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getInt(0), Function.identity()));
    return planned.stream().map(t -> {
      Row r = byOrder.get(t.order());
      if (r == null) {
        throw new IllegalStateException(t.uri() + ": the parse gave no counts of this file; nothing written (please report)");
      }
      return new ParsedFile(t, r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
    }).toList();
  }
}
