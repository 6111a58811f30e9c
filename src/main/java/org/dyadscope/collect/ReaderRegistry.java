package org.dyadscope.collect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dyadscope.cases.Lookups;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.documents.DocumentFileReader;
import org.dyadscope.collect.documents.TitleIndexReader;
import org.dyadscope.collect.gdelt.GdeltReader;
import org.dyadscope.collect.icews.IcewsTabReader;
import org.dyadscope.collect.sipri.SipriReader;
import org.dyadscope.collect.tkg.ActorDictionary;
import org.dyadscope.collect.tkg.CameoNames;
import org.dyadscope.collect.tkg.EntityResolver;
import org.dyadscope.collect.tkg.TkgReader;
import org.dyadscope.collect.unga.IdealPointReader;
import org.dyadscope.collect.ungd.UngdReader;

/**
 * Builds the reader for a source's format, loading each lookup table (CAMEO table, CAMEO names,
 * actor dictionaries) once, on first need. Formats: {@code gdelt}, {@code icews-tab}, {@code tkg},
 * {@code unga-idealpoints}, {@code sipri}, {@code ungd}, {@code documents} (txt, html, pdf; option
 * {@code speaker}: default speaker) and {@code kremlin-index} (JSON title indexes; option {@code
 * speaker}, required). The three document formats take option {@code licence}: the licence stored
 * with each document (a sidecar's own licence wins).
 */
public final class ReaderRegistry {
  private final Path dataRoot;
  private final Lookups lookups;
  private final Map<String, String> entityOverrides;
  private final Countries countries = Countries.standard();
  private final Map<String, SourceReader> bySource = new HashMap<>();
  private CameoTable cameo;
  private CameoNames cameoNames;
  private EntityResolver resolver;

  /**
   * @param dataRoot folder the lookup paths are relative to
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
    switch (spec.format()) {
      case "gdelt":
        return new GdeltReader(cameo());
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
      cameo = CameoTable.load(dataRoot.resolve(lookups.cameoEventCodes()), dataRoot.resolve(lookups.cameoGoldstein()));
    }
    return cameo;
  }

  private CameoNames cameoNames() throws IOException {
    if (cameoNames == null) {
      cameoNames = CameoNames.load(dataRoot.resolve(lookups.cameoNames()));
    }
    return cameoNames;
  }

  private EntityResolver resolver() throws IOException {
    if (resolver == null) {
      ActorDictionary dict = ActorDictionary.loadPhoenix(dataRoot.resolve(lookups.actorDictionaries()));
      resolver = new EntityResolver(entityOverrides, countries, dict);
    }
    return resolver;
  }
}
