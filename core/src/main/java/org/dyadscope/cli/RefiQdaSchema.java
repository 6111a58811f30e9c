package org.dyadscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Finds a REFI-QDA schema ({@code Project.xsd}, {@code Codebook.xsd}) under the data root's {@code refi-qda/}. */
final class RefiQdaSchema {
  private RefiQdaSchema() {}

  /**
   * The schema file, or null when no data root is given or it lacks the file (the caller then says
   * that it did not validate).
   */
  static Path find(Path data, String fileName, CommandLine cl) {
    Path root = DataRoot.optional(data, cl);
    Path xsd = root == null ? null : root.resolve("refi-qda").resolve(fileName);
    return xsd != null && Files.isRegularFile(xsd) ? xsd : null;
  }

  /** The line saying the document was not validated, and how to validate it. */
  static String notValidated(String fileName) {
    return "not validated: no refi-qda/" + fileName + " under --data (or $DYADSCOPE_DATA); give the data root"
        + " holding the REFI-QDA schemas to validate";
  }
}
