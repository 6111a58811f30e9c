package org.dyadscope.code;

import java.util.List;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.code.lexicon.Match;
import org.dyadscope.code.text.Sentence;
import org.dyadscope.code.text.Token;
import org.dyadscope.code.text.Tokenizer;

/**
 * Codes one sentence for securitization, after the Copenhagen School (Buzan, Wæver &amp; de Wilde
 * 1998, <i>Security: A New Framework for Analysis</i>, ch. 2): the speaker is the securitizing
 * actor; a securitizing move presents a <b>threat</b> to a <b>referent object</b> and asks for
 * <b>urgency or extraordinary measures</b>; the threat may have a named <b>source</b>. The audience
 * (acceptance) cannot be seen in one sentence and is not coded. The rules implement {@code
 * cases/russia-iran-2012-2022/gold/CODEBOOK.md}.
 *
 * <p>Rules, in order (all lexicon matching uses the one overlap rule of {@link
 * org.dyadscope.code.lexicon.PhraseMatcher}: longest match wins, then leftmost; each rule is
 * documented in the class that implements it):
 *
 * <ol>
 *   <li><b>Negation</b>: a negated or reported threat term is a denial, which desecuritizes
 *       ({@link Negation}); a threat word hyphenated to a neutralizing prefix is none ({@link
 *       ThreatTerms}).
 *   <li><b>Move</b> ({@link SentenceAnalysis}), reading the ending scope of desecuritization cues
 *       ({@link EndingScope}), what calls ask for ({@link Calls}), the weight of threat terms
 *       ({@link ThreatTerms}), referents ({@link Referents}) and narration ({@link Narration}).
 *   <li><b>Desecuritization</b> ({@link SentenceAnalysis}).
 *   <li><b>Threat source</b> ({@link ThreatSources}).
 *   <li><b>Sector</b>, by votes ({@link SectorVote}).
 *   <li><b>Strength</b>: (T + R + U + S) / 4, times 0.75 when a hedge is present ({@link
 *       SentenceAnalysis}).
 * </ol>
 *
 * <p>Not thread-safe (it reuses a tokenizer buffer): use one coder per thread.
 */
public final class SecuritizationCoder {
  /** Factor of a hedged sentence's strength ("may", "could", "allegedly"). */
  public static final double HEDGE_FACTOR = SentenceAnalysis.HEDGE_FACTOR;

  private final Lexicon lexicon;
  private final Tokenizer tokenizer = new Tokenizer();

  public SecuritizationCoder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The lexicon this coder uses. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Codes sentence {@code s} of a document.
   *
   * @param docText the document's NFC text that {@code s} offsets point into
   * @param s the sentence
   * @param docId document id, copied to the coding
   * @param speaker speaker code (never coded as its own threat source), or null
   * @param date date as known (ISO date, year-month or year), or null
   */
  public SentenceCoding code(String docText, Sentence s, String docId, String speaker, String date) {
    List<Token> tokens = tokenizer.tokenize(docText, s.start(), s.end());
    List<Match> matches = ActorNames.correct(lexicon.matcher().match(tokens, docText), tokens, lexicon.words());
    SentenceView view = new SentenceView(docText, s, tokens, matches, speaker, lexicon.words());
    return new SentenceAnalysis(view, year(date), lexicon.roles(), date).code(docId, date, lexicon.version());
  }

  /** The year of an ISO date, year-month or year, or 0 when unknown. */
  private static int year(String date) {
    if (date == null || date.length() < 4) {
      return 0;
    }
    try {
      return Integer.parseInt(date.substring(0, 4));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
