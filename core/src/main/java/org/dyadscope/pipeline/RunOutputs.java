package org.dyadscope.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a run writes into its output folder, and how they get there: a run builds its store and
 * outputs in a work folder beside the output folder ({@link #workFolder}) and {@link #swapIn} moves
 * them into place only when all are written. A run that fails before then leaves the earlier run's
 * outputs exactly as they were; a run that succeeds replaces every one of them, so a stage that is
 * skipped this time (no trace.yaml, --actors) never leaves an earlier run's output looking current.
 * Other files in the output folder are left alone.
 */
final class RunOutputs {
  static final String STORE = "case.duckdb";
  static final List<String> FILES = List.of(STORE, STORE + ".wal", "provenance.csv", "codings.csv", "trace.csv",
      "assessment.csv", "assessment_indicators.csv");
  static final List<String> FOLDERS = List.of("series", "report");

  private RunOutputs() {}

  /**
   * A new empty folder beside {@code outDir} (same file system, so the final moves are renames),
   * named {@code .<out-name>.partial-<pid>-<random>}. Work folders that an earlier run of the same
   * output folder left behind when it was killed (its process no longer alive) are deleted first,
   * each named on the log.
   */
  static Path workFolder(Path outDir) throws IOException {
    Path abs = outDir.toAbsolutePath().normalize();
    Files.createDirectories(abs.getParent());
    String prefix = "." + abs.getFileName() + ".partial-";
    for (Path stale : staleWorkFolders(abs.getParent(), prefix)) {
      delete(stale);
      StageContext.log("removed " + stale + ", the work folder of an interrupted run");
    }
    return Files.createTempDirectory(abs.getParent(), prefix + ProcessHandle.current().pid() + "-");
  }

  /** The folders named {@code <prefix><pid>-...} whose process is not running (a killed run's, which never cleaned up). */
  static List<Path> staleWorkFolders(Path parent, String prefix) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(parent)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        int dash = name.indexOf('-', prefix.length());
        if (!name.startsWith(prefix) || dash < 0 || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(name.substring(prefix.length(), dash));
        } catch (NumberFormatException e) {
          continue; // not a name this class gave
        }
        if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /**
   * Moves everything in {@code work} into {@code outDir} (created if absent), replacing the earlier
   * run's outputs ({@link #FILES}, {@link #FOLDERS}); each move is an atomic rename. When a move
   * fails, the earlier outputs are put back before the error is thrown.
   *
   * @throws IOException when a file cannot be moved (the output folder then holds the earlier outputs)
   */
  static void swapIn(Path work, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    List<String> fresh;
    try (Stream<Path> s = Files.list(work)) {
      fresh = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    Set<String> replaced = new LinkedHashSet<>(FILES);
    replaced.addAll(FOLDERS);
    replaced.addAll(fresh);
    Path old = Files.createTempDirectory(work.getParent(), work.getFileName() + ".old-");
    List<String> movedAside = new ArrayList<>();
    List<String> movedIn = new ArrayList<>();
    try {
      for (String name : replaced) {
        if (Files.exists(outDir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
          rename(outDir.resolve(name), old.resolve(name));
          movedAside.add(name);
        }
      }
      for (String name : fresh) {
        rename(work.resolve(name), outDir.resolve(name));
        movedIn.add(name);
      }
    } catch (IOException e) {
      for (String name : movedIn) {
        rename(outDir.resolve(name), work.resolve(name));
      }
      for (String name : movedAside) {
        rename(old.resolve(name), outDir.resolve(name));
      }
      delete(old);
      throw new IOException(outDir + ": could not move the new outputs into place (" + e.getMessage()
          + "); the earlier outputs are left as they were", e);
    }
    delete(old);
  }

  private static void rename(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Deletes {@code path} and everything under it; nothing when it does not exist. */
  static void delete(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
