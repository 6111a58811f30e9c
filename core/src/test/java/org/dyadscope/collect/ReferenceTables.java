package org.dyadscope.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dyadscope.collect.gdelt.ActorCode;

/**
 * Makes the reference tables the jar ships (so {@code ingest}, {@code code} and {@code fetch} need no
 * data root) from the public lookup files under a data root. {@code ReferenceTablesTest} checks the
 * shipped tables equal what this gives, so they cannot drift from their sources. Regenerate with
 * {@code mvn -B -q -o test-compile && java -cp core/target/classes:core/target/test-classes
 * org.dyadscope.collect.ReferenceTables ../shared/data}.
 */
final class ReferenceTables {
  static final Path RESOURCES = Path.of("core/src/main/resources/org/dyadscope/collect");
  private static final String GDELT_TERMS = "# GDELT Project data: free and unrestricted use with attribution "
      + "(gdeltproject.org/about.html#termsofuse).\n";

  private ReferenceTables() {}

  /** Resource path (under {@code org/dyadscope/collect/}) → its text made from {@code dataRoot}. */
  static Map<String, String> all(Path dataRoot) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(CameoTable.BUILT_IN, cameoEvents(dataRoot));
    out.put("gdelt/" + ActorCode.BUILT_IN_TYPES, cameoTypes(dataRoot));
    out.put("gdelt/" + ActorCode.BUILT_IN_TOKENS, actorTokens(dataRoot));
    return out;
  }

  /** {@code cameo_events.tsv}: every code of CAMEO.eventcodes.txt in its order, with name, Goldstein and QuadClass. */
  static String cameoEvents(Path root) throws IOException {
    Map<String, String> names = pairs(root.resolve("gdelt/lookups/CAMEO.eventcodes.txt"));
    Map<String, String> goldstein = pairs(root.resolve("gdelt/lookups/CAMEO.goldsteinscale.txt"));
    StringBuilder b = new StringBuilder()
        .append("# CAMEO event codes: name, Goldstein value (points, -10..+10) and QuadClass (1..4, of the root).\n")
        .append("# Made from GDELT lookups CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt (gdeltproject.org/data/lookups).\n")
        .append(GDELT_TERMS)
        .append(CameoTable.BUILT_IN_HEADER).append('\n');
    for (Map.Entry<String, String> e : names.entrySet()) {
      Integer quad = CameoTable.quadClass(CameoTable.root(e.getKey()));
      b.append(e.getKey()).append('\t').append(e.getValue()).append('\t')
          .append(goldstein.getOrDefault(e.getKey(), "")).append('\t').append(quad == null ? "" : quad).append('\n');
    }
    return b.toString();
  }

  /** {@code cameo_types.tsv}: GDELT's CAMEO.type.txt as {@code CODE<TAB>LABEL}, the first of a repeated code kept. */
  static String cameoTypes(Path root) throws IOException {
    StringBuilder b = new StringBuilder()
        .append("# CAMEO actor role and type codes (GOV, MIL, COP...). Made from GDELT lookups CAMEO.type.txt.\n")
        .append(GDELT_TERMS);
    pairs(root.resolve("gdelt/lookups/CAMEO.type.txt"))
        .forEach((code, label) -> b.append(code).append('\t').append(label).append('\n'));
    return b.toString();
  }

  /** {@code actor_tokens.txt}: the 3-letter tokens of the PETRARCH-2 actor and agent dictionaries' codes, sorted. */
  static String actorTokens(Path root) throws IOException {
    StringBuilder b = new StringBuilder()
        .append("# 3-letter tokens of the actor codes in the PETRARCH-2 dictionaries ")
        .append(String.join(", ", ActorCode.DICTIONARY_FILES)).append(".\n")
        .append("# Source: github.com/openeventdata/petrarch2, MIT licence (Norris, Schrodt & Beieler 2017).\n");
    new TreeSet<>(ActorCode.dictionaryTokens(root.resolve("petrarch2/dictionaries")))
        .forEach(t -> b.append(t).append('\n'));
    return b.toString();
  }

  /** The {@code KEY<TAB>VALUE} rows of a lookup file after its header, in order, first of a repeated key kept. */
  private static Map<String, String> pairs(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        out.putIfAbsent(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
      }
    }
    return out;
  }

  /** Writes the tables from the data root {@code args[0]} into src/main/resources. */
  public static void main(String[] args) throws IOException {
    for (Map.Entry<String, String> e : all(Path.of(args[0])).entrySet()) {
      Files.writeString(RESOURCES.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
