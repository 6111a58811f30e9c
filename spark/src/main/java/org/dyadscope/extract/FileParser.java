package org.dyadscope.extract;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.dyadscope.collect.ContentDigest;
import org.dyadscope.collect.FileDigest;

/**
 * The task of one input file on an executor: streams it from its file system (local, HDFS, an
 * object store; plain or zipped, the zip's members streamed by the core's {@code collect.Lines}),
 * digests it and reads it with the core's reader of its format ({@link RowSink}: its {@link
 * ExtractSchema#STAGED} rows). Two reads of the file, as the local loader's hashing thread and
 * reader make; a zip is inflated once, by the reader ({@code collect.ContentDigest}).
 */
final class FileParser implements FlatMapFunction<FileTask, InternalRow>, Serializable {
  private final ReaderSetup readers;
  private final HashSet<String> keepCountries;
  private final Broadcast<SerializableWritable<Configuration>> hadoop;

  /** @param keepCountries the actor filter, or null to keep every event */
  FileParser(ReaderSetup readers, Set<String> keepCountries, Broadcast<SerializableWritable<Configuration>> hadoop) {
    this.readers = readers;
    this.keepCountries = keepCountries == null ? null : new HashSet<>(keepCountries);
    this.hadoop = hadoop;
  }

  @Override
  public Iterator<InternalRow> call(FileTask task) throws IOException {
    Path path = new Path(task.uri());
    FileSystem fs = path.getFileSystem(hadoop.value().value());
    try {
      FileDigest.Sha256 digests = FileDigest.sha256OfFile(fs.open(path));
      RowSink sink = new RowSink(task, keepCountries);
      // a zip's content digest from the bytes the reader inflates, not from inflating it twice
      ContentDigest inflated = new ContentDigest();
      long read;
      try {
        read = readers.reader(task.source(), task.format()).read(inflated.tap(fs.open(path)), task.uri(),
            task.source(), task.label(), sink);
      } finally {
        inflated.finish();
      }
      return sink.result(read, digests.file(), inflated.content(digests, () -> fs.open(path))).iterator();
    } catch (IOException | UncheckedIOException e) {
      String msg = String.valueOf(e.getMessage());
      throw new IOException(msg.contains(task.uri()) ? msg : task.uri() + ": " + msg, e);
    }
  }
}
