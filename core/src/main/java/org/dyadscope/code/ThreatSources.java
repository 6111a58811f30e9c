package org.dyadscope.code;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dyadscope.code.lexicon.Attribute;
import org.dyadscope.code.lexicon.Flag;
import org.dyadscope.code.lexicon.WordList;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;
import org.dyadscope.code.lexicon.Sector;

/**
 * Rule 4, the threat source (CODEBOOK.md T): the actor named as the source, agent or sponsor of
 * the threat. The first found of:
 *
 * <ol type="a">
 *   <li>an actor just before a threat term, as adjective or possessor ("Israeli aggression",
 *       "NATO's aggression", "Iran's recent attack");
 *   <li>an actor after a source marker that follows the term ("threats emanating from X",
 *       "aggression by X"), or after "of" when the term is flagged {@code agentof} ("the
 *       aggression of NATO");
 *   <li>an actor earlier in the same clause that does not follow a target marker (the subject:
 *       "NATO is moving its military infrastructure"), unless a counter verb stands between it
 *       and the term ("the Syrian Government in combating extremist terrorism");
 *   <li>the subject of a relative clause later in the same clause ("the threats ... that NATO has
 *       been creating").
 * </ol>
 *
 * Each rule is tried over all threat terms (strong ones first) before the next rule. The speaker,
 * regions and absorbers are never sources. Intergovernmental organisations (UN, IAEA) count only
 * right before the term or under (b) ("sanctions imposed by the Security Council"): they are often
 * named in a threat sentence as the forum, not the agent. A demonym flagged {@code adj} ("Syrian")
 * counts only right before the term unless it heads an agent noun ("the Iranian regime", "Israeli
 * forces"). An actor after a referent and "of" ("the people of Yemen") or before "'s" and a
 * referent ("Ukraine's territorial integrity") is the referent's possessor, not a subject. An actor
 * after a target marker ("aggression against Yemen"), and a conjunct or comma-list item of a
 * target ("against Afghanistan and Iraq"), is the threatened party instead (see {@link
 * Referents#target}); so is the object of a threat term that is not a generic noun, right after
 * it or after it and an article or possessive ("NATO destroyed the Libyan State", "invaded Iraq",
 * "violate United Nations sanctions": the victim, not the source; "the threat Iran poses" and "the
 * threats that NATO has been creating" keep their subject). With no source found, a
 * named armed group is its own source.
 */
final class ThreatSources {
  /** Actor types that may be a threat source. */
  private static final Set<Attribute> SOURCE_TYPES = EnumSet.of(Attribute.STATE, Attribute.LEADER,
      Attribute.ALLIANCE, Attribute.IGO, Attribute.GROUP);
  private static final int AGENT_BEFORE = 4;
  private static final int SUBJECT_SCOPE = 12;
  private static final int MARKER_AFTER = 3;

  private final SentenceView v;

  ThreatSources(SentenceView v) {
    this.v = v;
  }

  /** The first named armed group (actor type {@code group}: ISIL) of the sentence, or null: a
   * threat by itself and its own source. */
  static Match namedGroup(SentenceView v) {
    for (Match m : v.matches) {
      LexiconEntry a = m.entry(Category.ACTOR);
      if (a != null && a.attr() == Attribute.GROUP) {
        return m;
      }
    }
    return null;
  }

  /**
   * The source's actor code, or null.
   *
   * @param threats the unnegated threat terms, strong ones first
   * @param group the sentence's named armed group, or null
   */
  String source(List<Match> threats, Match group) {
    String source = firstFound(threats, this::agentBefore);
    if (source == null) {
      source = firstFound(threats, this::markedAgentAfter);
    }
    if (source == null) {
      source = firstFound(threats, this::subjectBefore);
    }
    if (source == null) {
      source = firstFound(threats, this::clauseActorAfter);
    }
    if (source == null && group != null) {
      source = group.entry(Category.ACTOR).value();
    }
    return source;
  }

  /** The sector of the last mention of actor {@code code} that has one (armed groups: military),
   * or null. */
  Sector sectorOf(String code) {
    Sector sector = null;
    for (Match m : v.matches) {
      LexiconEntry a = m.entry(Category.ACTOR);
      if (a != null && a.value().equals(code) && a.sector() != null) {
        sector = a.sector();
      }
    }
    return sector;
  }

