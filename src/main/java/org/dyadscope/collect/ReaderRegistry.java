package org.dyadscope.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyadscope.cases.Lookups;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.documents.DocumentFileReader;
import org.dyadscope.collect.documents.TitleIndexReader;
import org.dyadscope.collect.gdelt.ActorCode;
import org.dyadscope.collect.gdelt.GdeltReader;
import org.dyadscope.collect.icews.IcewsTabReader;
import org.dyadscope.collect.sipri.SipriReader;
import org.dyadscope.collect.tkg.ActorDictionary;
import org.dyadscope.collect.tkg.CameoNames;
import org.dyadscope.collect.tkg.EntityResolver;
import org.dyadscope.collect.tkg.TkgLayout;
import org.dyadscope.collect.tkg.TkgReader;
import org.dyadscope.collect.unga.IdealPointReader;
import org.dyadscope.collect.ungd.UngdReader;

/**
 * Builds the reader for a source's format, loading each lookup table (CAMEO table, GDELT actor
 * types, CAMEO names, actor dictionaries) once, on first need. Formats: {@code gdelt}, {@code icews-tab}, {@code tkg},
 * {@code unga-idealpoints}, {@code sipri}, {@code ungd}, {@code documents} (txt, html, pdf; option
 * {@code speaker}: default speaker) and {@code kremlin-index} (JSON title indexes; option {@code
 * speaker}, required). The three document formats take option {@code licence}: the licence stored
 * with each document (a sidecar's own licence wins). {@link #OPTION_KEYS} declares each format's
 * option keys; any other key is refused.
 *
 * <p>The CAMEO event table, the GDELT actor types and the actor-code tokens ship in the jar: each is
 * read from the data root when the root holds the file the lookups name, else the built-in copy
 * serves (for the default paths only: a file a case names itself must exist). The {@code tkg}
 * format's CAMEO names and actor dictionaries are not built in and need the data root.
 */
public final class ReaderRegistry {
  /** The option keys of each format (a format missing here takes none). */
  public static final Map<String, Set<String>> OPTION_KEYS = Map.of(
      "tkg", TkgLayout.OPTION_KEYS,
      "ungd", Set.of("licence"),
      "documents", Set.of("speaker", "licence"),
      "kremlin-index", Set.of("speaker", "licence"));

  private final Path dataRoot;
  private final Lookups lookups;
  private final Map<String, String> entityOverrides;
  private final Countries countries = Countries.standard();
  private final Map<String, SourceReader> bySource = new HashMap<>();
  private CameoTable cameo;
  private CameoNames cameoNames;
  private ActorCode actorCodes;
  private EntityResolver resolver;

  /**
   * Refuses an option key the format does not read (a misspelt {@code license} would otherwise be
   * silently ignored).
   *
   * @throws IllegalArgumentException naming the key and the format's valid keys
   */
  public static void checkOptions(String format, Map<String, String> options) {
    String key = unknownOption(format, options);
    if (key != null) {
      throw new IllegalArgumentException("option '" + key + "' is not read by format " + format + "; "
          + validOptions(format));
    }
  }

  /** The first key (in alphabetical order) of {@code options} that {@code format} does not read, or null. */
  public static String unknownOption(String format, Map<String, String> options) {
    Set<String> valid = OPTION_KEYS.getOrDefault(format, Set.of());
    return new TreeSet<>(options.keySet()).stream().filter(k -> !valid.contains(k)).findFirst().orElse(null);
  }

  /** "its options are licence, speaker", or "it takes no options". */
  public static String validOptions(String format) {
    Set<String> valid = OPTION_KEYS.getOrDefault(format, Set.of());
    return valid.isEmpty() ? "it takes no options" : "its options are " + String.join(", ", new TreeSet<>(valid));
  }

  /**
   * @param dataRoot folder the lookup paths are relative to; null when there is none (the built-in
   *     tables serve; {@code tkg} is then refused)
   * @param lookups lookup table paths
   * @param entityOverrides case entity name → country code, for TKG entity resolution
   */
  public ReaderRegistry(Path dataRoot, Lookups lookups, Map<String, String> entityOverrides) {
    this.dataRoot = dataRoot;
    this.lookups = lookups;
    this.entityOverrides = entityOverrides;
  }

