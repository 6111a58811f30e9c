package org.dyadscope.trace;

/**
 * How an evidence item's observation is known: stated in the case ({@link Literal}) or computed
 * later from the store by a query and a threshold ({@link Query}), which an
 * {@link ObservationResolver} evaluates.
 */
public sealed interface Observation permits Observation.Literal, Observation.Query {
  /** Written {@code observation: {value: present}} (or {@code absent}). */
  record Literal(boolean present) implements Observation {}

  /**
   * Written {@code observation: {query: "SELECT count(*) FROM events WHERE ...", test: ">= 3"}}.
   *
   * @param sql a query over the case store returning one number (one row, one column)
   * @param test the comparison that makes E present
   */
  record Query(String sql, Threshold test) implements Observation {
    public Query {
      if (sql == null || sql.isBlank()) {
        throw new IllegalArgumentException("an observation query needs SQL text");
      }
      if (test == null) {
        throw new IllegalArgumentException("an observation query needs a test, e.g. \">= 3\"");
      }
    }
  }
}
