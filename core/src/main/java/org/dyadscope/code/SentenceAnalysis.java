package org.dyadscope.code;

import java.util.ArrayList;
import java.util.List;
import org.dyadscope.code.lexicon.Attribute;
import org.dyadscope.code.lexicon.Flag;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;
import org.dyadscope.code.lexicon.Roles;
import org.dyadscope.code.lexicon.Sector;

/**
 * Codes one sentence: sorts its lexicon matches by role, applies the rules of {@link
 * SecuritizationCoder} in order and decides the move (rule 2), desecuritization (rule 3) and
 * strength (rule 6). One instance per sentence.
 *
 * <p><b>Move</b> (CODEBOOK.md M). With T = unnegated threat terms, R = a referent object or a
 * threatened actor, U = an urgency cue or extraordinary measure, S = a threat source (each from a
 * different match; a named armed group such as ISIL counts as a strong T and as its own S): a move
 * when there is a strong T (a strong term implies its referent: terrorism threatens someone); or a
 * weak T has R with U, S or a second, different T; or U with S or a second T; or a call to fight
 * it (combat, defeat, counter, or the term set "against": {@link Calls#opposed}). A generic strong
 * term is strong only when specified ({@link ThreatTerms}) or when the sentence names a source or
 * target; a hostile act aimed at the speaker and a predicate of ruin on a present referent are
 * strong ({@link Referents}). Terms governed by an ending cue do not count ({@link EndingScope}); an
 * urgency cue that calls for normal politics is no U ({@link Calls}). Never a move: an enumeration
 * without U, S or a named group ({@link ThreatTerms#enumeration}); narration or history ({@link
 * Narration}); a question (the sentence ends with "?") unless it has T with R, U or S: a rhetorical
 * question asserts a threat only when it also names a referent, a call or a source ("Why are the
 * financiers of terrorist organizations spared?" is a move; "Are we united against the
 * extremists?" is not).
 *
 * <p>Threat terms in another actor's reported words ({@link ReportedSpeech}) are that actor's claim,
 * and those a past verb of overcoming governs ({@link Victories}) a past victory: neither counts
 * as T. A sentence whose only threat terms are claimed names the claimant as its securitizing actor.
 *
 * <p><b>Desecuritization</b> (CODEBOOK.md D). A strong desecuritization cue; or a weak one
 * (cooperation, settlement, compromise) in a sentence with a security context (a threat term, a
 * military or political referent or sector cue); or an ending or disarmament cue that governs a
 * threat term ({@link EndingScope}); or a negated threat term ({@link Negation}).
 *
 * <p><b>Strength</b>: (T + R + U + S) / 4, times {@value #HEDGE_FACTOR} when a hedge is present.
 */
final class SentenceAnalysis {
  static final double HEDGE_FACTOR = 0.75;

  private final SentenceView v;
  private final Narration narration;
  private final List<Match> threats = new ArrayList<>();
  private final List<Match> negatedThreats = new ArrayList<>();
  private final List<Match> endedThreats = new ArrayList<>();
  private final List<Match> reportedThreats = new ArrayList<>();
  private final ReportedSpeech reported;
  private final List<Match> referents = new ArrayList<>();
  private final List<Match> urgencies = new ArrayList<>();
  private final List<Match> desecs = new ArrayList<>();
  private final List<Match> sectorCues = new ArrayList<>();
  private final List<ActorMention> actors = new ArrayList<>();
  private boolean hedged;

