package org.dyadscope.code;

import java.util.List;
import java.util.Map;

/**
 * What {@link CorpusCoder#code} did.
 *
 * @param documents documents coded
 * @param sentences sentences coded
 * @param moves securitizing moves
 * @param desecuritizing desecuritizing sentences
 * @param skipped one line per document not coded, naming it and why (empty text); such
 *     documents are not in any output
 * @param withoutYear documents coded but without year or date, so in no yearly series
 * @param lexiconVersion the lexicon version used
 * @param duplicates documents not coded because they repeat an earlier one
 * @param copies document rows the store holds once because their text was already stored, per
 *     relation of their metadata to the kept document's ({@code identical}, {@code compatible},
 *     {@code conflict}: {@link org.dyadscope.store.DocumentIdentity.Relation#label})
 */
public record CorpusCodingResult(
    int documents,
    long sentences,
    long moves,
    long desecuritizing,
    List<String> skipped,
    int withoutYear,
    String lexiconVersion,
    List<NearDuplicates.Duplicate> duplicates,
    Map<String, Long> copies) {}
