package org.dyadscope.collect;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.gdelt.ActorCode;
import org.dyadscope.collect.tkg.CameoNames;
import org.dyadscope.collect.tkg.EntityResolver;

/**
 * A source format as {@link SourceFormats} registers it: what a case file's {@code format:} and
 * {@code ingest --format} name, and all the case loader, {@code ingest} and its help need to know.
 *
 * @param name format id, e.g. {@code gdelt}
 * @param summary what the format reads, one line for the {@code ingest} help
 * @param optionKeys the option keys its reader reads; any other key is refused
 * @param tables the store tables its rows fill (every format also fills {@code quarantine} and
 *     {@code provenance})
 * @param lookups the lookup tables its reader needs; the factory gets only these
 * @param factory builds the reader of one source
 * @param datasetEventIds true when its rows carry the dataset's own event id (GDELT GLOBALEVENTID,
 *     ICEWS Event ID), which names one event whatever file holds it: the store then keeps the first
 *     row of each id across files ({@link #eventIdFamily}); false when the reader makes ids up
 */
public record SourceFormat(
    String name, String summary, Set<String> optionKeys, List<String> tables, Set<Lookup> lookups,
    Factory factory, boolean datasetEventIds) {
  /** Lookup tables a reader may need; some ship in the jar, the others need the data root. */
  public enum Lookup {
    CAMEO_EVENTS("CAMEO event codes and Goldstein values", true),
    ACTOR_CODES("GDELT actor types and the PETRARCH-2 actor-code tokens", true),
    COUNTRIES("country codes and names", true),
    CAMEO_NAMES("CAMEO event names (icews/cameo-codes.csv)", false),
    ACTOR_DICTIONARIES("PETRARCH-2 actor dictionaries with dated roles", false);

    private final String description;
    private final boolean builtIn;

    Lookup(String description, boolean builtIn) {
      this.description = description;
      this.builtIn = builtIn;
    }

    public String description() {
      return description;
    }

    /** True when the jar holds the table, so the format needs no data root for it. */
    public boolean builtIn() {
      return builtIn;
    }
  }

  /** The lookup tables handed to a {@link Factory}, each loaded once, on first need. */
  public interface LookupTables {
    CameoTable cameo() throws IOException;

    ActorCode actorCodes() throws IOException;

    Countries countries() throws IOException;

    CameoNames cameoNames() throws IOException;

    EntityResolver entityResolver() throws IOException;
  }

  /** Builds the reader of one source of the format. */
  @FunctionalInterface
  public interface Factory {
    /**
     * @param spec the source, its options already checked against {@link #optionKeys}
     * @param lookups the tables the format declared ({@link #lookups}); asking for another fails
     * @throws IllegalArgumentException for a bad option value (the caller names the source)
     */
    SourceReader create(SourceSpec spec, LookupTables lookups) throws IOException;
  }

  public SourceFormat {
    optionKeys = Set.copyOf(optionKeys);
    tables = List.copyOf(tables);
    lookups = Set.copyOf(lookups);
  }

  /** A format whose event ids, if any, are made up by its reader and name no event across files. */
  public SourceFormat(String name, String summary, Set<String> optionKeys, List<String> tables, Set<Lookup> lookups,
      Factory factory) {
    this(name, summary, optionKeys, tables, lookups, factory, false);
  }

  /**
   * The id family {@code Store.beginFile} takes: the format's name when its rows carry the dataset's
   * own event ids (its rows' {@code schema_flag} must then start with the name), else null.
   */
  public String eventIdFamily() {
    return datasetEventIds ? name : null;
  }

  /** True when the format's rows go to {@code table}, e.g. {@code events}. */
  public boolean fills(String table) {
    return tables.contains(table);
  }

  /** The first key (in alphabetical order) of {@code options} the format does not read, or null. */
  public String unknownOption(Map<String, String> options) {
    return new TreeSet<>(options.keySet()).stream().filter(k -> !optionKeys.contains(k)).findFirst().orElse(null);
  }

  /**
   * Refuses an option key the format does not read (a misspelt {@code license} would otherwise be
   * silently ignored).
   *
   * @throws IllegalArgumentException naming the key and the format's valid keys
   */
  public void checkOptions(Map<String, String> options) {
    String key = unknownOption(options);
    if (key != null) {
      throw new IllegalArgumentException("option '" + key + "' is not read by format " + name + "; " + validOptions());
    }
  }

  /** "its options are licence, speaker", or "it takes no options". */
  public String validOptions() {
    return optionKeys.isEmpty() ? "it takes no options"
        : "its options are " + String.join(", ", new TreeSet<>(optionKeys));
  }

  /** The lookups the jar does not hold, for which the format needs the data root; empty when none. */
  public List<Lookup> needsDataRoot() {
    return lookups.stream().filter(l -> !l.builtIn()).sorted().toList();
  }

  /** One help line: name, what it reads, the tables it fills, its options. */
  public String describe() {
    return name + ": " + summary + "; fills " + String.join(", ", tables) + "; "
        + (optionKeys.isEmpty() ? "no options" : "options " + String.join(", ", new TreeSet<>(optionKeys)))
        + (needsDataRoot().isEmpty() ? "" : "; needs --data");
  }
}
