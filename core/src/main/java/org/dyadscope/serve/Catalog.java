package org.dyadscope.serve;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.assess.Breakpoint;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.collect.CameoTable;
import org.dyadscope.measure.DedupPolicy;
import org.dyadscope.report.Markers;
import org.dyadscope.report.svg.Marker;

/**
 * The closed lists a request is checked against, read once from the store when the server starts
 * (the store is read-only, so they cannot change): the event sources and directed dyads of
 * {@code event_series}, the triads of {@code triads}, the measures (columns of {@code event_series}),
 * the frequencies, the CAMEO root codes with their names, and the case's markers.
 *
 * <p>A triad ({@code RUS-IRN-USA}) stands for its six directed dyads: a series request naming it
 * returns one series per directed dyad of the triad that the store has.
 */
record Catalog(List<String> sources, List<String> dyads, Map<String, List<String>> triads,
    List<String> frequencies, List<Map<String, String>> cameoRoots, List<Map<String, String>> markers,
    DedupPolicy dedup) {

  /** Measures a series view can show: the columns of {@code event_series} of that name. */
  static final List<String> MEASURES = List.of("events", "share", "goldstein_mean", "goldstein_sum",
      "quad1", "quad2", "quad3", "quad4", "tone_mean", "events_dedup");

  static Catalog read(Connection c, CaseFile caseFile, List<Breakpoint> breakpoints) throws SQLException {
    List<String> sources = Rows.strings(c, "SELECT source FROM event_series GROUP BY source ORDER BY min(seq)");
    List<String> dyads = Rows.strings(c, "SELECT dyad FROM event_series GROUP BY dyad ORDER BY min(seq)");
    Map<String, List<String>> triads = new LinkedHashMap<>();
    for (String t : Rows.strings(c, "SELECT triad FROM triads GROUP BY triad ORDER BY min(seq)")) {
      triads.put(t, triadDyads(t, dyads));
    }
    List<String> freqs = Rows.strings(c,
        "SELECT frequency FROM event_series GROUP BY frequency ORDER BY frequency = 'year', frequency");
    List<String> policies = Rows.strings(c, "SELECT DISTINCT dedup_policy FROM event_series WHERE dedup_policy IS NOT NULL");
    DedupPolicy dedup = policies.size() == 1 ? DedupPolicy.of(policies.get(0)) : DedupPolicy.DAILY;
    CameoTable cameo = CameoTable.builtIn();
    List<Map<String, String>> roots = new ArrayList<>();
    cameo.codes().stream().filter(code -> code.length() == 2).sorted()
        .forEach(code -> roots.add(Map.of("code", code, "name", cameo.description(code))));
    List<Map<String, String>> markers = new ArrayList<>();
    if (caseFile != null) {
      List<Marker> all = new ArrayList<>(Markers.forCase(caseFile, breakpoints));
      all.addAll(Markers.regimeBreaks(caseFile));
      all.forEach(m -> markers.add(Map.of("date", m.date().toString(), "label", m.label())));
    }
    return new Catalog(sources, dyads, triads, freqs, List.copyOf(roots), List.copyOf(markers), dedup);
  }

  /** The directed dyads of triad {@code a-b-c} that {@code dyads} holds, in its order. */
  private static List<String> triadDyads(String triad, List<String> dyads) {
    List<String> actors = List.of(triad.split("-"));
    return dyads.stream().filter(d -> {
      String[] ab = d.split("->");
      return ab.length == 2 && actors.contains(ab[0]) && actors.contains(ab[1]);
    }).toList();
  }

  /** Valid values of a series request's {@code dyad}: the directed dyads, then the triads. */
  List<String> dyadsAndTriads() {
    List<String> out = new ArrayList<>(dyads);
    out.addAll(triads.keySet());
    return out;
  }

  List<String> rootCodes() {
    return cameoRoots.stream().map(r -> r.get("code")).toList();
  }

  /** The options view: what the page's controls offer. */
  Map<String, Object> options() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("sources", sources);
    o.put("dyads", dyads);
    o.put("triads", List.copyOf(triads.keySet()));
    o.put("measures", MEASURES);
    o.put("frequencies", frequencies);
    o.put("cameo_roots", cameoRoots);
    o.put("markers", markers);
    return o;
  }

  /**
   * The options as CSV rows {@code option,value,name}: one per source, dyad, triad, measure,
   * frequency, CAMEO root (with its name) and marker (its date, with its label).
   */
  List<Map<String, Object>> optionRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    sources.forEach(v -> rows.add(optionRow("source", v, null)));
    dyads.forEach(v -> rows.add(optionRow("dyad", v, null)));
    triads.keySet().forEach(v -> rows.add(optionRow("triad", v, null)));
    MEASURES.forEach(v -> rows.add(optionRow("measure", v, null)));
    frequencies.forEach(v -> rows.add(optionRow("frequency", v, null)));
    cameoRoots.forEach(r -> rows.add(optionRow("cameo_root", r.get("code"), r.get("name"))));
    markers.forEach(m -> rows.add(optionRow("marker", m.get("date"), m.get("label"))));
    return rows;
  }

  private static Map<String, Object> optionRow(String option, String value, String name) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("option", option);
    r.put("value", value);
    r.put("name", name);
    return r;
  }
}
