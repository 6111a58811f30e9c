package org.dyadscope.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;

/**
 * Loads one file with one reader into a store, atomically: all of its rows or none. Three things
 * run at once: the reader parses on the calling thread, the store appends on a second
 * ({@link PipelinedSink}), and the file's SHA-256 digests for provenance are computed on a third
 * (a zip's content digest from the bytes its reader inflates, on a fourth: {@link ContentDigest}).
 *
 * <p>Identity (README "Filtering actors, de-duplicating"): a file whose decompressed content is
 * already in the store under another label, plain or zipped, stores nothing and is recorded as a
 * duplicate of it; a row of a format with dataset event ids ({@link SourceFormat#datasetEventIds}:
 * GDELT, ICEWS) whose event id was read before, in any file, is not stored (the first row of an id is
 * kept). Reloading the same label replaces its earlier load.
 */
public final class FileLoader {
  private FileLoader() {}

  /**
   * Reads {@code file} with {@code reader} and commits its rows, replacing an earlier load of the
   * same file label.
   *
   * @throws IOException when the file cannot be read (nothing of it is written); the message names
   *     the file, since a reader's own message may not, and says that nothing of it was stored
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
    try {
      return read(store, reader, file, label, source, keepActors);
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not valid UTF-8 (" + e.getMessage() + "); nothing of this file was "
          + "stored; re-save it as UTF-8", e);
    } catch (IOException | RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains(file.getFileName().toString())) {
        throw e;
      }
      throw new IOException(file + ": " + msg + "; nothing of this file was stored", e);
    }
  }

  private static FileResult read(Store store, SourceReader reader, Path file, String label, String source,
      Set<String> keepActors) throws IOException, SQLException {
    // hash on a second thread while the reader parses: the digests are only needed at commit. A
    // zip's content is digested from the bytes its reader inflates (ContentDigest), not inflated twice
    ContentDigest inflated = reader instanceof StreamReader ? new ContentDigest() : null;
    CompletableFuture<FileDigest.Sha256> sha = CompletableFuture.supplyAsync(() -> {
      try {
        return inflated != null ? FileDigest.sha256OfFile(file) : FileDigest.sha256WithContent(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    String idFamily = SourceFormats.get(reader.format()).eventIdFamily();
    try (FileLoad load = store.beginFile(label, reader.format(), idFamily, source, null)) {
      load.keepActors(keepActors);
      // parse on this thread, append on another: the two take about as long as each other
      PipelinedSink pipe = new PipelinedSink(load);
      long read;
      try {
        read = inflated != null
            ? ((StreamReader) reader).read(inflated.open(file), file.toString(), source, label, pipe)
            : reader.read(file, source, label, pipe);
      } finally {
        try {
          pipe.finish(); // the writer is joined whatever happens to the digest
        } finally {
          if (inflated != null) {
            inflated.finish();
          }
        }
      }
      FileDigest.Sha256 digests = digest(sha, file);
      load.setSha256(digests.file());
      load.setContentSha256(inflated == null ? digests.content()
          : inflated.content(digests, () -> Files.newInputStream(file)));
      load.commit(read);
      return new FileResult(label, source, reader.format(), read, load.loaded(), load.quarantined(),
          load.duplicates(), load.filtered(), load.lineCopies(), load.textCopies(), load.conflicts(),
          load.metadataConflicts(), load.duplicateOf(), load.unresolved(), load.codeReport());
    }
  }

  private static FileDigest.Sha256 digest(CompletableFuture<FileDigest.Sha256> sha, Path file) throws IOException {
    try {
      return sha.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(file + ": interrupted while hashing", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      throw c instanceof UncheckedIOException u ? u.getCause() : new IOException(file + ": cannot hash", c);
    }
  }
}
