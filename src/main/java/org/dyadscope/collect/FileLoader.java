package org.dyadscope.collect;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
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
    String sha = FileDigest.sha256(file);
    try (FileLoad load = store.beginFile(label, reader.format(), source, sha)) {
      long read = reader.read(file, source, label, load);
      load.commit(read);
      return new FileResult(label, source, reader.format(), read, load.loaded(), load.quarantined(),
          load.unresolved());
    }
  }
}
