package org.dyadscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyadscope.collect.UnresolvedEntities;
import org.dyadscope.measure.CountryGraphSeries;
import org.junit.jupiter.api.Test;

class SourceNotesTest {
  private static Doc doc() {
    return new Doc("t", "s", List.of(new Doc.Section("case", "Case", List.of(new Doc.Para("x"))),
        new Doc.Section("data", "Data", List.of(new Doc.Para("files")))));
  }

  @Test
  void theDataSectionNamesTheUnresolvedEntitiesAndShowsTheGraphApart() {
    SourceNotes notes = new SourceNotes(
        List.of(new UnresolvedEntities.Entity("icews18", "Donald Trump", 6310, "USA->CHN", 895, 603, 603 / 895.0)),
        List.of(new UnresolvedEntities.NonStateEntity("European Union", "IGOEEU", 67220),
            new UnresolvedEntities.NonStateEntity("Unspecified Actor", "unnamed", 41947)),
        List.of(new CountryGraphSeries.Point("gdelt-graph", "IRN-RUS", "2018", 122, 26482.47, 217.07),
            new CountryGraphSeries.Point("gdelt-graph", "IRN-RUS", "2019", 362, 57602.64, 159.12),
            new CountryGraphSeries.Point("gdelt-graph", "RUS-USA", "2019", 362, 65124.0, 179.9)));
    Doc d = SourceNotes.addTo(doc(), notes);
    assertThat(d.sections().get(0).blocks()).hasSize(1);
    List<Doc.Block> data = d.sections().get(1).blocks();
    assertThat(data).hasSize(4);
    Doc.Table unresolved = (Doc.Table) data.get(1);
    assertThat(unresolved.rows()).containsExactly(List.of("Donald Trump", "icews18", "6,310", "USA->CHN", "895", "603", "67%"));
    assertThat(((Doc.Para) data.get(2)).text()).contains(
        "most frequent first: European Union (IGOEEU, 67,220 rows); Unspecified Actor (unnamed, 41,947 rows).");
    Doc.Table graph = (Doc.Table) data.get(3);
    assertThat(graph.caption()).startsWith("GDELT daily country graph, a DERIVED measure, not events");
    assertThat(graph.header()).containsExactly("Year", "gdelt-graph IRN-RUS", "gdelt-graph RUS-USA");
    assertThat(graph.rows()).containsExactly(List.of("2018", "217.1 (122 d)", "—"),
        List.of("2019", "159.1 (362 d)", "179.9 (362 d)"));
    assertThat(notes.unresolved().get(0).describe())
        .isEqualTo("Donald Trump: 6,310 rows of icews18; USA->CHN could change by up to 67%");
    assertThat(SourceNotes.addTo(doc(), null)).isEqualTo(doc());
  }

  @Test
  void withoutUnresolvedEntitiesOrGraphTheSectionSaysSo() {
    Doc d = SourceNotes.addTo(doc(), new SourceNotes(List.of(), List.of(), List.of()));
    List<Doc.Block> data = d.sections().get(1).blocks();
    assertThat(data).hasSize(2);
    assertThat(((Doc.Para) data.get(1)).text()).startsWith("Every entity of the knowledge-graph sets");
  }
}