  /**
   * Sorts the matches by role and applies rule 1 (negation, {@link Negation}).
   *
   * @param docYear the document's year, or 0 when unknown
   * @param roles the leaders' dated offices
   * @param date the document's date as known (ISO date, year-month or year), or null
   */
  SentenceAnalysis(SentenceView v, int docYear, Roles roles, String date) {
    this.v = v;
    this.narration = new Narration(v, docYear);
    this.reported = ReportedSpeech.find(v);
    for (Match m : v.matches) {
      ActorMention a = SentenceView.actor(m);
      if (a != null) {
        String person = m.entry(Category.ACTOR).person();
        actors.add(person == null ? a : a.withRole(roles.at(person, date)));
      }
      if (m.is(Category.THREAT) && !ThreatTerms.prefixed(v, m)) {
        if (Negation.isNegated(v, m)) {
          negatedThreats.add(m);
        } else if (reported != null && reported.covers(m)) {
          reportedThreats.add(m); // another actor's claim, not the speaker's threat
        } else if (Victories.overcome(v, m)) {
          endedThreats.add(m); // a past victory over it: no present danger
        } else {
          threats.add(m);
        }
      } else if (m.is(Category.URGENCY)) {
        urgencies.add(m);
      }
      if (m.is(Category.REFERENT)) {
        referents.add(m);
      }
      if (m.is(Category.DESECURITIZATION)) {
        desecs.add(m);
      }
      if (m.is(Category.SECTOR)) {
        sectorCues.add(m);
      }
      if (m.is(Category.HEDGE)) {
        hedged = true;
      }
    }
    Negation.spreadOverCoordination(v, threats, negatedThreats);
    // strong threat terms first, then by position (stable sort keeps position order)
    threats.sort((x, y) -> Boolean.compare(!ThreatTerms.strong(x), !ThreatTerms.strong(y)));
  }