  /**
   * The reader for {@code spec} (one per source, reused across its files).
   *
   * @throws IOException when a lookup table the format needs is missing or malformed
   * @throws IllegalArgumentException for an unknown format or a bad reader option
   */
  public SourceReader reader(SourceSpec spec) throws IOException {
    SourceReader r = bySource.get(spec.name());
    if (r == null) {
      r = create(spec);
      bySource.put(spec.name(), r);
    }
    return r;
  }

  private SourceReader create(SourceSpec spec) throws IOException {
    try {
      checkOptions(spec.format(), spec.options());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("source " + spec.name() + ": " + e.getMessage(), e);
    }
    switch (spec.format()) {
      case "gdelt":
        return new GdeltReader(cameo(), actorCodes());
      case "icews-tab":
        return new IcewsTabReader(cameo(), countries);
      case "tkg":
        try {
          return TkgReader.fromOptions(spec.options(), cameo(), cameoNames(), resolver());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("source " + spec.name() + ": " + e.getMessage(), e);
        }
      case "unga-idealpoints":
        return new IdealPointReader(countries);
      case "sipri":
        return new SipriReader(countries);
      case "ungd":
        return new UngdReader(spec.option("licence", null));
      case "documents":
        return new DocumentFileReader(spec.option("speaker", null), spec.option("licence", null));
      case "kremlin-index": {
        // an index names no speaker; guessing one would put words in a state's mouth
        String speaker = spec.option("speaker", null);
        if (speaker == null) {
          throw new IllegalArgumentException("source " + spec.name()
              + ": format kremlin-index needs the speaking state, e.g. options: {speaker: RUS}");
        }
        return new TitleIndexReader(speaker, spec.option("licence", null));
      }
      default:
        throw new IllegalArgumentException("source " + spec.name() + ": unknown format '" + spec.format()
            + "'; use gdelt, icews-tab, tkg, unga-idealpoints, sipri, ungd, documents or kremlin-index");
    }
  }

  private CameoTable cameo() throws IOException {
    if (cameo == null) {
      // the two GDELT files go together: the event-code file decides where both come from
      Path codes = fileOrBuiltIn(lookups.cameoEventCodes(), Lookups.defaults().cameoEventCodes());
      cameo = codes == null ? CameoTable.builtIn() : CameoTable.load(codes, dataRoot.resolve(lookups.cameoGoldstein()));
    }
    return cameo;
  }

  private ActorCode actorCodes() throws IOException {
    if (actorCodes == null) {
      actorCodes = ActorCode.load(fileOrBuiltIn(lookups.cameoType(), Lookups.defaults().cameoType()),
          fileOrBuiltIn(lookups.actorDictionaries(), Lookups.defaults().actorDictionaries()), countries);
    }
    return actorCodes;
  }

  /**
   * The lookup file under the data root, or null for the built-in table: when there is no data root,
   * or when it lacks the file at its default path.
   */
  private Path fileOrBuiltIn(String relative, String defaultRelative) {
    if (dataRoot == null) {
      return null;
    }
    Path p = dataRoot.resolve(relative);
    return Files.exists(p) || !relative.equals(defaultRelative) ? p : null;
  }

  /** The data root, for a table that is not built in. */
  private Path dataRootFor(String format) throws IOException {
    if (dataRoot == null) {
      throw new IOException("format " + format + " needs the data root (--data DIR or $DYADSCOPE_DATA): its "
          + "CAMEO names (icews/cameo-codes.csv) and PETRARCH-2 actor dictionaries are not built in");
    }
    return dataRoot;
  }

  private CameoNames cameoNames() throws IOException {
    if (cameoNames == null) {
      cameoNames = CameoNames.load(dataRootFor("tkg").resolve(lookups.cameoNames()));
    }
    return cameoNames;
  }

  private EntityResolver resolver() throws IOException {
    if (resolver == null) {
      ActorDictionary dict = ActorDictionary.loadPhoenix(dataRootFor("tkg").resolve(lookups.actorDictionaries()));
      resolver = new EntityResolver(entityOverrides, countries, dict);
    }
    return resolver;
  }
}
