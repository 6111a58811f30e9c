package org.dyadscope.collect;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands a source's file patterns (globs relative to the data root) to existing files, sorted. */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * Files matching {@code pattern} under {@code dataRoot}, in name order; empty when none match.
   * Only the last path element may hold wildcards ({@code gdelt/v2_export/*.CSV}).
   */
  public static List<Path> expand(Path dataRoot, String pattern) throws IOException {
    Path p = dataRoot.resolve(pattern);
    String last = p.getFileName().toString();
    if (!last.contains("*") && !last.contains("?") && !last.contains("[") && !last.contains("{")) {
      return Files.isRegularFile(p) ? List.of(p) : List.of();
    }
    Path dir = p.getParent();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + last);
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(f -> Files.isRegularFile(f) && m.matches(f.getFileName())).sorted().forEach(out::add);
    }
    return out;
  }

  /**
   * The label stored for a file: its path relative to the data root, with '/' separators; its
   * absolute path when it lies outside the root or there is none ({@code dataRoot} null).
   */
  public static String label(Path dataRoot, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path root = dataRoot == null ? null : dataRoot.toAbsolutePath().normalize();
    Path rel = root != null && abs.startsWith(root) ? root.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }
}