  /** The coding; call once. */
  SentenceCoding code(String docId, String date, String version) {
    // a threat that is the object of an ending cue ("an end to hostilities") is being
    // desecuritized, not presented: it gives context but no move
    List<Match> endings = EndingScope.apply(v, desecs, threats, endedThreats);
    // "we must end the conflicts", "must be settled through dialogue": the call asks for
    // normal politics, not for measures against a threat
    urgencies.removeIf(u -> Calls.callsForDesecuritization(v, u, endings, threats));
    Referents referentRules = new Referents(v);
    String target = referentRules.target(threats);
    Match group = ThreatSources.namedGroup(v); // a named armed group is a threat by itself
    if (group != null && ((reported != null && reported.covers(group)) || Victories.overcome(v, group))) {
      group = null;
    }
    ThreatSources sources = new ThreatSources(v);
    String source = sources.source(threats, group);
    Match referent = Referents.nearest(referents, threats);
    boolean hasT = !threats.isEmpty() || group != null;
    boolean hasR = referent != null || target != null;
    boolean hasU = !urgencies.isEmpty();
    boolean hasS = source != null;
    Match against = threats.stream().filter(t -> Calls.opposed(v, t)).findFirst().orElse(null);
    boolean hasCounter = against != null
        || urgencies.stream().anyMatch(m -> m.entry(Category.URGENCY).attr() == Attribute.COUNTER);
    boolean anchored = hasS || target != null;
    boolean strongT = group != null || threats.stream().anyMatch(t -> ThreatTerms.strong(t)
            && (anchored || !ThreatTerms.generic(t) || ThreatTerms.specified(v, t, threats, referents, urgencies))
        || referentRules.aimedAct(t) || referentRules.harmedReferent(t));
    long distinctT = threats.stream().filter(m -> !m.entry(Category.THREAT).has(Flag.LEAD))
        .map(m -> m.entry(Category.THREAT).value()).distinct().count();
    boolean move = strongT
        || (hasT && ((hasR && (hasU || hasS || distinctT >= 2))
            || (hasU && (hasS || distinctT >= 2)) || hasCounter));
    if (move && !hasU && !hasS && group == null && ThreatTerms.enumeration(v, threats)) {
      move = false; // a list of ills ("poverty, war, conflicts or terrorism") names no threat to anyone
    }
    if (narration.rulesOutMove(hasU)) {
      move = false;
    }
    if (v.isQuestion() && !(hasT && (hasR || hasU || hasS))) {
      move = false; // a question asserts a threat only with a referent, a call or a named source
    }

    List<Match> desecUsed = desecuritizationCues(hasT, endings);
    boolean desec = !desecUsed.isEmpty() || !negatedThreats.isEmpty();

    // the move's sector is voted whether or not the rules call a move: a move the trained detector
    // adds takes it (SentenceCoding.asMove)
    Sector moveSector = new SectorVote().move(threats, urgencies, source == null ? null : sources.sectorOf(source))
        .winner(referents, sectorCues);
    Sector sector = null;
    if (move) {
      sector = moveSector;
    } else if (desec) {
      sector = new SectorVote().desecuritization(desecUsed, negatedThreats, threats)
          .winner(referents, sectorCues);
    }
    double strength = hasT
        ? (1 + (hasR ? 1 : 0) + (hasU ? 1 : 0) + (hasS ? 1 : 0)) / 4.0 * (hedged ? HEDGE_FACTOR : 1.0)
        : 0.0;
    String referentLabel = referent != null
        ? referent.entry(Category.REFERENT).value()
        : target != null ? "state:" + target : null;

    List<String> terms = new ArrayList<>();
    if (move) {
      threats.forEach(m -> terms.add("threat=" + m.entry(Category.THREAT).phrase()));
      if (group != null) {
        terms.add("group=" + group.entry(Category.ACTOR).phrase());
      }
      if (referent != null) {
        terms.add("referent=" + referent.entry(Category.REFERENT).phrase());
      }
      urgencies.forEach(m -> terms.add(Attribute.label(m.entry(Category.URGENCY).attr()) + "="
          + m.entry(Category.URGENCY).phrase()));
      if (against != null) {
        terms.add("counter=against " + against.entry(Category.THREAT).phrase());
      }
      if (source != null) {
        terms.add("source=" + source);
      }
    }
    if (desec) {
      desecUsed.forEach(m -> terms.add("desecuritization=" + m.entry(Category.DESECURITIZATION).phrase()));
      negatedThreats.forEach(m -> terms.add("denied=" + m.entry(Category.THREAT).phrase()));
    }
    boolean claimed = !move && !reportedThreats.isEmpty();
    if (claimed) {
      terms.add(reported.term());
      reportedThreats.forEach(m -> terms.add("claimed=" + m.entry(Category.THREAT).phrase()));
    }
    if (hedged && (move || desec)) {
      terms.add("hedged");
    }
    Match key = move ? (threats.isEmpty() ? group : threats.get(0))
        : !desecUsed.isEmpty() ? desecUsed.get(0)
        : !negatedThreats.isEmpty() ? negatedThreats.get(0)
        : claimed ? reportedThreats.get(0)
        : null;
    String securitizingActor = move ? v.speaker : claimed ? reported.actor() : null;
    int ks = key == null ? -1 : key.start();
    int ke = key == null ? -1 : key.end();
    return new SentenceCoding(docId, v.sentence.number(), v.sentence.start(), v.sentence.end(), v.speaker,
        date, move, desec, sector, move ? referentLabel : null, move ? source : null,
        strength, !negatedThreats.isEmpty(), hedged,
        List.copyOf(terms), List.copyOf(actors), version, ks, ke,
        key == null ? "" : Kwic.of(v.docText, v.sentence, ks, ke), v.sentence.text(), securitizingActor,
        new SentenceCoding.MoveLabels(moveSector, referentLabel, source));
  }

  /**
   * The desecuritization cues that count: strong ones; ending and disarmament cues that govern a
   * term ({@code endings}); weak ones in a security context (a threat term, negated, ended or not,
   * or a military or political referent or sector cue).
   */
  private List<Match> desecuritizationCues(boolean hasT, List<Match> endings) {
    boolean context = hasT || !negatedThreats.isEmpty() || !endedThreats.isEmpty()
        || referents.stream().anyMatch(SentenceAnalysis::securityContext)
        || sectorCues.stream().anyMatch(SentenceAnalysis::securityContext);
    List<Match> used = new ArrayList<>();
    for (Match d : desecs) {
      Attribute kind = d.entry(Category.DESECURITIZATION).attr();
      if (EndingScope.governing(kind) ? endings.contains(d) : kind == Attribute.STRONG || context) {
        used.add(d);
      }
    }
    return used;
  }

  private static boolean securityContext(Match m) {
    LexiconEntry e = m.entry(Category.REFERENT);
    if (e == null) {
      e = m.entry(Category.SECTOR);
    }
    return e != null && (e.sector() == Sector.MILITARY || e.sector() == Sector.POLITICAL);
  }
}
