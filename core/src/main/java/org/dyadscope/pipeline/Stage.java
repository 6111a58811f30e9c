package org.dyadscope.pipeline;

import java.util.List;

/**
 * One stage of a case's run. The store is the contract between stages: a stage reads only the
 * store tables it {@link #requires} and fills the tables it {@link #produces}, so {@link Pipeline}
 * can tell before anything runs whether a stage can run on a given store.
 */
public interface Stage {
  /** The stage's name as {@code run --from} and {@code run --only} take it, e.g. {@code measure}. */
  String name();

  /** The store tables the stage reads, as named in {@code store/schema.sql}. */
  List<String> requires();

  /** The store tables the stage fills, as named in {@code store/schema.sql}. */
  List<String> produces();

  /**
   * Runs the stage over {@code context}'s store.
   *
   * @throws Exception when the stage fails; its message is the one line the run prints
   */
  void run(StageContext context) throws Exception;
}
