package org.dyadscope.collect;

import java.io.IOException;
import java.nio.file.Path;
import org.dyadscope.store.LoadSink;

/**
 * Reads one kind of source file, streaming: never the whole file in memory.
 *
 * <p>Implementations are stateless apart from their lookup tables and safe to reuse across files.
 */
public interface SourceReader {
  /** Format id recorded in the provenance table, e.g. {@code gdelt}, {@code icews-tab}, {@code sipri}. */
  String format();

  /**
   * Reads {@code file} and hands every data row to {@code sink}.
   *
   * @param file the file to read (plain or, where the format allows, {@code .zip})
   * @param source the dataset name rows are tagged with (from the case file)
   * @param fileLabel the file name stored with each row (path relative to the data root)
   * @param sink where rows and rejected lines go
   * @return the number of data rows read (header and preamble lines excluded)
   * @throws IOException when the file cannot be opened or read at all (a bad line is not an error:
   *     it is quarantined)
   */
  long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException;
}
