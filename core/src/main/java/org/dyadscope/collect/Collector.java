package org.dyadscope.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.store.CodeReport;
import org.dyadscope.store.Store;

/**
 * The collect stage for a case: every file of every source into the store, one file per
 * transaction, with a progress bar over bytes on standard error.
 */
public final class Collector {
  /** What the whole collect stage did; {@code missing} lists patterns that matched no file. */
  public record Result(List<FileResult> files, List<String> missing) {
    public long rowsLoaded() {
      return files.stream().mapToLong(FileResult::rowsLoaded).sum();
    }
  }

  private final Path dataRoot;
  private final ReaderRegistry readers;

  private static ProgressBar bar(long bytes) {
    return new ProgressBarBuilder().setTaskName("collect").setInitialMax(Math.max(bytes, 1))
        .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).showSpeed().continuousUpdate()
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
  }

  public Collector(Path dataRoot, ReaderRegistry readers) {
    this.dataRoot = dataRoot;
    this.readers = readers;
  }

  /**
   * Loads all sources of {@code c} into {@code store}, keeping only events where either actor's
   * country is in {@code keepActors} (null keeps all). Daily totals of every source are counted
   * before the filter ({@code source_totals}), so shares remain shares of all events.
   *
   * @param warn receives one line per missing file pattern, naming it and what to do, and one line
   *     per file with codes the reader could not fully read ({@link CodeReport#summary}: GDELT
   *     unknown actor code tokens, the 5 most frequent with counts, and ActionGeo country codes the
   *     FIPS crosswalk maps to no country), and one line per file with rows left out as repeats
   *     ({@link FileResult#repeats})
   * @param progress receives one line per loaded file when standard error is not a terminal
   * @throws IOException when a present file cannot be read or a lookup table is missing
   * @throws SQLException when the store cannot be written
   */
  public Result collect(CaseFile c, Store store, Consumer<String> warn, Consumer<String> progress,
      Set<String> keepActors) throws IOException, SQLException {
    return collect(c, store, warn, progress, keepActors, Set.of());
  }

  /**
   * As {@link #collect(CaseFile, Store, Consumer, Consumer, Set)}, leaving out the sources named in
   * {@code loaded} (already in the store: read from a Parquet extract, {@code run --extract}).
   */
  public Result collect(CaseFile c, Store store, Consumer<String> warn, Consumer<String> progress,
      Set<String> keepActors, Set<String> loaded) throws IOException, SQLException {
    Map<Path, SourceSpec> files = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (SourceSpec s : c.sources()) {
      if (loaded.contains(s.name())) {
        continue;
      }
      for (String pattern : s.files()) {
        List<Path> found = SourceFiles.expand(dataRoot, pattern);
        if (found.isEmpty()) {
          missing.add(pattern);
          warn.accept(dataRoot.resolve(pattern) + ": no such data file (source " + s.name()
              + "); download it into the data root or remove it from " + c.folder().resolve("case.yaml"));
        }
        found.forEach(f -> files.putIfAbsent(f, s));
      }
    }
    if (files.isEmpty()) {
      return new Result(List.of(), List.copyOf(missing));
    }
    // Build the readers first, so a bad option or a missing lookup table fails before any file loads.
    for (SourceSpec s : new java.util.LinkedHashSet<>(files.values())) {
      try {
        readers.reader(s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(c.folder().resolve("case.yaml") + ": " + e.getMessage(), e);
      }
    }
    long bytes = 0;
    for (Path f : files.keySet()) {
      bytes += Files.size(f);
    }
    List<FileResult> results = new ArrayList<>();
    // A bar redraws in place on a terminal; in logs and CI lines per file (or per tenth of a large source) read better.
    boolean terminal = System.console() != null;
    Map<String, Integer> filesOfSource = new LinkedHashMap<>();
    files.values().forEach(s -> filesOfSource.merge(s.name(), 1, Integer::sum));
    FileProgress lines = new FileProgress(filesOfSource);
    try (ProgressBar bar = terminal ? bar(bytes) : null) {
      for (Map.Entry<Path, SourceSpec> e : files.entrySet()) {
        SourceSpec spec = e.getValue();
        Path f = e.getKey();
        if (bar != null) {
          bar.setExtraMessage(" " + f.getFileName());
        }
        FileResult r = FileLoader.load(store, readers.reader(spec), f, SourceFiles.label(dataRoot, f), spec.name(),
            keepActors);
        results.add(r);
        String codes = r.codes().summary(r.file());
        if (codes != null) {
          warn.accept(codes);
        }
        String repeats = r.repeats();
        if (repeats != null) {
          warn.accept(repeats);
        }
        if (bar != null) {
          bar.stepBy(Files.size(f));
        } else {
          String line = lines.loaded(spec.name(), r);
          if (line != null) {
            progress.accept(line);
          }
        }
      }
    }
    return new Result(List.copyOf(results), List.copyOf(missing));
  }
}
