package org.dyadscope.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed, validated case file ({@code case.yaml}): what a run analyses.
 *
 * @param name case name, used for the default output folder
 * @param title human title for the report
 * @param folder the folder the case file lives in
 * @param actors the case's actors
 * @param dyads the directed dyads to measure ({@code RUS<->USA} in the file gives both directions)
 * @param triads triads of actor codes, e.g. [RUS, IRN, USA]
 * @param period the case period, whole months
 * @param frequencies series frequencies to write, in case-file order
 * @param lookups lookup tables relative to the data root
 * @param sources data sources, in load order
 * @param entityOverrides TKG/ICEWS entity name → country code, applied before dictionary lookup
 */
public record CaseFile(
    String name,
    String title,
    Path folder,
    List<Actor> actors,
    List<Dyad> dyads,
    List<List<String>> triads,
    Period period,
    List<Frequency> frequencies,
    Lookups lookups,
    List<SourceSpec> sources,
    Map<String, String> entityOverrides) {}
