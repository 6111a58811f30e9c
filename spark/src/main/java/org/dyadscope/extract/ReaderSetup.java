package org.dyadscope.extract;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dyadscope.cases.Lookups;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.ReaderRegistry;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.collect.StreamReader;

/**
 * What an executor needs to build the core's reader of a source, sent with the tasks: the readers
 * are the local loader's ({@link ReaderRegistry}), with the same lookup tables, so that every row is
 * checked by the same code.
 *
 * <p>The lookup tables are read from the data root when it is a local folder the executor sees (as
 * in {@code local[*]} and the bench's cluster on one machine); otherwise the tables built into the
 * core serve, which equal the published GDELT and PETRARCH-2 files (a core test checks it).
 *
 * @param dataRoot the data root as a local path, or null when it is not one (an object store)
 * @param cameoEventCodes the case's lookups ({@link Lookups}), relative to the data root
 */
record ReaderSetup(String dataRoot, String cameoEventCodes, String cameoGoldstein, String cameoNames,
    String actorDictionaries, String cameoType) implements Serializable {
  /** One registry per setup and JVM: the lookup tables load once per executor, not once per file. */
  private static final Map<ReaderSetup, ReaderRegistry> REGISTRIES = new ConcurrentHashMap<>();

  static ReaderSetup of(String localDataRoot, Lookups l) {
    return new ReaderSetup(localDataRoot, l.cameoEventCodes(), l.cameoGoldstein(), l.cameoNames(),
        l.actorDictionaries(), l.cameoType());
  }

  /**
   * The core's reader of {@code source} in {@code format}.
   *
   * @throws IOException when a lookup table is missing or malformed
   * @throws IllegalArgumentException when the format has no stream reader (only formats with their
   *     dataset's own event ids, GDELT and ICEWS, are extracted)
   */
  StreamReader reader(String source, String format) throws IOException {
    ReaderRegistry registry = REGISTRIES.computeIfAbsent(this, ReaderSetup::registry);
    SourceReader r;
    synchronized (registry) { // the registry builds each reader once; the readers themselves are thread-safe
      r = registry.reader(new SourceSpec(source, format, List.of(), Map.of()));
    }
    if (!(r instanceof StreamReader s)) {
      throw new IllegalArgumentException("source " + source + ": format " + format
          + " cannot be extracted on Spark; only gdelt and icews-tab sources can");
    }
    return s;
  }

  private ReaderRegistry registry() {
    Path root = dataRoot == null || !Files.isDirectory(Path.of(dataRoot)) ? null : Path.of(dataRoot);
    return new ReaderRegistry(root, new Lookups(cameoEventCodes, cameoGoldstein, cameoNames, actorDictionaries,
        cameoType), Map.of());
  }
}
