package org.dyadscope.collect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The collect stage's progress lines when standard error is not a terminal (logs, CI): one line per
 * file of a source with at most {@link #FILES_ONE_BY_ONE} files; for a source with more (1,555 daily
 * country-graph zips), one line at each tenth of its files and at its last, with the source's running
 * totals, so a log stays readable and still shows that the run moves.
 */
final class FileProgress {
  /** Sources with at most this many files get a line per file (as the report's files table lists them). */
  static final int FILES_ONE_BY_ONE = 6;

  private final int totalFiles;
  private final Map<String, Integer> filesOfSource;
  private final Map<String, long[]> running = new HashMap<>();
  private int done;

  /** @param filesOfSource the number of files each source will load */
  FileProgress(Map<String, Integer> filesOfSource) {
    this.filesOfSource = Map.copyOf(filesOfSource);
    this.totalFiles = filesOfSource.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Counts one loaded file of {@code source}.
   *
   * @return the line to print, or null when this file gets none
   */
  String loaded(String source, FileResult r) {
    done++;
    int files = filesOfSource.getOrDefault(source, 1);
    if (files <= FILES_ONE_BY_ONE) {
      return String.format(Locale.ROOT, "collect [%d/%d] %s: %s", done, totalFiles, r.file(),
          counts(r.rowsRead(), r.rowsLoaded(), r.rowsQuarantined(), r.rowsDuplicate(), r.rowsFiltered()));
    }
    long[] t = running.computeIfAbsent(source, s -> new long[6]);
    t[0]++;
    t[1] += r.rowsRead();
    t[2] += r.rowsLoaded();
    t[3] += r.rowsQuarantined();
    t[4] += r.rowsDuplicate();
    t[5] += r.rowsFiltered();
    int step = (files + 9) / 10;
    if (t[0] % step != 0 && t[0] != files) {
      return null;
    }
    return String.format(Locale.ROOT, "collect [%d/%d] source %s: %,d of %,d files, %s", done, totalFiles, source,
        t[0], files, counts(t[1], t[2], t[3], t[4], t[5]));
  }

  private static String counts(long read, long loaded, long quarantined, long duplicate, long filtered) {
    return String.format(Locale.ROOT, "%,d %s read, %,d loaded, %,d quarantined, %,d duplicate, %,d filtered", read,
        read == 1 ? "row" : "rows", loaded, quarantined, duplicate, filtered);
  }
}
