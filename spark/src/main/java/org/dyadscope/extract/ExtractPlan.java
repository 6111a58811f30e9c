package org.dyadscope.extract;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.SourceFiles;
import org.dyadscope.collect.SourceFormat;
import org.dyadscope.collect.SourceFormats;

/**
 * The files an extract reads: the files of the case's sources whose format has its dataset's own
 * event ids (GDELT, ICEWS), in the order the local loader reads them (sources as the case lists
 * them, each pattern's files by name, a file named twice once), each labelled with its path
 * relative to the data root. A local data root is expanded by the core's {@link SourceFiles}, as
 * the local loader does; a data root URI ({@code hdfs://}, {@code s3a://}, {@code gs://}) by
 * Hadoop's glob, files sorted by name.
 *
 * @param files the files, in read order
 * @param missing the patterns that matched no file, each as a message naming it
 */
record ExtractPlan(List<FileTask> files, List<String> missing) {

  /**
   * Plans the extract of {@code c}'s event sources under {@code dataRoot}.
   *
   * @param dataRoot a local folder or a Hadoop file system URI
   * @throws IOException when a folder cannot be listed
   */
  static ExtractPlan of(CaseFile c, String dataRoot, Configuration hadoop) throws IOException {
    Map<String, FileTask> files = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (SourceSpec s : c.sources()) {
      SourceFormat format = SourceFormats.get(s.format());
      if (format.eventIdFamily() == null) {
        continue;
      }
      for (String pattern : s.files()) {
        Map<String, String> found = expand(dataRoot, pattern, hadoop);
        if (found.isEmpty()) {
          missing.add(dataRoot + "/" + pattern + ": no such data file (source " + s.name() + ")");
        }
        for (Map.Entry<String, String> f : found.entrySet()) {
          files.putIfAbsent(f.getKey(), new FileTask(files.size(), f.getKey(), f.getValue(), s.name(), s.format(),
              format.eventIdFamily()));
        }
      }
    }
    return new ExtractPlan(List.copyOf(files.values()), List.copyOf(missing));
  }

  /** The local data root as a path, or null when it is a URI of another file system (or no folder). */
  static java.nio.file.Path localRoot(String dataRoot) {
    if (dataRoot.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !dataRoot.startsWith("file:")) {
      return null;
    }
    java.nio.file.Path p = dataRoot.startsWith("file:") ? java.nio.file.Path.of(URI.create(dataRoot))
        : java.nio.file.Path.of(dataRoot);
    return Files.isDirectory(p) ? p.toAbsolutePath().normalize() : null;
  }

  /** File URI to label, in name order. */
  private static Map<String, String> expand(String dataRoot, String pattern, Configuration hadoop) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    java.nio.file.Path local = localRoot(dataRoot);
    if (local != null) {
      for (java.nio.file.Path f : SourceFiles.expand(local, pattern)) {
        out.put(f.toAbsolutePath().normalize().toUri().toString(), SourceFiles.label(local, f));
      }
      return out;
    }
    Path root = new Path(dataRoot);
    FileSystem fs = root.getFileSystem(hadoop);
    FileStatus[] found = fs.globStatus(new Path(root, pattern));
    if (found == null) {
      return out;
    }
    String prefix = fs.makeQualified(root).toString() + "/";
    Arrays.stream(found).filter(FileStatus::isFile).map(st -> st.getPath().toString())
        .sorted(Comparator.naturalOrder())
        .forEach(p -> out.put(p, p.startsWith(prefix) ? p.substring(prefix.length()) : p));
    return out;
  }
}
