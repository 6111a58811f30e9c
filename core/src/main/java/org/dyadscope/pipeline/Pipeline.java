package org.dyadscope.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The stages of a run in order, and the check of their declarations: before anything runs, each
 * stage's required tables must be produced by an earlier stage of the run or be present in the
 * store, else the run is refused in one line naming the stage, the table and the stage to run from.
 */
public final class Pipeline {
  private final List<Stage> stages;

  /** @throws IllegalArgumentException when two stages share a name */
  public Pipeline(List<Stage> stages) {
    Set<String> names = new HashSet<>();
    for (Stage s : stages) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("two stages are named " + s.name());
      }
    }
    this.stages = List.copyOf(stages);
  }

  /** collect, code, measure, trace, assess, report. */
  public static Pipeline standard() {
    return new Pipeline(List.of(new CollectStage(), new CodeStage(), new MeasureStage(), new TraceStage(),
        new AssessStage(), new ReportStage()));
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The stages from {@code name} to the last, for {@code run --from}. */
  public List<Stage> from(String name) throws PipelineException {
    return stages.subList(indexOf(name), stages.size());
  }

  /** The stage {@code name} alone, for {@code run --only}. */
  public List<Stage> only(String name) throws PipelineException {
    return List.of(stages.get(indexOf(name)));
  }

  private int indexOf(String name) throws PipelineException {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new PipelineException("no stage " + name + "; the stages are " + String.join(", ", names(stages)));
  }

  private static List<String> names(List<Stage> run) {
    return run.stream().map(Stage::name).toList();
  }

  /**
   * Checks that every stage of {@code run} (in order) finds the tables it requires.
   *
   * @param present the tables the store holds before the run (none for a fresh store)
   * @throws PipelineException naming the first stage and table that fail, and the stage to run from
   */
  public void check(List<Stage> run, Set<String> present) throws PipelineException {
    Set<String> available = new HashSet<>(present);
    for (Stage s : run) {
      for (String table : s.requires()) {
        if (!available.contains(table)) {
          throw new PipelineException("stage " + s.name() + " requires table " + table
              + ", which no earlier stage of this run produces and no run on this store has filled; " + fix(s, table));
        }
      }
      available.addAll(s.produces());
    }
  }

  /** The stage before {@code stage} that produces {@code table}, as a fix; else the declarations are wrong. */
  private String fix(Stage stage, String table) {
    for (Stage s : stages) {
      if (s == stage) {
        break;
      }
      if (s.produces().contains(table)) {
        return "run from " + s.name();
      }
    }
    return "no stage before it produces it: declare the table in the stage that fills it";
  }

  /**
   * Runs {@code run} in order over {@code context}, with a progress line before each stage and its
   * wall time after; the first stage that throws stops the run.
   */
  public void run(List<Stage> run, StageContext context) throws Exception {
    for (int i = 0; i < run.size(); i++) {
      Stage s = run.get(i);
      StageContext.log(String.format(Locale.ROOT, "stage %d/%d: %s", i + 1, run.size(), s.name()));
      long start = System.nanoTime();
      s.run(context);
      StageLog.record(context.store(), s.name());
      StageContext.log(String.format(Locale.ROOT, "stage %s done in %.1f s", s.name(),
          (System.nanoTime() - start) / 1e9));
    }
  }

  /** The stage names of {@code run}, comma-separated, for the run's first line. */
  static String describe(List<Stage> run) {
    return String.join(", ", names(run));
  }
}
