package org.dyadscope.code;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link CorpusCoder#codeStore} did.
 *
 * @param documents documents coded
 * @param sentences sentences coded
 * @param moves securitizing moves
 * @param desecuritizing desecuritizing sentences
 * @param skipped one line per document not coded, naming it and why (empty text); such
 *     documents are not in any output
 * @param withoutYear documents coded but left out of the yearly series (no year or date)
 * @param codings the {@code codings.csv} written
 * @param yearly the {@code series/securitization_yearly.csv} written
 * @param threatMatrix the {@code series/threat_matrix_yearly.csv} written
 * @param lexiconVersion the lexicon version used
 * @param duplicates documents not coded because they repeat an earlier one
 * @param kwic the {@code series/securitization_kwic.csv} written
 * @param nearDuplicates the {@code series/near_duplicates.csv} written
 * @param copies document rows the store holds once because their text was already stored, per
 *     relation of their metadata to the kept document's ({@code identical}, {@code compatible},
 *     {@code conflict}: {@link org.dyadscope.store.DocumentIdentity.Relation#label})
 * @param documentCopies the {@code series/document_copies.csv} written
 */
public record CorpusCodingResult(
    int documents,
    long sentences,
    long moves,
    long desecuritizing,
    List<String> skipped,
    int withoutYear,
    Path codings,
    Path yearly,
    Path threatMatrix,
    String lexiconVersion,
    List<NearDuplicates.Duplicate> duplicates,
    Path kwic,
    Path nearDuplicates,
    Map<String, Long> copies,
    Path documentCopies) {}
