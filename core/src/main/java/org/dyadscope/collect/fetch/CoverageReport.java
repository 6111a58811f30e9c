package org.dyadscope.collect.fetch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Expected slots against loaded ones, with every gap named: written as {@code coverage.csv}
 * (slot, first_day, last_day, outcome, gap, detail, members, rows, loaded, quarantined, attempts)
 * and summarised in a few lines for the terminal.
 */
public final class CoverageReport {
  private final List<SlotResult> results;
  private final int listRepeats;

  /**
   * @param results one per expected slot, in slot order
   * @param listRepeats master-list lines dropped as repeats of a listed URL
   */
  public CoverageReport(List<SlotResult> results, int listRepeats) {
    this.results = List.copyOf(results);
    this.listRepeats = listRepeats;
  }

  public List<SlotResult> results() {
    return results;
  }

  /** The slots whose events are missing. */
  public List<SlotResult> gaps() {
    return results.stream().filter(r -> r.outcome().gap).toList();
  }

  /** Rows loaded over all slots. */
  public long rowsLoaded() {
    return results.stream().mapToLong(SlotResult::loaded).sum();
  }

  /** Writes {@code coverage.csv} into {@code dir} and returns its path. */
  public Path write(Path dir) throws IOException {
    Path file = dir.resolve("coverage.csv");
    CSVFormat fmt = CSVFormat.RFC4180.builder().setHeader("slot", "first_day", "last_day", "outcome", "gap",
        "detail", "members", "rows", "loaded", "quarantined", "attempts").get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, fmt)) {
      for (SlotResult r : results) {
        p.printRecord(r.slot().name(), r.slot().first(), r.slot().last(), r.outcome().name().toLowerCase(),
            r.outcome().gap, r.detail(), String.join(";", r.members()), r.rows(), r.loaded(), r.quarantined(),
            r.attempts());
      }
    }
    return file;
  }

  /** A short summary: counts, then one line per gap naming the slot and why. */
  public List<String> summary() {
    List<String> out = new ArrayList<>();
    long loadedSlots = results.size() - gaps().size();
    out.add("expected " + results.size() + " files, loaded " + loadedSlots + ", gaps " + gaps().size()
        + ", rows loaded " + rowsLoaded() + (listRepeats > 0 ? ", " + listRepeats
            + " repeated master-list line" + (listRepeats == 1 ? "" : "s") + " ignored" : ""));
    for (SlotResult g : gaps()) {
      out.add("gap " + g.slot().name() + " (" + g.slot().first()
          + (g.slot().last().equals(g.slot().first()) ? "" : ".." + g.slot().last()) + "): "
          + g.outcome().name().toLowerCase() + ", " + g.detail());
    }
    return out;
  }
}
