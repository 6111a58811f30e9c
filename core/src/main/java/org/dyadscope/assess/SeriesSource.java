package org.dyadscope.assess;

/** Computes an indicator's yearly series; {@link DuckDbSeries} runs its SQL over the case store. */
@FunctionalInterface
public interface SeriesSource {
  /**
   * The series of one query.
   *
   * @param id the indicator (or third-party series) id, used in messages
   * @param sql its query, returning (year, value) rows
   * @throws AssessmentException when the query fails or returns the wrong shape
   */
  YearSeries load(String id, String sql) throws AssessmentException;
}
