package org.dyadscope.collect;

import static org.dyadscope.collect.SourceFormat.Lookup.ACTOR_CODES;
import static org.dyadscope.collect.SourceFormat.Lookup.ACTOR_DICTIONARIES;
import static org.dyadscope.collect.SourceFormat.Lookup.CAMEO_EVENTS;
import static org.dyadscope.collect.SourceFormat.Lookup.CAMEO_NAMES;
import static org.dyadscope.collect.SourceFormat.Lookup.COUNTRIES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.documents.DocumentFileReader;
import org.dyadscope.collect.documents.TitleIndexReader;
import org.dyadscope.collect.gdelt.GdeltReader;
import org.dyadscope.collect.graph.CountryGraphReader;
import org.dyadscope.collect.icews.IcewsTabReader;
import org.dyadscope.collect.sipri.SipriReader;
import org.dyadscope.collect.tkg.TkgLayout;
import org.dyadscope.collect.tkg.TkgReader;
import org.dyadscope.collect.unga.IdealPointReader;
import org.dyadscope.collect.ungd.UngdReader;

/**
 * The registry of source formats: the one list the case loader ({@code format:}), {@code ingest
 * --format}, its help and {@link ReaderRegistry} read. A new format is one {@link #register} call
 * with its {@link SourceFormat} (name, option keys, tables filled, lookups needed, factory); nothing
 * else lists formats. The built-in formats are registered here, in the order the help lists them.
 */
public final class SourceFormats {
  private static final List<String> EVENT_TABLES =
      List.of("events", "source_totals", "left_out_event_ids", "event_conflicts");
  private static final List<String> DOCUMENT_TABLES = List.of("documents", "document_copies");
  private static final Set<String> DOCUMENT_OPTIONS = Set.of("speaker", "licence");
  private static final Map<String, SourceFormat> REGISTERED = new LinkedHashMap<>();

  static {
    register(new SourceFormat(GdeltReader.FORMAT,
        "GDELT 1.0 (57/58 fields) and 2.0 (61 fields) event exports, plain or zip",
        Set.of(), EVENT_TABLES, Set.of(CAMEO_EVENTS, ACTOR_CODES),
        (spec, l) -> new GdeltReader(l.cameo(), l.actorCodes()), true));
    register(new SourceFormat(IcewsTabReader.FORMAT,
        "ICEWS Dataverse event files, tab-separated, columns by header name",
        Set.of(), EVENT_TABLES, Set.of(CAMEO_EVENTS, COUNTRIES),
        (spec, l) -> new IcewsTabReader(l.cameo(), l.countries()), true));
    register(new SourceFormat(TkgReader.FORMAT,
        "ICEWS-derived temporal knowledge graphs (subject, relation, object, time step)",
        TkgLayout.OPTION_KEYS, List.of("events", "source_totals"),
        Set.of(CAMEO_EVENTS, CAMEO_NAMES, ACTOR_DICTIONARIES),
        (spec, l) -> TkgReader.fromOptions(spec.options(), l.cameo(), l.cameoNames(), l.entityResolver())));
    register(new SourceFormat(IdealPointReader.FORMAT,
        "UNGA ideal points (Bailey, Strezhnev & Voeten), Windows-1252 CSV",
        Set.of(), List.of("ideal_points"), Set.of(COUNTRIES), (spec, l) -> new IdealPointReader(l.countries())));
    register(new SourceFormat(SipriReader.FORMAT, "SIPRI arms transfers trade register, CSV", Set.of(),
        List.of("arms_transfers"), Set.of(COUNTRIES), (spec, l) -> new SipriReader(l.countries())));
    register(new SourceFormat(CountryGraphReader.FORMAT,
        "GDELT daily country graph: one .npy country-pair matrix per day in a zip (a derived weight, not events)",
        Set.of(CountryGraphReader.COUNTRIES_OPTION), List.of("country_graph_daily"), Set.of(),
        (spec, l) -> new CountryGraphReader(spec.option(CountryGraphReader.COUNTRIES_OPTION, null))));
    register(new SourceFormat(UngdReader.FORMAT, "UN General Debate speeches, one ISO3_session_year.txt each",
        Set.of("licence"), DOCUMENT_TABLES, Set.of(), (spec, l) -> new UngdReader(spec.option("licence", null))));
    register(new SourceFormat(DocumentFileReader.FORMAT,
        ".txt, .html and .pdf documents, metadata from a .meta.json sidecar or the file name",
        DOCUMENT_OPTIONS, DOCUMENT_TABLES, Set.of(),
        (spec, l) -> new DocumentFileReader(spec.option("speaker", null), spec.option("licence", null))));
    register(new SourceFormat(TitleIndexReader.FORMAT,
        "kremlin.ru and mid.ru title indexes (JSON), each entry a short document of the speaker",
        DOCUMENT_OPTIONS, DOCUMENT_TABLES, Set.of(), SourceFormats::titleIndex));
  }

  private SourceFormats() {}

  private static SourceReader titleIndex(SourceSpec spec, SourceFormat.LookupTables l) {
    // an index names no speaker; guessing one would put words in a state's mouth
    String speaker = spec.option("speaker", null);
    if (speaker == null) {
      throw new IllegalArgumentException(
          "format " + TitleIndexReader.FORMAT + " needs the speaking state, e.g. options: {speaker: RUS}");
    }
    return new TitleIndexReader(speaker, spec.option("licence", null));
  }

  /** Removes a format {@link #register} added, when closed. */
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Adds {@code format}, so that case files and {@code ingest} accept its name.
   *
   * @return a handle whose {@code close} removes it again (tests)
   * @throws IllegalArgumentException when a format of that name is already registered
   */
  public static synchronized Registration register(SourceFormat format) {
    if (REGISTERED.putIfAbsent(format.name(), format) != null) {
      throw new IllegalArgumentException("format " + format.name() + " is already registered");
    }
    return () -> unregister(format.name());
  }

  private static synchronized void unregister(String name) {
    REGISTERED.remove(name);
  }

  /** The registered format names, in registration order. */
  public static synchronized List<String> names() {
    return List.copyOf(REGISTERED.keySet());
  }

  /** The registered formats, in registration order. */
  public static synchronized List<SourceFormat> all() {
    return List.copyOf(REGISTERED.values());
  }

  /**
   * The format named {@code name}.
   *
   * @throws IllegalArgumentException naming the unknown format and the registered ones
   */
  public static synchronized SourceFormat get(String name) {
    SourceFormat f = REGISTERED.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown format '" + name + "'; use one of " + String.join(", ", names()));
    }
    return f;
  }
}
