package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Resolves the data root from {@code --data} or {@code $DYADSCOPE_DATA}. */
final class DataRoot {
  static final String ENV = "DYADSCOPE_DATA";

  private DataRoot() {}

  /** The data root; a usage error (exit 2) when neither is given or the folder does not exist. */
  static Path resolve(Path option, CommandLine cl) {
    Path root = optional(option, cl);
    if (root == null) {
      throw new CommandLine.ParameterException(cl,
          "no data root: pass --data DIR (e.g. --data ../shared/data) or set " + ENV);
    }
    return root;
  }

  /**
   * The data root, or null when neither is given (for commands whose lookup tables are built in); a
   * usage error (exit 2) when the folder given does not exist.
   */
  static Path optional(Path option, CommandLine cl) {
    String env = System.getenv(ENV);
    Path root = option != null ? option : env == null || env.isBlank() ? null : Path.of(env);
    if (root != null && !Files.isDirectory(root)) {
      throw new CommandLine.ParameterException(cl,
          root + ": data root is not a folder; pass --data with the folder holding the data files");
    }
    return root;
  }
}
