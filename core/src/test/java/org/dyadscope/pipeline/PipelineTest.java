package org.dyadscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyadscope.store.Store;
import org.dyadscope.store.StoreQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declaration check, on a fake stage set and on the six stages of a run. */
class PipelineTest {
  /** A stage that records its run in {@code ran} and fails when {@code fails}. */
  private record Fake(String name, List<String> requires, List<String> produces, List<String> ran, boolean fails)
      implements Stage {
    @Override
    public void run(StageContext context) throws StageFailure {
      ran.add(name);
      if (fails) {
        throw new StageFailure(name + " failed");
      }
    }
  }

  private final List<String> ran = new ArrayList<>();
  // load fills raw; count needs raw and fills counts; chart needs counts and a lookup table no stage fills
  private final Pipeline fake = new Pipeline(List.of(
      new Fake("load", List.of(), List.of("raw"), ran, false),
      new Fake("count", List.of("raw"), List.of("counts"), ran, false),
      new Fake("chart", List.of("counts", "palette"), List.of(), ran, false)));

  @Test
  void aTableProducedByAnEarlierStageOrPresentInTheStorePasses() throws Exception {
    fake.check(fake.stages(), Set.of("palette"));
    fake.check(fake.from("count"), Set.of("raw", "palette"));
    fake.check(fake.only("chart"), Set.of("counts", "palette"));
  }

  @Test
  void aMissingTableNamesTheStageTheTableAndTheStageToRunFrom() {
    assertThatThrownBy(() -> fake.check(fake.from("count"), Set.of("palette")))
        .isInstanceOf(PipelineException.class)
        .hasMessage("stage count requires table raw, which no earlier stage of this run produces and no run on this store has filled; run from load");
    assertThatThrownBy(() -> fake.check(fake.only("chart"), Set.of("raw", "palette")))
        .hasMessage("stage chart requires table counts, which no earlier stage of this run produces and no run on this store has filled; "
            + "run from count");
    // no stage fills palette: the declarations are at fault, not the store
    assertThatThrownBy(() -> fake.check(fake.stages(), Set.of()))
        .hasMessage("stage chart requires table palette, which no earlier stage of this run produces and no run on this store has filled; "
            + "no stage before it produces it: declare the table in the stage that fills it");
  }

  @Test
  void aTableOnlyALaterStageProducesDoesNotCount() {
    Pipeline backwards = new Pipeline(List.of(new Fake("count", List.of("raw"), List.of("counts"), ran, false),
        new Fake("load", List.of(), List.of("raw"), ran, false)));
    assertThatThrownBy(() -> backwards.check(backwards.stages(), Set.of()))
        .hasMessageStartingWith("stage count requires table raw, which no earlier stage of this run produces")
        .hasMessageEndingWith("no stage before it produces it: declare the table in the stage that fills it");
  }

  @Test
  void stagesRunInOrderTheFirstFailureStopsTheRunAndOnlyFinishedStagesAreLogged(@TempDir Path dir) throws Exception {
    Pipeline failing = new Pipeline(List.of(new Fake("load", List.of(), List.of("raw"), ran, false),
        new Fake("count", List.of("raw"), List.of("counts"), ran, true),
        new Fake("chart", List.of("counts"), List.of(), ran, false)));
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      StageContext ctx = new StageContext(null, null, store, dir, dir, null, null, true, null, "lexicon");
      assertThatThrownBy(() -> failing.run(failing.stages(), ctx)).hasMessage("count failed");
      assertThat(ran).containsExactly("load", "count");
      assertThat(StoreQueries.column(store, "SELECT stage FROM stages_done")).containsExactly("load");
    }
  }

  @Test
  void unknownAndRepeatedStageNamesAreRefused() {
    assertThatThrownBy(() -> fake.from("plot")).isInstanceOf(PipelineException.class)
        .hasMessage("no stage plot; the stages are load, count, chart");
    assertThatThrownBy(() -> new Pipeline(List.of(new Fake("load", List.of(), List.of(), ran, false),
        new Fake("load", List.of(), List.of(), ran, false)))).hasMessage("two stages are named load");
  }

  @Test
  void theSixStagesOfARunDeclareEveryTableTheyRequire() throws Exception {
    Pipeline p = Pipeline.standard();
    assertThat(p.stages()).extracting(Stage::name)
        .containsExactly("collect", "code", "measure", "trace", "assess", "report");
    p.check(p.stages(), Set.of()); // a full run needs nothing from the store
    // a store made by collect alone: measure needs code's codings
    Set<String> collected = Set.copyOf(p.stages().get(0).produces());
    assertThatThrownBy(() -> p.check(p.from("measure"), collected))
        .hasMessage("stage measure requires table codings, which no earlier stage of this run produces and no run "
            + "on this store has filled; run from code");
    p.check(p.from("code"), collected);
    assertThatThrownBy(() -> p.check(p.only("report"), collected))
        .hasMessage("stage report requires table event_series, which no earlier stage of this run produces and "
            + "no run on this store has filled; run from measure");
  }
}
