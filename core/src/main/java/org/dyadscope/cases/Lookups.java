package org.dyadscope.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Lookup tables the readers need, as paths relative to the data root. The CAMEO event codes,
 * Goldstein values, actor types and the dictionaries' actor-code tokens are also built in: at a
 * default path the data root may lack them ({@code collect.ReaderRegistry}).
 *
 * @param cameoEventCodes GDELT {@code CAMEO.eventcodes.txt}
 * @param cameoGoldstein GDELT {@code CAMEO.goldsteinscale.txt}
 * @param cameoNames ICEWS {@code cameo-codes.csv} (event names, used to map TKG relation text to codes)
 * @param actorDictionaries folder of PETRARCH-2 / Phoenix actor dictionaries (dated roles of persons
 *     for TKG entities; the CAMEO codes they use, for GDELT actor-code tokens)
 * @param cameoType GDELT {@code CAMEO.type.txt} (actor role and type tokens, to split GDELT actor
 *     codes such as {@code USAGOVMIL}); added last, so the case-file key is optional
 */
public record Lookups(
    @JsonProperty("cameo_event_codes") String cameoEventCodes,
    @JsonProperty("cameo_goldstein") String cameoGoldstein,
    @JsonProperty("cameo_names") String cameoNames,
    @JsonProperty("actor_dictionaries") String actorDictionaries,
    @JsonProperty("cameo_type") String cameoType) {
  /** The layout of the shared data folder: {@code gdelt/lookups}, {@code icews}, {@code petrarch2}. */
  public static Lookups defaults() {
    return new Lookups(
        "gdelt/lookups/CAMEO.eventcodes.txt",
        "gdelt/lookups/CAMEO.goldsteinscale.txt",
        "icews/cameo-codes.csv",
        "petrarch2/dictionaries",
        "gdelt/lookups/CAMEO.type.txt");
  }

  Lookups withDefaults() {
    Lookups d = defaults();
    return new Lookups(
        cameoEventCodes == null ? d.cameoEventCodes : cameoEventCodes,
        cameoGoldstein == null ? d.cameoGoldstein : cameoGoldstein,
        cameoNames == null ? d.cameoNames : cameoNames,
        actorDictionaries == null ? d.actorDictionaries : actorDictionaries,
        cameoType == null ? d.cameoType : cameoType);
  }
}
