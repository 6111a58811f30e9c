package org.dyadscope.pipeline;

/** A stage that ran and could not finish (e.g. collect loaded nothing); the message is one line with the fix. */
public final class StageFailure extends Exception {
  public StageFailure(String message) {
    super(message);
  }
}
