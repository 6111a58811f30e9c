package org.dyadscope.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyadscope.cases.Lookups;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.gdelt.ActorCode;
import org.dyadscope.collect.tkg.ActorDictionary;
import org.dyadscope.collect.tkg.CameoNames;
import org.dyadscope.collect.tkg.EntityResolver;
import org.dyadscope.collect.tkg.OfficeHolders;

/**
 * Builds the reader of a source through its format's factory ({@link SourceFormats}), after
 * checking its option keys, and loads each lookup table a format declares (CAMEO table, GDELT actor
 * types, CAMEO names, actor dictionaries) once, on first need.
 *
 * <p>The CAMEO event table, the GDELT actor types and the actor-code tokens ship in the jar: each is
 * read from the data root when the root holds the file the lookups name, else the built-in copy
 * serves (for the default paths only: a file a case names itself must exist). The other tables
 * ({@link SourceFormat.Lookup#builtIn} false: the {@code tkg} format's CAMEO names and actor
 * dictionaries) need the data root.
 */
public final class ReaderRegistry {
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
   * The reader for {@code spec} (one per source and format, reused across its files: {@code ingest
   * --source X} may name files of several guessed formats).
   *
   * @throws IOException when a lookup table the format needs is missing or malformed
   * @throws IllegalArgumentException for an unknown format or a bad reader option
   */
  public SourceReader reader(SourceSpec spec) throws IOException {
    String key = spec.name() + "\u0000" + spec.format();
    SourceReader r = bySource.get(key);
    if (r == null) {
      r = create(spec);
      bySource.put(key, r);
    }
    return r;
  }

  private SourceReader create(SourceSpec spec) throws IOException {
    try {
      SourceFormat format = SourceFormats.get(spec.format());
      format.checkOptions(spec.options());
      List<SourceFormat.Lookup> missing = dataRoot == null ? format.needsDataRoot() : List.of();
      if (!missing.isEmpty()) {
        throw new IOException("format " + format.name() + " needs the data root (--data DIR or $DYADSCOPE_DATA): its "
            + missing.stream().map(SourceFormat.Lookup::description).collect(Collectors.joining(" and "))
            + " are not built in");
      }
      return format.factory().create(spec, new Declared(format));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("source " + spec.name() + ": " + e.getMessage(), e);
    }
  }

  /** The lookup tables of one format: those it declared, else a reader bug. */
  private final class Declared implements SourceFormat.LookupTables {
    private final SourceFormat format;

    Declared(SourceFormat format) {
      this.format = format;
    }

    /** Loads one lookup table, once. */
    @FunctionalInterface
    private interface Load<T> {
      T get() throws IOException;
    }

    private <T> T need(SourceFormat.Lookup lookup, Load<T> load) throws IOException {
      if (!format.lookups().contains(lookup)) {
        throw new IllegalStateException("format " + format.name() + " reads lookup " + lookup
            + " but does not declare it in its SourceFormat");
      }
      return load.get();
    }

    @Override
    public CameoTable cameo() throws IOException {
      return need(SourceFormat.Lookup.CAMEO_EVENTS, ReaderRegistry.this::cameo);
    }

    @Override
    public ActorCode actorCodes() throws IOException {
      return need(SourceFormat.Lookup.ACTOR_CODES, ReaderRegistry.this::actorCodes);
    }

    @Override
    public Countries countries() throws IOException {
      return need(SourceFormat.Lookup.COUNTRIES, () -> countries);
    }

    @Override
    public CameoNames cameoNames() throws IOException {
      return need(SourceFormat.Lookup.CAMEO_NAMES, ReaderRegistry.this::cameoNames);
    }

    @Override
    public EntityResolver entityResolver() throws IOException {
      return need(SourceFormat.Lookup.ACTOR_DICTIONARIES, ReaderRegistry.this::resolver);
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

  private CameoNames cameoNames() throws IOException {
    if (cameoNames == null) {
      cameoNames = CameoNames.load(dataRoot.resolve(lookups.cameoNames()));
    }
    return cameoNames;
  }

  /**
   * Why an entity of the name-resolving sources has no country by definition
   * ({@link EntityResolver#nonStateCode}), or null when it may belong to a state.
   *
   * @throws IOException when the PETRARCH-2 actor dictionaries cannot be read
   */
  public String nonStateCode(String entity) throws IOException {
    return resolver().nonStateCode(entity);
  }

  private EntityResolver resolver() throws IOException {
    if (resolver == null) {
      ActorDictionary dict = ActorDictionary.loadPhoenix(dataRoot.resolve(lookups.actorDictionaries()));
      resolver = new EntityResolver(entityOverrides, countries, dict, OfficeHolders.builtIn(countries));
    }
    return resolver;
  }
}
