package org.dyadscope.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadscope.store.LoadSink;

/**
 * A {@link SourceReader} that also reads a file from a stream, with the same parse and check of
 * every row: the one definition of a valid row for the local loader and for the Spark extract,
 * whose executors read files of distributed file systems and object stores (module {@code spark}).
 */
public interface StreamReader extends SourceReader {
  /**
   * Reads the plain or zipped file in {@code stream} (closed when done) and hands every data row to
   * {@code sink}, exactly as {@link #read(Path, String, String, LoadSink)} does for a local file.
   *
   * @param name the file's path or URI, for error messages
   * @return the number of data rows read
   * @throws IOException when the stream cannot be read, or the file is refused whole (a bad line is
   *     quarantined, not an error)
   */
  long read(InputStream stream, String name, String source, String fileLabel, LoadSink sink) throws IOException;

  @Override
  default long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
    return read(Files.newInputStream(file), file.toString(), source, fileLabel, sink);
  }
}
