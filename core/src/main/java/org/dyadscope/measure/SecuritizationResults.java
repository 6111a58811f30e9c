package org.dyadscope.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The securitization coding as the report shows it, read from the store's tables by {@link
 * Securitization#read}: every number here is counted, summed and ranked in SQL; the report formats.
 *
 * @param lexicon lexicon version of the strongest moves' codings, or null when there is none
 * @param rates moves per 1,000 sentences per speaker and document source, years of the case period,
 *     ordered by speaker then source
 * @param threats who names whom as a threat, summed over every coded year
 * @param strongest each speaker's strongest moves ({@code securitization_kwic}), by speaker then rank
 * @param nearDuplicates documents not coded as repeats of another ({@code near_duplicates})
 * @param copies document rows stored once because their text already was ({@code document_copies})
 * @param modelDecided codings whose move the trained detector decided ({@code codings.detector =
 *     'model'}, {@code run --coder model}); 0 when the lexicon decided every one
 */
public record SecuritizationResults(
    String lexicon,
    List<RateLine> rates,
    ThreatMatrix threats,
    List<StrongMove> strongest,
    long nearDuplicates,
    Copies copies,
    long modelDecided) {

  /** Results of a coding whose moves the lexicon decided. */
  public SecuritizationResults(String lexicon, List<RateLine> rates, ThreatMatrix threats, List<StrongMove> strongest,
      long nearDuplicates, Copies copies) {
    this(lexicon, rates, threats, strongest, nearDuplicates, copies, 0);
  }

  /**
   * One speaker's rate series from one document source.
   *
   * @param speaker ISO-3, '' when the documents name none
   * @param source documents.source, e.g. {@code ungd}
   * @param sentences sentences coded in the period's years, summed
   * @param perThousand year to moves per 1,000 sentences; a year without documents is absent
   */
  public record RateLine(String speaker, String source, long sentences, Map<Integer, Double> perThousand) {}

  /**
   * Moves with a named threat source per speaker and source, summed over the coded years.
   *
   * @param sources the {@link Securitization#MATRIX_SOURCES} most named sources, most named first
   *     (ties by code)
   * @param speakers per speaker (by code): its moves per shown source and its total over all sources
   * @param firstYear first year with such a move, or null when there is none
   * @param lastYear last such year, or null
   */
  public record ThreatMatrix(List<String> sources, List<SpeakerThreats> speakers, Integer firstYear,
      Integer lastYear) {}

  /**
   * @param moves per shown threat source with at least one move
   * @param total moves with any named threat source
   */
  public record SpeakerThreats(String speaker, Map<String, Long> moves, long total) {}

  /**
   * A coded securitizing move with its evidence.
   *
   * @param date the document's date or the first day of its month or year, null when undated
   * @param datePrecision {@code day}, {@code month} or {@code year}; null when undated
   * @param sector Copenhagen sector, '' when none
   * @param threatSource the named threat source, null when none
   * @param strength 0..1
   * @param kwic key word in context, key term in [[ ]]
   */
  public record StrongMove(String speaker, String docId, int sentenceNo, LocalDate date, String datePrecision,
      String sector, String threatSource, double strength, String kwic) {}

  /**
   * @param total document rows not stored because their text was
   * @param perRelation copies per relation ({@code identical}, {@code compatible}, {@code conflict})
   * @param conflicts the conflicting copies, in the order of document_copies.csv
   */
  public record Copies(long total, Map<String, Long> perRelation, List<Conflict> conflicts) {}

  /** A copy whose metadata conflict with the kept document's: {@code differences} as {@code field: kept | copy}. */
  public record Conflict(String docId, String copyOf, String differences) {}
}