  private static String firstFound(List<Match> threats, Function<Match, String> rule) {
    for (Match t : threats) {
      String a = rule.apply(t);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** Rule (a): adjective or possessor right before the term. */
  private String agentBefore(Match t) {
    for (Match m : v.clauseMatchesBefore(t.from(), AGENT_BEFORE)) {
      ActorMention a = sourceActor(m);
      if (a != null) {
        boolean adjacent = m.to() == t.from()
            || (m.to() == t.from() - 1 && v.key(m.to()).equals("'s"));
        if (!adjacent && (a.type() == Attribute.IGO || isAdjective(m))) {
          return null;
        }
        return followsTargetMarker(m) ? null : a.code();
      }
      if (blocks(m)) {
        return null;
      }
    }
    return null;
  }

  /** Rule (b): "by X", "emanating from X" after the term. */
  private String markedAgentAfter(Match t) {
    if (t.entry(Category.THREAT).has(Flag.AGENTOF) && t.to() < v.size()
        && v.key(t.to()).equals("of") && !v.breakBefore(t.to())) {
      ActorMention a = v.actorStartingNear(t.to() + 1, 1);
      if (a != null && eligible(a)) {
        return a.code();
      }
    }
    for (Match m : v.clauseMatchesAfter(t.to(), MARKER_AFTER)) {
      LexiconEntry e = m.entry(Category.MARKER);
      if (e != null) {
        if (!e.value().equals("source")) {
          return null;
        }
        ActorMention a = v.actorStartingNear(m.to(), 2);
        return a != null && eligible(a) ? a.code() : null;
      }
    }
    return null;
  }

  /** Rule (c): an actor earlier in the clause, not governed by a target marker. */
  private String subjectBefore(Match t) {
    for (Match m : v.clauseMatchesBefore(t.from(), SUBJECT_SCOPE)) {
      ActorMention a = sourceActor(m);
      if (a != null && a.type() != Attribute.IGO && clauseSubject(m) && !countersBetween(m, t)) {
        return a.code();
      }
    }
    return null;
  }

  /** A counter verb between the actor and the threat term: the actor fights the threat. */
  private boolean countersBetween(Match actor, Match threat) {
    for (int k = actor.to(); k < threat.from(); k++) {
      if (v.isWord(k, WordList.COUNTER_VERBS)) {
        return true;
      }
    }
    return false;
  }

  /** Rule (d): the subject of a relative clause after the term ("... that NATO has created"). */
  private String clauseActorAfter(Match t) {
    for (Match m : v.clauseMatchesAfter(t.to(), SUBJECT_SCOPE)) {
      ActorMention a = sourceActor(m);
      if (a != null && a.type() != Attribute.IGO && afterRelativePronoun(m) && !isAdjective(m)) {
        return a.code();
      }
    }
    return null;
  }

  /** A demonym ("Syrian") that does not head an agent noun ("Syrian regime"). */
  private boolean isAdjective(Match m) {
    LexiconEntry e = m.entry(Category.ACTOR);
    return e != null && e.has(Flag.ADJ) && !(m.to() < v.size() && v.isWord(m.to(), WordList.AGENT_NOUNS));
  }

  /** An actor that can be the subject of a clause: no bare adjective, no possessor of a
   * referent ("the people of Yemen"), no target. */
  private boolean clauseSubject(Match m) {
    if (isAdjective(m)) {
      return false;
    }
    int k = m.from() - 1;
    if (k >= 1 && v.key(k).equals("of") && v.is(k - 1, Category.REFERENT)) {
      return false;
    }
    int after = m.to();
    if (after + 1 < v.size() && v.key(after).equals("'s") && v.is(after + 1, Category.REFERENT)) {
      return false; // "Ukraine's territorial integrity": the referent's possessor
    }
    return !followsTargetMarker(m);
  }

  private boolean afterRelativePronoun(Match actor) {
    for (int k = actor.from() - 1; k >= 0 && k >= actor.from() - 2; k--) {
      if (v.isWord(k, WordList.RELATIVE_PRONOUNS)) {
        return true;
      }
      if (v.at(k) != null) {
        return false;
      }
    }
    return false;
  }

  /** Matches that stop the backward search of rule (a): a marker, a term of another role. */
  private static boolean blocks(Match m) {
    return m.is(Category.MARKER) || m.is(Category.THREAT) || m.is(Category.URGENCY)
        || m.is(Category.REFERENT) || m.is(Category.DESECURITIZATION);
  }

  /** The actor follows a target marker (one unmatched token between allowed: "against the", "to
   * our"), or is a conjunct or comma-list item of such an actor: it is a target. */
  private boolean followsTargetMarker(Match actor) {
    int k = actor.from() - 1;
    for (int step = 0; step < 2 && k >= 0; step++, k--) {
      if (step == 0 && v.breakBefore(k + 1) && v.is(k, Category.ACTOR)) {
        // "in Yemen, Syria, Iraq": an item of a comma list of targets is a target
        return followsTargetMarker(v.at(k));
      }
      if (v.breakBefore(k + 1) && !v.coordination(k)) {
        return false;
      }
      Match m = v.at(k);
      if (m != null) {
        LexiconEntry e = m.entry(Category.MARKER);
        return e != null && e.value().equals("target");
      }
      if (v.coordination(k) && k >= 1 && v.at(k - 1) != null) {
        // "against Afghanistan and Iraq": a conjunct of a target is a target
        Match before = v.at(k - 1);
        return before.is(Category.ACTOR) && followsTargetMarker(before);
      }
    }
    return false;
  }

  private ActorMention sourceActor(Match m) {
    ActorMention a = SentenceView.actor(m);
    return a != null && eligible(a) && !objectOfThreat(m) ? a : null;
  }

  /** The actor right after a threat term that is not generic ("threat", "danger"), or after it and
   * one article or possessive (not a relative "that"), in its clause: the term's object, its victim
   * ("destroyed the Libyan State", "invaded Iraq"). */
  private boolean objectOfThreat(Match actor) {
    int k = actor.from() - 1;
    if (k >= 0 && !v.breakBefore(k + 1) && v.isWord(k, WordList.DETERMINERS)
        && !v.isWord(k, WordList.RELATIVE_PRONOUNS)) {
      k--;
    }
    return k >= 0 && !v.breakBefore(k + 1) && v.is(k, Category.THREAT)
        && !v.at(k).entry(Category.THREAT).has(Flag.GENERIC);
  }

  private boolean eligible(ActorMention a) {
    return SOURCE_TYPES.contains(a.type()) && !a.code().equals(v.speaker);
  }
}
