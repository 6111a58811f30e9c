package org.dyadscope.pipeline;

/**
 * A run the stage declarations refuse before anything runs (a required table no earlier stage
 * produces and no run on the store has filled, an unknown stage name, no store to rerun over): bad usage, exit 2.
 * The message is one line naming the stage, the table and what to run instead.
 */
public final class PipelineException extends Exception {
  public PipelineException(String message) {
    super(message);
  }
}
