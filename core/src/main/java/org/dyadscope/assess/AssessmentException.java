package org.dyadscope.assess;

/** The assessment cannot be computed; the message names the theme or indicator, the problem and the fix. */
public final class AssessmentException extends Exception {
  public AssessmentException(String message) {
    super(message);
  }

  public AssessmentException(String message, Throwable cause) {
    super(message, cause);
  }
}
