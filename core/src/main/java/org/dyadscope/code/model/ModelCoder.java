package org.dyadscope.code.model;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.dyadscope.code.MoveDetector;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.code.lexicon.Sector;

/**
 * Codes sentences for {@code move} with the trained detector ({@link MoveModel}) over the lexicon's
 * codings, keeping the lexicon's evidence: matched terms, key word in context and its span, sector,
 * threat source, referent, securitizing actor, lexicon version. Where the detector and the lexicon
 * agree the coding is the lexicon's, with the detector's probability. Where the detector finds a
 * move the lexicon did not, the speaker is the securitizing actor, the sector, referent and threat
 * source are those the lexicon's rules give the sentence as a move ({@link SentenceCoding#asMove}:
 * rule 5's vote, military without any), and a sentence without any
 * lexicon evidence gets the whole sentence as its key word in context ({@code [[...]]}, its offsets
 * the sentence's). Where the detector finds no move the lexicon coded, the move's threat source,
 * referent and securitizing actor are dropped (the sector too unless the sentence desecuritizes),
 * its matched terms kept as what the lexicon saw. Every coding says which detector decided ({@link
 * SentenceCoding#detector}).
 */
public final class ModelCoder implements MoveDetector {
  private final MoveModel model;
  private final EmbeddingCache cache;

  /**
   * @throws IllegalArgumentException when the model was trained on another encoder's vectors than
   *     the cache's (retrain it with {@code dyadscope train CASE})
   */
  public ModelCoder(MoveModel model, EmbeddingCache cache) {
    if (!model.encoder().equals(cache.version())) {
      throw new IllegalArgumentException("the move detector was trained on " + model.encoder() + " embeddings, this build has "
          + cache.version() + "; retrain it with dyadscope train CASE");
    }
    this.model = model;
    this.cache = cache;
  }

  /** The frozen model this coder applies. */
  public MoveModel model() {
    return model;
  }

  /**
   * Codes the sentences of one document that {@code selected} chooses (by index) with the detector;
   * the others keep the lexicon's coding.
   *
   * @param document the lexicon's codings of every sentence of one document, in order
   * @return one coding per sentence, in order
   * @throws SQLException when the embedding cache cannot be read or written
   */
  public List<SentenceCoding> code(List<SentenceCoding> document, IntPredicate selected) throws SQLException {
    int n = document.size();
    boolean any = false;
    for (int i = 0; i < n && !any; i++) {
      any = selected.test(i);
    }
    if (!any) {
      return document;
    }
    List<float[]> vectors = MoveFeatures.contextVectors(document, selected, cache);
    List<SentenceCoding> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      SentenceCoding c = document.get(i);
      out.add(selected.test(i) ? decide(c, model.probability(MoveFeatures.of(document, vectors, i))) : c);
    }
    return out;
  }

  /**
   * Codes the candidates of {@code document} ({@link #candidate}) with the detector ({@link #code});
   * the other sentences keep the lexicon's coding, which is never a move.
   */
  @Override
  public List<SentenceCoding> decide(List<SentenceCoding> document) throws SQLException {
    return code(document, i -> candidate(document.get(i)));
  }

  /**
   * Whether the detector judges a sentence: the lexicon saw something in it (a move, a
   * desecuritizing move, a negated threat, an unnegated threat term, or any matched term, such as
   * another actor's reported claim). Every move the lexicon finds is a candidate, so the detector
   * can drop it but none is lost unseen; a sentence without any of these keeps the lexicon's "no
   * move". This keeps the embedding work within the flagship's 2-core run time (README, "Speed");
   * its cost in recall is measured on the tuning splits ({@code CASE/model/manifest.json}).
   */
  public static boolean candidate(SentenceCoding c) {
    return c.move() || c.desecuritizing() || c.negated() || c.strength() > 0 || !c.matchedTerms().isEmpty();
  }

  /** {@code c} with the detector's decision for probability {@code p}. */
  SentenceCoding decide(SentenceCoding c, double p) {
    boolean move = model.move(p);
    if (move == c.move()) {
      return with(c, c.move(), c.sector(), c.referent(), c.threatSource(), c.kwicStart(), c.kwicEnd(), c.kwic(),
          c.securitizingActor(), p);
    }
    if (move) {
      boolean evidence = c.kwicStart() >= 0;
      SentenceCoding.MoveLabels labels = c.asMove() != null ? c.asMove()
          : new SentenceCoding.MoveLabels(c.sector(), c.referent(), c.threatSource());
      return with(c, true, labels.sector(), labels.referent(), labels.threatSource(),
          evidence ? c.kwicStart() : c.start(), evidence ? c.kwicEnd() : c.end(),
          evidence ? c.kwic() : "[[" + c.text().replaceAll("\\s+", " ").strip() + "]]", c.speaker(), p);
    }
    return with(c, false, c.desecuritizing() ? c.sector() : null, null, null, c.kwicStart(), c.kwicEnd(), c.kwic(),
        null, p);
  }

  private static SentenceCoding with(SentenceCoding c, boolean move, Sector sector,
      String referent, String threatSource, int ks, int ke, String kwic, String securitizingActor, double p) {
    return new SentenceCoding(c.docId(), c.sentenceNo(), c.start(), c.end(), c.speaker(), c.date(), move,
        c.desecuritizing(), sector, referent, threatSource, c.strength(), c.negated(), c.hedged(), c.matchedTerms(),
        c.actors(), c.lexiconVersion(), ks, ke, kwic, c.text(), securitizingActor, SentenceCoding.MODEL, p, c.asMove());
  }
}
