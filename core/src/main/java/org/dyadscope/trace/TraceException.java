package org.dyadscope.trace;

/** A trace that cannot be computed (an observation that fails, evidence impossible under every hypothesis). */
public final class TraceException extends Exception {
  public TraceException(String message) {
    super(message);
  }

  public TraceException(String message, Throwable cause) {
    super(message, cause);
  }
}
