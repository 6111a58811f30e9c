package org.dyadscope.collect.fetch;

/**
 * What became of one expected file. Every kind of failure has its own value, so a coverage report
 * says why a slot is a gap: a server that has no such file ({@link #NOT_FOUND}) is not a network
 * that timed out ({@link #TIMEOUT}), a bad download ({@link #SIZE_MISMATCH}, {@link #MD5_MISMATCH})
 * is not a bad archive ({@link #NOT_A_ZIP}, {@link #CORRUPT_ZIP}), and none of those is a file
 * whose rows do not parse ({@link #PARSE_ERROR}) or that holds no rows ({@link #EMPTY}).
 */
public enum Outcome {
  /** Downloaded (or already complete), verified and read. */
  LOADED(false),
  /** The master list does not list the slot's file. */
  NOT_IN_MASTER_LIST(true),
  /** The server answered 404 Not Found. */
  NOT_FOUND(true),
  /** The server answered another HTTP error, after retries for 5xx. */
  HTTP_ERROR(true),
  /** No answer or no progress within the timeout, after retries. */
  TIMEOUT(true),
  /** The connection failed (refused, reset) after retries. */
  NETWORK_ERROR(true),
  /** The bytes received do not have the listed size, after retries. */
  SIZE_MISMATCH(true),
  /** The bytes received do not have the listed MD5, after retries. */
  MD5_MISMATCH(true),
  /** The file is not a zip archive at all (e.g. an HTML error page saved under the zip's name). */
  NOT_A_ZIP(true),
  /** The file starts like a zip but cannot be read to its end (bad CRC, truncated entry). */
  CORRUPT_ZIP(true),
  /** The archive reads, but no line of it is a GDELT event row. */
  PARSE_ERROR(true),
  /** The archive reads, but holds no rows: an empty result for a covered period. */
  EMPTY(true);

  /** True when the slot's events are missing from the result. */
  public final boolean gap;

  Outcome(boolean gap) {
    this.gap = gap;
  }
}
