package org.dyadscope.yaml;

/** A case file that cannot be used; the message names the file, line and column and the fix. */
public final class CaseFileException extends Exception {
  public CaseFileException(String message) {
    super(message);
  }

  public CaseFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
