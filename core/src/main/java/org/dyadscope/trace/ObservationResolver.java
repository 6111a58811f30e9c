package org.dyadscope.trace;

/**
 * Evaluates the query observations of evidence items (literal observations never reach it). The
 * {@code run} command implements it over the case's DuckDB store; tests use a map.
 */
@FunctionalInterface
public interface ObservationResolver {
  /**
   * What the data say for one item.
   *
   * @param item the evidence item whose observation is {@code query}
   * @param query its query and threshold
   * @return present, absent, or unavailable when the data cannot tell (the item is then skipped)
   * @throws TraceException when the query cannot be evaluated (its message names the item)
   */
  Observed resolve(EvidenceItem item, Observation.Query query) throws TraceException;

  /** A resolver for cases whose observations are all literal; a query is an error. */
  static ObservationResolver literalOnly() {
    return (item, query) -> {
      throw new TraceException("evidence " + item.id() + " is observed by a query over the store ("
          + query.sql() + "); run it against a case store, or state observation: {value: present|absent}");
    };
  }
}
