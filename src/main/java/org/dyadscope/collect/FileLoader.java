package org.dyadscope.collect;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;

/** Loads one file with one reader into a store, atomically: all of its rows or none. */
public final class FileLoader {
  private FileLoader() {}

  /**
   * Reads {@code file} with {@code reader} and commits its rows, replacing an earlier load of the
   * same file label.
   *
   * @throws IOException when the file cannot be read (nothing of it is written)
   * @throws SQLException when the store cannot be written (nothing of it is written)
   */
  public static FileResult load(Store store, SourceReader reader, Path file, String label, String source)
      throws IOException, SQLException {
    return load(store, reader, file, label, source, null);
  }

  /**
   * As {@link #load(Store, SourceReader, Path, String, String)}, keeping only events where either
   * actor's country is in {@code keepActors} (null keeps all); every event still counts in the
   * source's daily totals, so shares stay shares of all events of the source.
   */
  public static FileResult load(Store store, SourceReader reader, Path file, String label, String source,
      Set<String> keepActors) throws IOException, SQLException {
    String sha = FileDigest.sha256(file);
    try (FileLoad load = store.beginFile(label, reader.format(), source, sha)) {
      load.keepActors(keepActors);
      long read = reader.read(file, source, label, load);
      load.commit(read);
      return new FileResult(label, source, reader.format(), read, load.loaded(), load.quarantined(),
          load.unresolved());
    }
  }
}
