package org.dyadscope.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.collect.UnresolvedEntities;
import org.dyadscope.measure.CountryGraphSeries;
import org.dyadscope.store.Store;

/**
 * What the data section adds about the sources beyond their files: the most frequent entities no
 * rule resolved to a country and how much each could change a dyad's count (table
 * {@code unresolved_entities}), and the GDELT daily country graph, a derived weight shown apart from
 * the event counts (table {@code country_graph_series}, yearly).
 *
 * @param unresolved the most frequent unresolved entities that may belong to a state, each with the dyad it could
 *     change most
 * @param nonState the most frequent unresolved entities without a country by definition (international
 *     organisations, regions, ICEWS's unnamed actors), named apart
 * @param graphYearly the daily country graph's yearly series
 */
public record SourceNotes(List<UnresolvedEntities.Entity> unresolved, List<UnresolvedEntities.NonStateEntity> nonState,
    List<CountryGraphSeries.Point> graphYearly) {
  /** Unresolved entities the report lists. */
  static final int SHOWN_ENTITIES = 10;

  /**
   * Reads both from the store.
   *
   * @throws SQLException when a table is missing
   */
  public static SourceNotes read(Store store) throws SQLException {
    return new SourceNotes(UnresolvedEntities.read(store, SHOWN_ENTITIES),
        UnresolvedEntities.readNonState(store, SHOWN_ENTITIES), CountryGraphSeries.read(store, "year"));
  }

  /** {@code doc} with the notes' blocks at the end of its data section; unchanged when {@code notes} is null. */
  static Doc addTo(Doc doc, SourceNotes notes) {
    if (notes == null) {
      return doc;
    }
    List<Doc.Section> sections = new ArrayList<>();
    for (Doc.Section s : doc.sections()) {
      if (s.id().equals("data")) {
        List<Doc.Block> b = new ArrayList<>(s.blocks());
        b.add(unresolved(notes.unresolved()));
        if (!notes.nonState().isEmpty()) {
          b.add(nonState(notes.nonState()));
        }
        if (!notes.graphYearly().isEmpty()) {
          b.add(graph(notes.graphYearly()));
        }
        s = new Doc.Section(s.id(), s.title(), b);
      }
      sections.add(s);
    }
    return new Doc(doc.title(), doc.subtitle(), sections);
  }

  private static Doc.Block unresolved(List<UnresolvedEntities.Entity> es) {
    if (es.isEmpty()) {
      return new Doc.Para("Every entity of the knowledge-graph sets that could change a case dyad's count resolved to"
          + " a country (or no such set was loaded).");
    }
    List<List<String>> rows = new ArrayList<>();
    for (UnresolvedEntities.Entity e : es) {
      rows.add(List.of(e.entity(), e.source(), Num.count(e.rows()), e.dyad(), Num.count(e.dyadEvents()),
          Num.count(e.couldAdd()), e.maxChange() == null ? "—" : Math.round(100 * e.maxChange()) + "%"));
    }
    return new Doc.Table("Entities left without a country, most frequent first (names of the knowledge-graph sets"
        + " that neither a country name, an \"X (Country)\" form, the case's entity_overrides, the dated office"
        + " holders nor the PETRARCH-2 dictionaries resolve on the event's date), each with the case dyad it could"
        + " change most: Could add = its rows that would become that dyad's events were it resolved to the dyad's"
        + " source or target; Up to = Could add / the dyad's events. Add an entity_overrides entry for one that"
        + " belongs to a state; every entity and dyad is in the store's unresolved_entities table.",
        List.of("Entity", "Source", "Rows", "Dyad", "Dyad events", "Could add", "Up to"), rows, List.of(2, 4, 5, 6));
  }

  private static Doc.Block nonState(List<UnresolvedEntities.NonStateEntity> es) {
    List<String> named = new ArrayList<>();
    for (UnresolvedEntities.NonStateEntity e : es) {
      named.add(e.entity() + " (" + e.code() + ", " + Num.count(e.rows()) + " rows)");
    }
    return new Doc.Para("Left out of that table as without a country by definition (the PETRARCH-2 dictionaries code"
        + " them only as international organisations, regions or groups, or ICEWS leaves the actor unnamed), most"
        + " frequent first: " + String.join("; ", named) + ". Their events are not any state's, so they are not"
        + " missing from a dyad; the store's unresolved_entities table has them with their non_state_code.");
  }

  private static Doc.Block graph(List<CountryGraphSeries.Point> ps) {
    Map<String, List<String>> byYear = new LinkedHashMap<>();
    List<String> pairs = new ArrayList<>();
    for (CountryGraphSeries.Point p : ps) {
      if (!pairs.contains(p.source() + " " + p.pair())) {
        pairs.add(p.source() + " " + p.pair());
      }
    }
    for (CountryGraphSeries.Point p : ps) {
      List<String> row = byYear.computeIfAbsent(p.period(), k -> {
        List<String> r = new ArrayList<>(List.of(k));
        pairs.forEach(x -> r.add("—"));
        return r;
      });
      row.set(1 + pairs.indexOf(p.source() + " " + p.pair()),
          Num.fixed(p.weightMean(), 1) + " (" + Num.count(p.days()) + " d)");
    }
    List<String> header = new ArrayList<>(List.of("Year"));
    header.addAll(pairs);
    List<Integer> numeric = new ArrayList<>();
    for (int i = 1; i <= pairs.size(); i++) {
      numeric.add(i);
    }
    return new Doc.Table("GDELT daily country graph, a DERIVED measure, not events: mean daily weight per"
        + " undirected country pair and year (days with a matrix). A day's weight sums, over that day's GDELT 2.0"
        + " events whose two actor codes are bare country codes, Goldstein + sign × (0.025 × NumSources + 0.01 ×"
        + " NumArticles) + 0.01 × AvgTone (gzemo/gdelt-graph-data, README and builder.py); it mixes tone and"
        + " coverage into the Goldstein score and no event count can be recovered from it, so it is never"
        + " compared with the event series. Monthly values: ../series/country_graph_monthly.csv.",
        header, new ArrayList<>(byYear.values()), numeric);
  }
}
