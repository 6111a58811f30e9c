package org.dyadscope.code;

import java.util.List;
import org.dyadscope.code.lexicon.Sector;

/**
 * The securitization coding of one sentence (Buzan, Wæver &amp; de Wilde 1998, ch. 2): the speaker is
 * the securitizing actor, unless the sentence reports another's claim; a <i>move</i> presents a threat to a referent object, with urgency or an
 * extraordinary measure or a named source.
 *
 * @param docId document id
 * @param sentenceNo 1-based sentence number in the document
 * @param start sentence start offset in the document's NFC text
 * @param end sentence end offset (exclusive)
 * @param speaker speaker code (the securitizing actor), or null
 * @param date date as given to the coder (ISO date, year-month or year), or null
 * @param move true when the sentence is a securitizing move
 * @param desecuritizing true when it argues for dialogue, settlement, de-escalation or cooperation
 *     on a security issue, or denies a threat
 * @param sector sector of the move (or of the desecuritized issue), or null when neither
 * @param referent canonical referent object (e.g. {@code sovereignty}), {@code state:XXX} when only
 *     a threatened actor is named, or null
 * @param threatSource code of the actor presented as the source of the threat, or null
 * @param strength share of the four components present (threat, referent, urgency/measure,
 *     source), 0..1, times 0.75 when the sentence is hedged; 0 without an unnegated threat term
 * @param negated true when a threat term in the sentence is negated ("is not a threat")
 * @param hedged true when the sentence holds a hedge (may, could, allegedly)
 * @param matchedTerms the lexicon phrases that decided the coding, as {@code category=phrase}
 * @param actors every actor mention of the sentence, in order
 * @param lexiconVersion version of the lexicon that made the coding
 * @param kwicStart offset of the key term in the document, or -1 when nothing was coded
 * @param kwicEnd offset after the key term, or -1
 * @param kwic key word in context: up to 40 chars either side of the key term, within the
 *     sentence, line breaks folded to spaces, the key term in {@code [[ ]]}; empty when nothing was
 *     coded
 * @param text the sentence text
 * @param securitizingActor who presents the threat: the speaker's code for the speaker's move; for
 *     a sentence that only reports another actor's claim of a threat ("NATO has declared that our
 *     country poses a threat"), that actor's code, or {@code other} when it is unnamed ("they
 *     claim"), and no move; null otherwise (no threat presented, or the speaker unknown)
 * @param detector which detector decided {@code move}: {@value #LEXICON} (the rules) or {@value
 *     #MODEL} (the trained detector, {@link org.dyadscope.code.model.ModelCoder})
 * @param moveProbability the trained detector's P(move), 0..1; null when the lexicon decided
 * @param asMove the sector, referent and threat source the lexicon's rules give the sentence were it
 *     a move (for a move, its own), which the trained detector's added moves take; null for a coding
 *     made without the rules' analysis; not stored
 */
public record SentenceCoding(
    String docId,
    int sentenceNo,
    int start,
    int end,
    String speaker,
    String date,
    boolean move,
    boolean desecuritizing,
    Sector sector,
    String referent,
    String threatSource,
    double strength,
    boolean negated,
    boolean hedged,
    List<String> matchedTerms,
    List<ActorMention> actors,
    String lexiconVersion,
    int kwicStart,
    int kwicEnd,
    String kwic,
    String text,
    String securitizingActor,
    String detector,
    Double moveProbability,
    MoveLabels asMove) {
  /** {@link #detector} of a coding by the lexicon's rules. */
  public static final String LEXICON = "lexicon";
  /** {@link #detector} of a coding whose move the trained detector decided. */
  public static final String MODEL = "model";

  /**
   * The labels of a move (CODEBOOK.md S, T and the referent), by the lexicon's rules.
   *
   * @param sector rule 5's sector of a move, never null (military without any vote)
   * @param referent canonical referent object, {@code state:XXX}, or null
   * @param threatSource code of the named threat source, or null
   */
  public record MoveLabels(Sector sector, String referent, String threatSource) {}

  /** A coding by the lexicon's rules ({@code detector} {@value #LEXICON}, no probability). */
  public SentenceCoding(String docId, int sentenceNo, int start, int end, String speaker, String date, boolean move,
      boolean desecuritizing, Sector sector, String referent, String threatSource, double strength, boolean negated,
      boolean hedged, List<String> matchedTerms, List<ActorMention> actors, String lexiconVersion, int kwicStart,
      int kwicEnd, String kwic, String text, String securitizingActor, MoveLabels asMove) {
    this(docId, sentenceNo, start, end, speaker, date, move, desecuritizing, sector, referent, threatSource, strength,
        negated, hedged, matchedTerms, actors, lexiconVersion, kwicStart, kwicEnd, kwic, text, securitizingActor,
        LEXICON, null, asMove);
  }

  /** Sector label, or empty. */
  public String sectorLabel() {
    return sector == null ? "" : sector.label();
  }
}
