package org.dyadscope.code;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.code.lexicon.Category;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.code.lexicon.LexiconEntry;
import org.dyadscope.code.lexicon.Match;
import org.dyadscope.code.lexicon.Sector;
import org.dyadscope.code.text.Sentence;
import org.dyadscope.code.text.Token;
import org.dyadscope.code.text.Tokenizer;

/**
 * Codes one sentence for securitization, after the Copenhagen School (Buzan, Wæver &amp; de Wilde
 * 1998, <i>Security: A New Framework for Analysis</i>, ch. 2): the speaker is the securitizing
 * actor; a securitizing move presents a <b>threat</b> to a <b>referent object</b> and asks for
 * <b>urgency or extraordinary measures</b>; the threat may have a named <b>source</b>. The audience
 * (acceptance) cannot be seen in one sentence and is not coded.
 *
 * <p>Rules, in order (all lexicon matching uses the one overlap rule of {@link
 * org.dyadscope.code.lexicon.PhraseMatcher}: longest match wins, then leftmost):
 *
 * <ol>
 *   <li><b>Negation.</b> A threat term is negated when a negation cue stands among the three tokens
 *       before it, with no clause break and no preposition (a {@code markers.tsv} phrase) between:
 *       "is not a threat", "poses no threat", but not "no justification for terrorism"; or when a
 *       denial of intention or belief (negation cue flagged {@code clause}) stands earlier in its
 *       clause, up to ten tokens before: "we have no intention to fight a war"; or when a reporting
 *       cue ({@code reported.tsv}) stands up to six tokens before it in its clause: "the so-called
 *       Iranian threat", "on the pretext of fighting terrorism". A negation covers the threat terms
 *       coordinated with the negated one ("not war and aggression", "the rejection of violence and
 *       extremism", "free from violence, hatred and fear"). A negated or reported threat is a
 *       denial, which desecuritizes (CODEBOOK.md D3). The infinitive "to" after "not" or "never"
 *       does not stop a negation ("is not to perpetuate hatred"); "no to" does ("say no to
 *       militarization" is a call). A threat word hyphenated to pre, post, anti
 *       or non ("pre-war", "anti-piracy") is no threat term at all.
 *   <li><b>Move.</b> With T = unnegated threat terms, R = a referent object or a threatened actor,
 *       U = an urgency cue or extraordinary measure, S = a threat source (each from a different
 *       match; a named armed group such as ISIL counts as a strong T and as its own S): a move
 *       when there is a strong T (a strong term implies its referent: terrorism threatens
 *       someone); or a weak T has R with U, S or a second, different T; or U with S or a second T;
 *       or a call to fight it (combat, defeat, counter). A <b>generic</b> strong term (flag {@code
 *       generic}: threat, threats, danger, dangerous) is strong only when it is specified: a
 *       referent or call in its clause, a specifier right after it ("the threat of", "threats
 *       from", "a danger to"), a named source or target, or another, specific threat term in the
 *       sentence; otherwise it counts as weak ("evolving threats", "the dangers we face":
 *       CODEBOOK.md M, generic mentions are no move). A threat term governed by an ending cue
 *       ("an end to hostilities"), with the terms coordinated with it ("hostilities and
 *       violence"), is desecuritized and does not count, unless it is a one-sided hostile act
 *       (flag {@code act}: aggression, occupation, blockade, sanctions), whose ending is demanded
 *       ("the termination of aggression against Yemen" is a move as well as desecuritizing); a
 *       weapons term governed by a disarmament cue ("the destruction of chemical weapons",
 *       desecuritization attr {@code disarm}) is disarmament, not a threat. A settlement cue (flag
 *       {@code settles}: resolve, settlement of, political solution) governs the endable term after
 *       it as an ending cue does ("resolving the crisis"); "prevented" and "averted" (flag {@code
 *       averted}) govern hostile acts too; the threat terms of a relative clause right after a
 *       governed term share its fate ("end the conflicts that are driving so much pain"). A threat
 *       term right after "against" is opposed, a call to fight it ("our weapon against COVID-19").
 *       A predicate of ruin (flag {@code harm}: collapse, destroyed, on the brink of) whose subject
 *       is a referent right before a present cue is strong ("our region is on the brink of
 *       collapse"). An <b>enumeration</b>
 *       (every threat term in one coordinated list of three or more: "poverty, the refugee
 *       crisis, war, conflicts or terrorism") is a move only with U, S or a named armed group.
 *       A sentence with a history
 *       cue ({@code history.tsv}: anniversary, the Second World War) is a move only when it has U.
 *       <b>Narration</b> is never a move: a sentence with a past cue ({@code tense.tsv}: was, had,
 *       ago; or "in"/"of" and a year five or more years before the document's) and no present cue
 *       (is, will, must, today). In a <b>question</b> (the sentence ends with "?") a strong T alone
 *       is no move: a rhetorical question asserts a threat only when it also names a referent, a
 *       call or a source ("Why are the financiers of terrorist organizations spared?" is a move;
 *       "Are we united against the extremists?" is not; CODEBOOK.md M).
 *   <li><b>Desecuritization.</b> A strong desecuritization cue; or a weak one (cooperation,
 *       settlement, compromise) in a sentence with a security context (a threat term, a military
 *       or political referent or sector cue, or two or more states named); or an ending cue (end,
 *       termination of) followed within five tokens of the clause by a threat term flagged {@code
 *       endable} ("end the war", "termination of aggression"), or a disarmament cue (destruction,
 *       elimination, dismantling) by one flagged {@code weapon}; or a negated threat term (denying
 *       a threat desecuritizes it: "China would never seek hegemony").
 *   <li><b>Threat source</b>, the first found of: (a) an actor just before a threat term, as
 *       adjective or possessor ("Israeli aggression", "NATO's aggression", "Iran's recent
 *       attack"); (b) an actor after a source marker that follows the term ("threats emanating
 *       from X", "aggression by X"), or after "of" when the term is flagged {@code agentof} ("the
 *       aggression of NATO"); (c) an actor earlier in the same clause that does not follow a
 *       target marker (the subject: "NATO is moving its military infrastructure"); (d) the subject
 *       of a relative clause later in the same clause ("the threats ... that NATO has been
 *       creating"). Intergovernmental organisations (UN, IAEA) count only right before the term
 *       or under (b) ("sanctions imposed by the Security Council"): they are often named in a
 *       threat sentence as the forum, not the agent. A demonym flagged {@code adj} ("Syrian")
 *       counts only right before the term ("Israeli aggression") unless it heads an agent noun
 *       ("the Iranian regime", "Israeli forces"). An actor after a referent and "of" ("the
 *       people of Yemen") or before "'s" and a referent ("Ukraine's territorial integrity") is the
 *       referent's possessor, not a subject; a conjunct or comma-list item of a target ("against Afghanistan and
 *       Iraq") is a target. Rules are tried over all threat terms (strong ones first) before the
 *       next rule. The speaker, regions and absorbers are never sources. An actor after a target
 *       marker ("aggression against Yemen") is the threatened referent instead.
 *   <li><b>Sector</b>, by votes. Moves: each unnegated threat term's sector 4 (strong) or 2
 *       (weak), the threat source's sector (armed groups: military) 2, each measure 1.
 *       Desecuritizing sentences without a move: each desecuritization cue's sector 2, each threat
 *       term's sector 1. Both: each referent and sector cue 1. The highest wins; ties go to the
 *       order military, political, economic, societal, environmental; a coded sentence without
 *       any vote is military (generic peace and security).
 *   <li><b>Strength</b>: (T + R + U + S) / 4, times 0.75 when a hedge is present.
 * </ol>
 *
 * <p>Not thread-safe (it reuses a tokenizer buffer): use one coder per thread.
 */
public final class SecuritizationCoder {
  /** Actor types that may be a threat source. */
  private static final Set<String> SOURCE_TYPES = Set.of("state", "leader", "alliance", "igo", "group");

  private static final int KWIC_WINDOW = 40;
  private static final int NEGATION_SCOPE = 3;
  private static final int DENIAL_SCOPE = 10;
  private static final int REPORTED_SCOPE = 6;
  /** A year this many years or more before the document's year, after "in" or "of", is past: history, not a recent event still in view (CODEBOOK.md, "Present or future"). */
  private static final int PAST_YEARS = 5;
  private static final int AGENT_BEFORE = 4;
  private static final int SUBJECT_SCOPE = 12;
  private static final int MARKER_AFTER = 3;
  private static final int ENDING_SCOPE = 5;
  /** Tokens after an urgency cue in which a desecuritization cue makes it a call for normal politics. */
  private static final int CALL_SCOPE = 8;
  /** Threat terms in one coordinated list that make it an enumeration of ills. */
  private static final int LIST_ITEMS = 3;
  private static final double HEDGE_FACTOR = 0.75;
  private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom", "whose");
  private static final Set<String> COORDINATION = Set.of("and", "or");
  /** Relative pronouns that open a clause describing a thing (not "who": a person). */
  /** Determiners and possessives that may stand between a preposition and its noun. */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "that",
      "those", "its", "their", "our", "any", "all");
  private static final Set<String> RELATIVE_CLAUSE = Set.of("that", "which");
  /** Prefixes that, hyphenated to a threat word, leave no threat: "pre-war", "post-conflict",
   * "anti-war", "non-violent". */
  private static final Set<String> NEUTRALIZING_PREFIXES = Set.of("pre", "post", "anti", "non");
  /** Words after a generic threat noun that say what the threat is, whose it is or whom it
   * threatens. */
  private static final Set<String> SPECIFIERS = Set.of("of", "from", "to", "against", "posed",
      "facing", "emanating");
  /** Nouns naming a state's people as the victim of a hostile act ("sanctions on my people"). */
  private static final Set<String> VICTIMS = Set.of("people", "peoples", "nation", "nations",
      "country", "countries", "citizens", "population", "populations", "civilians");
  private static final Set<String> FIRST_PERSON = Set.of("my", "our");
  /** Nouns that turn a demonym into an agent: "the Iranian regime", "Israeli forces". */
  private static final Set<String> AGENT_NOUNS = Set.of("regime", "regimes", "government",
      "governments", "authorities", "forces", "army", "military", "troops", "leadership",
      "president", "administration", "side", "officials", "navy", "air", "occupiers", "state");

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
    List<Match> matches = lexicon.matcher().match(tokens, docText);
    return new Analysis(docText, s, tokens, matches, speaker, year(date)).result(docId, date, lexicon.version());
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

  /** The per-sentence working state. */
  private static final class Analysis {
    final String docText;
    final Sentence sentence;
    final List<Token> tokens;
    final List<Match> matches;
    final String speaker;
    final int[] owner;
    final List<Match> threats = new ArrayList<>();
    final List<Match> negatedThreats = new ArrayList<>();
    final List<Match> endedThreats = new ArrayList<>();
    final List<Match> referents = new ArrayList<>();
    final List<Match> urgencies = new ArrayList<>();
    final List<Match> desecs = new ArrayList<>();
    final List<Match> sectorCues = new ArrayList<>();
    final List<ActorMention> actors = new ArrayList<>();
    boolean hedged;
    boolean historical;
    int pastCues;
    int presentCues;
    final int docYear;
    Sector sourceSector;

    Analysis(String docText, Sentence sentence, List<Token> tokens, List<Match> matches, String speaker,
        int docYear) {
      this.docText = docText;
      this.docYear = docYear;
      this.sentence = sentence;
      this.tokens = tokens;
      this.matches = matches;
      this.speaker = speaker;
      owner = new int[tokens.size()];
      java.util.Arrays.fill(owner, -1);
      for (int i = 0; i < matches.size(); i++) {
        Match m = matches.get(i);
        for (int t = m.from(); t < m.to(); t++) {
          owner[t] = i;
        }
      }
      for (Match m : matches) {
        LexiconEntry a = m.entry(Category.ACTOR);
        if (a != null && !a.attr().equals("none") && !a.value().equals("-")) {
          actors.add(new ActorMention(a.value(), a.attr(), a.phrase(), m.start(), m.end()));
        }
        if (m.is(Category.THREAT) && !prefixed(m)) {
          (isNegated(m) ? negatedThreats : threats).add(m);
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
        if (m.is(Category.HISTORY)) {
          historical = true;
        }
        LexiconEntry tense = m.entry(Category.TENSE);
        if (tense != null) {
          if (tense.value().equals("past")) {
            pastCues++;
          } else {
            presentCues++;
          }
        }
      }
      pastCues += pastYears();
      // a negation covers the whole coordination it heads: "not war and aggression", "not through
      // conflict and sanctions", "the rejection of violence and extremism"
      for (int i = 0; i < negatedThreats.size(); i++) {
        for (Match c = conjunct(negatedThreats.get(i)); c != null; c = conjunct(c)) {
          if (threats.remove(c)) {
            negatedThreats.add(c);
          }
        }
      }
      // strong threat terms first, then by position (stable sort keeps position order)
      threats.sort((x, y) -> Boolean.compare(!strong(x), !strong(y)));
    }

    /** "pre-war", "post-conflict", "anti-war": a hyphenated prefix turns the threat word into a time
     * or a stance (the tokenizer splits at hyphens). */
    private boolean prefixed(Match m) {
      int k = m.from() - 1;
      if (k < 0 || !NEUTRALIZING_PREFIXES.contains(tokens.get(k).key())) {
        return false;
      }
      int gap = tokens.get(k).end();
      return m.start() == gap + 1 && docText.charAt(gap) == '-';
    }

    SentenceCoding result(String docId, String date, String version) {
      List<String> terms = new ArrayList<>();
      // a threat that is the object of an ending cue ("an end to hostilities") is being
      // desecuritized, not presented: it gives context but no move
      List<Match> endings = new ArrayList<>();
      for (Match d : desecs) {
        LexiconEntry de = d.entry(Category.DESECURITIZATION);
        String kind = de.attr();
        if (governing(kind) || de.has("settles")) {
          List<Match> ended = endedThreats(d, kind.equals("disarm") ? "weapon" : "endable");
          if (!ended.isEmpty()) {
            if (governing(kind)) {
              endings.add(d);
            }
            for (Match m : ended) {
              if (!m.entry(Category.THREAT).has("act") || de.has("averted")) {
                threats.remove(m); // ending a mutual fight desecuritizes it; ending a hostile act also demands it
                endedThreats.add(m);
              }
            }
            threats.remove(d); // "destruction" of weapons is disarmament, not a threat
          }
        }
      }
      // "we must end the conflicts", "must be settled through dialogue": the call asks for
      // normal politics, not for measures against a threat
      urgencies.removeIf(u -> callsForDesecuritization(u, endings));
      String target = null;
      for (Match t : threats) {
        target = target != null ? target : targetAfter(t);
      }
      String source = threatSource();
      Match group = null;
      for (Match m : matches) {
        LexiconEntry a = m.entry(Category.ACTOR);
        if (group == null && a != null && a.attr().equals("group")) {
          group = m; // a named armed group is a threat by itself (and its own source)
        }
      }
      if (source == null && group != null) {
        source = group.entry(Category.ACTOR).value();
      }
      if (source != null) {
        for (Match m : matches) {
          LexiconEntry a = m.entry(Category.ACTOR);
          if (a != null && a.value().equals(source) && a.sector() != null) {
            sourceSector = a.sector();
          }
        }
      }
      Match referent = nearestReferent();
      boolean hasT = !threats.isEmpty() || group != null;
      boolean hasR = referent != null || target != null;
      boolean hasU = !urgencies.isEmpty();
      boolean hasCounter = urgencies.stream()
          .anyMatch(m -> m.entry(Category.URGENCY).attr().equals("counter"));
      Match against = threats.stream().filter(this::opposed).findFirst().orElse(null);
      hasCounter |= against != null;
      boolean hasS = source != null;
      boolean anchored = hasS || target != null;
      boolean strongT = threats.stream().anyMatch(t -> strong(t) && (anchored || !generic(t) || attached(t))
              || aimedAct(t) || harmedReferent(t))
          || group != null;
      long distinctT = threats.stream().filter(m -> !m.entry(Category.THREAT).has("lead"))
          .map(m -> m.entry(Category.THREAT).value()).distinct().count();
      boolean move = strongT
          || (hasT && ((hasR && (hasU || hasS || distinctT >= 2))
              || (hasU && (hasS || distinctT >= 2)) || hasCounter));
      if (move && !hasU && !hasS && group == null && enumeration()) {
        move = false; // a list of ills ("poverty, war, conflicts or terrorism") names no threat to anyone
      }
      if (historical && !hasU) {
        move = false; // narration of the past, with no present call
      }
      if (pastCues > 0 && presentCues == 0) {
        move = false; // narration: past tense, nothing said of now
      }
      if (isQuestion() && !(hasT && (hasR || hasU || hasS))) {
        move = false; // a question asserts a threat only with a referent, a call or a named source
      }

      boolean context = hasT || !negatedThreats.isEmpty() || !endedThreats.isEmpty()
          || referents.stream().anyMatch(Analysis::securityContext)
          || sectorCues.stream().anyMatch(Analysis::securityContext);
      List<Match> desecUsed = new ArrayList<>();
      for (Match d : desecs) {
        String kind = d.entry(Category.DESECURITIZATION).attr();
        if (governing(kind) ? endings.contains(d) : kind.equals("strong") || context) {
          desecUsed.add(d);
        }
      }
      List<Match> denials = negatedThreats;
      boolean desec = !desecUsed.isEmpty() || !denials.isEmpty();

      Sector sector = move || desec ? sector(move, desecUsed) : null;
      double strength = hasT
          ? (1 + (hasR ? 1 : 0) + (hasU ? 1 : 0) + (hasS ? 1 : 0)) / 4.0 * (hedged ? HEDGE_FACTOR : 1.0)
          : 0.0;
      String referentLabel = referent != null
          ? referent.entry(Category.REFERENT).value()
          : target != null ? "state:" + target : null;

      if (move) {
        threats.forEach(m -> terms.add("threat=" + m.entry(Category.THREAT).phrase()));
        if (group != null) {
          terms.add("group=" + group.entry(Category.ACTOR).phrase());
        }
        if (referent != null) {
          terms.add("referent=" + referent.entry(Category.REFERENT).phrase());
        }
        urgencies.forEach(m -> terms.add(m.entry(Category.URGENCY).attr() + "="
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
        denials.forEach(m -> terms.add("denied=" + m.entry(Category.THREAT).phrase()));
      }
      if (hedged && (move || desec)) {
        terms.add("hedged");
      }
      Match key = move ? (threats.isEmpty() ? group : threats.get(0))
          : !desecUsed.isEmpty() ? desecUsed.get(0)
          : !denials.isEmpty() ? denials.get(0)
          : null;
      int ks = key == null ? -1 : key.start();
      int ke = key == null ? -1 : key.end();
      return new SentenceCoding(docId, sentence.number(), sentence.start(), sentence.end(), speaker,
          date, move, desec, sector, move ? referentLabel : null, move ? source : null,
          strength, !negatedThreats.isEmpty(), hedged,
          List.copyOf(terms), List.copyOf(actors), version, ks, ke,
          key == null ? "" : kwic(ks, ke), sentence.text());
    }

    /**
     * An urgency cue (attr {@code urgency}: must, urgent) whose clause goes on, within {@link
     * #CALL_SCOPE} tokens, to a desecuritization cue before any threat term: the call is for
     * dialogue, settlement or ending a fight ("we must work to end the conflicts"), not for
     * measures against a threat. Ending and disarmament cues count only when they govern a term.
     */
    private boolean callsForDesecuritization(Match u, List<Match> endings) {
      if (!u.entry(Category.URGENCY).attr().equals("urgency")) {
        return false;
      }
      for (Match m : clauseMatchesAfter(u.to(), CALL_SCOPE)) {
        LexiconEntry d = m.entry(Category.DESECURITIZATION);
        if (d != null && (!governing(d.attr()) || endings.contains(m))) {
          return true;
        }
        if (threats.contains(m) || m.is(Category.URGENCY)) {
          return false;
        }
      }
      return false;
    }

    /**
     * A threat term that something is set against: "against", at most one determiner or
     * possessive, then the term ("our powerful weapon against COVID-19", "measures against
     * terrorism", "a coalition against ISIL"). Opposing a threat is a call to fight it (CODEBOOK.md
     * M2) when no threat term precedes "against": "aggression against the terrorists" names a
     * hostile act, whose target is no threat.
     */
    private boolean opposed(Match t) {
      int k = t.from() - 1;
      if (k >= 0 && DETERMINERS.contains(tokens.get(k).key()) && !tokens.get(k + 1).clauseBreakBefore()) {
        k--;
      }
      if (k < 0 || !tokens.get(k).key().equals("against") || tokens.get(k + 1).clauseBreakBefore()
          || owner[k] < 0 || !matches.get(owner[k]).is(Category.MARKER)) {
        return false; // a longer match ("fight against") is an urgency cue of its own
      }
      return !(k >= 1 && owner[k - 1] >= 0 && matches.get(owner[k - 1]).is(Category.THREAT)
          && !tokens.get(k).clauseBreakBefore());
    }

    /**
     * A predicate of ruin (flag {@code harm}: collapse, destroyed, on the brink of) whose subject is
     * a referent in a present clause: walking back in its clause, up to {@link #SUBJECT_SCOPE}
     * tokens, a present cue ("is", "are", "remains") and right before it a referent that no preposition governs ("our region is on the brink of collapse", "their democratic institutions are being
     * destroyed"). The referent is presented as endangered now (CODEBOOK.md M1) though no threat
     * word is used. Past narration ("was destroyed") has no present cue.
     */
    private boolean harmedReferent(Match t) {
      if (!t.entry(Category.THREAT).has("harm")) {
        return false;
      }
      Match present = null;
      for (Match m : clauseMatchesBefore(t.from(), SUBJECT_SCOPE)) {
        LexiconEntry tense = m.entry(Category.TENSE);
        if (tense != null) {
          if (!tense.value().equals("present")) {
            return false;
          }
          present = m;
        } else if (m.is(Category.REFERENT)) {
          // the subject heads its verb ("our region is"), not a compound ("the Arab Peace Initiative are")
          return present != null && present.from() == m.to() && !governedByPreposition(m);
        } else if (m.is(Category.THREAT) || m.is(Category.URGENCY) || m.is(Category.DESECURITIZATION)
            || m.is(Category.MARKER) || m.is(Category.NEGATION)) {
          return false;
        }
      }
      return false;
    }

    /** A preposition (a marker), then at most one determiner or possessive, right before {@code m}. */
    private boolean governedByPreposition(Match m) {
      int k = m.from() - 1;
      if (k >= 0 && DETERMINERS.contains(tokens.get(k).key())) {
        k--;
      }
      return k >= 0 && owner[k] >= 0 && matches.get(owner[k]).is(Category.MARKER);
    }

    private static boolean strong(Match m) {
      return m.entry(Category.THREAT).attr().equals("strong");
    }

    private static boolean generic(Match m) {
      return m.entry(Category.THREAT).has("generic");
    }

    /** A generic threat word ("threats", "dangerous") names a threat only when something in its
     * clause says what it is or whom it threatens: a referent or call in its clause, or another,
     * specific threat term anywhere in the sentence ("the threat of terrorism"). */
    private boolean attached(Match t) {
      if (t.to() < tokens.size() && !tokens.get(t.to()).clauseBreakBefore()
          && SPECIFIERS.contains(tokens.get(t.to()).key())) {
        return true; // "the threat of X", "threats from anyone", "a danger to X", "threats facing X"
      }
      for (Match o : threats) {
        if (o != t && !generic(o)) {
          return true;
        }
      }
      for (Match r : referents) {
        if (sameClause(t, r)) {
          return true;
        }
      }
      for (Match u : urgencies) {
        if (sameClause(t, u)) {
          return true;
        }
      }
      return false;
    }

    /** No clause break between the two matches. */
    private boolean sameClause(Match a, Match b) {
      int from = Math.min(a.from(), b.from());
      int to = Math.max(a.from(), b.from());
      for (int k = from + 1; k <= to && k < tokens.size(); k++) {
        if (tokens.get(k).clauseBreakBefore()) {
          return false;
        }
      }
      return true;
    }

    private static boolean securityContext(Match m) {
      LexiconEntry e = m.entry(Category.REFERENT);
      if (e == null) {
        e = m.entry(Category.SECTOR);
      }
      return e != null && (e.sector() == Sector.MILITARY || e.sector() == Sector.POLITICAL);
    }

    /** "in 1999", "of 2003": a year {@link #PAST_YEARS} or more before the document's. */
    private int pastYears() {
      if (docYear == 0) {
        return 0;
      }
      int n = 0;
      for (int k = 1; k < tokens.size(); k++) {
        String key = tokens.get(k).key();
        if (key.length() == 4 && Character.isDigit(key.charAt(0)) && Character.isDigit(key.charAt(3))) {
          String before = tokens.get(k - 1).key();
          if (before.equals("in") || before.equals("of")) {
            int y = Integer.parseInt(key);
            if (y >= 1000 && y <= docYear - PAST_YEARS) {
              n++;
            }
          }
        }
      }
      return n;
    }

    private boolean isQuestion() {
      for (int i = sentence.end() - 1; i >= sentence.start(); i--) {
        char c = docText.charAt(i);
        if (c == '?') {
          return true;
        }
        if (Character.isLetterOrDigit(c) || c == '.' || c == '!') {
          return false;
        }
      }
      return false;
    }

    /** Negated by a close cue, by a denial of intention earlier in the clause, or reported. */
    private boolean isNegated(Match threat) {
      return isNegatedClose(threat) || governedInClause(threat, DENIAL_SCOPE, Category.NEGATION, "clause")
          || governedInClause(threat, REPORTED_SCOPE, Category.REPORTED, null);
    }

    /** A cue of {@code category} (with {@code attr}, when given) up to {@code scope} tokens before
     * the term, in its clause. */
    private boolean governedInClause(Match threat, int scope, Category category, String attr) {
      for (int k = threat.from() - 1; k >= 0 && k >= threat.from() - scope; k--) {
        if (tokens.get(k + 1).clauseBreakBefore()) {
          return false;
        }
        if (owner[k] >= 0) {
          LexiconEntry e = matches.get(owner[k]).entry(category);
          if (e != null && (attr == null || attr.equals(e.attr()))) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean isNegatedClose(Match threat) {
      for (int k = threat.to(); k < tokens.size() && k < threat.to() + NEGATION_SCOPE; k++) {
        if (tokens.get(k).clauseBreakBefore()) {
          break;
        }
        if (owner[k] >= 0) {
          LexiconEntry neg = matches.get(owner[k]).entry(Category.NEGATION);
          if (neg != null && neg.attr().equals("post")) {
            return true;
          }
        }
      }
      for (int k = threat.from() - 1; k >= 0 && k >= threat.from() - NEGATION_SCOPE; k--) {
        if (tokens.get(k + 1).clauseBreakBefore()) {
          return false;
        }
        int o = owner[k];
        if (o < 0) {
          continue;
        }
        Match m = matches.get(o);
        LexiconEntry neg = m.entry(Category.NEGATION);
        if (neg != null && !neg.value().equals("-") && !neg.attr().equals("post")) {
          return true;
        }
        if (m.is(Category.MARKER) && infinitiveAfterNegation(k)) {
          continue; // "not to perpetuate hatred": "to" is the infinitive a negation governs
        }
        if (m.is(Category.MARKER) || m.is(Category.THREAT)) {
          return false;
        }
      }
      return false;
    }

    /** Token {@code k} is the infinitive "to" right after "not" or "never". */
    private boolean infinitiveAfterNegation(int k) {
      if (k < 1 || !tokens.get(k).key().equals("to") || owner[k - 1] < 0) {
        return false;
      }
      String cue = tokens.get(k - 1).key();
      return cue.equals("not") || cue.equals("never"); // "say no to war" rejects: "to" is a preposition there
    }

    /**
     * A one-sided hostile act (flag {@code act}: sanctions, embargo) aimed at the speaker: "on" or
     * "against", then within two tokens the speaker's name or "my"/"our" and a people noun
     * ("sanctions against Iran" said by Iran, "sanctions on my people"). An act against oneself
     * is presented as hostile and implies its victim as referent (CODEBOOK.md M1), so it is a
     * threat by itself; sanctions the speaker imposes on others are a measure, not a threat.
     */
    private boolean aimedAct(Match t) {
      if (!t.entry(Category.THREAT).has("act")) {
        return false;
      }
      int k = t.to();
      if (k >= tokens.size() || tokens.get(k).clauseBreakBefore() || owner[k] < 0) {
        return false;
      }
      LexiconEntry marker = matches.get(owner[k]).entry(Category.MARKER);
      if (marker == null || !marker.value().equals("target")
          || !(tokens.get(k).key().equals("on") || tokens.get(k).key().equals("against"))) {
        return false;
      }
      int from = matches.get(owner[k]).to();
      for (int j = from; j < tokens.size() && j <= from + 2; j++) {
        if (j > from && tokens.get(j).clauseBreakBefore()) {
          return false;
        }
        if (VICTIMS.contains(tokens.get(j).key())) {
          return j > from && FIRST_PERSON.contains(tokens.get(j - 1).key());
        }
        if (owner[j] >= 0) {
          ActorMention a = actor(matches.get(owner[j]));
          return a != null && a.code().equals(speaker);
        }
      }
      return false;
    }

    /** The actor the threat is directed at: right after a target marker that follows the term. */
    private String targetAfter(Match threat) {
      int k = threat.to();
      if (threat.entry(Category.THREAT).has("agentof") && k + 1 < tokens.size()
          && tokens.get(k).key().equals("of") && owner[k + 1] >= 0
          && matches.get(owner[k + 1]).is(Category.ACTOR)) {
        k = matches.get(owner[k + 1]).to(); // "the crimes of Israel against the Palestinians"
      }
      if (k >= tokens.size() || tokens.get(k).clauseBreakBefore() || owner[k] < 0) {
        return null;
      }
      Match marker = matches.get(owner[k]);
      LexiconEntry e = marker.entry(Category.MARKER);
      if (e == null || !e.value().equals("target")) {
        return null;
      }
      ActorMention a = actorStartingNear(marker.to(), 2);
      return a == null ? null : a.code();
    }

    private String threatSource() {
      for (Match t : threats) {
        String a = agentBefore(t);
        if (a != null) {
          return a;
        }
      }
      for (Match t : threats) {
        String a = markedAgentAfter(t);
        if (a != null) {
          return a;
        }
      }
      for (Match t : threats) {
        String a = subjectBefore(t);
        if (a != null) {
          return a;
        }
      }
      for (Match t : threats) {
        String a = clauseActorAfter(t);
        if (a != null) {
          return a;
        }
      }
      return null;
    }

    /**
     * The matches ending within {@code scope} tokens before token {@code from}, nearest first,
     * each once, up to the first clause break: the window every backward source rule reads.
     */
    private List<Match> clauseMatchesBefore(int from, int scope) {
      List<Match> out = new ArrayList<>();
      for (int k = from - 1; k >= 0 && k >= from - scope; k--) {
        if (tokens.get(k + 1).clauseBreakBefore()) {
          break;
        }
        if (owner[k] >= 0) {
          Match m = matches.get(owner[k]);
          out.add(m);
          k = m.from(); // the rest of a multi-token match is the same match
        }
      }
      return out;
    }

    /** As {@link #clauseMatchesBefore}, forward: matches starting within {@code scope} tokens from {@code from}. */
    private List<Match> clauseMatchesAfter(int from, int scope) {
      List<Match> out = new ArrayList<>();
      for (int k = from; k < tokens.size() && k < from + scope; k++) {
        if (tokens.get(k).clauseBreakBefore()) {
          break;
        }
        if (owner[k] >= 0) {
          Match m = matches.get(owner[k]);
          out.add(m);
          k = m.to() - 1;
        }
      }
      return out;
    }

    /** Rule (a): adjective or possessor right before the term. */
    private String agentBefore(Match t) {
      for (Match m : clauseMatchesBefore(t.from(), AGENT_BEFORE)) {
        ActorMention a = sourceActor(m);
        if (a != null) {
          boolean adjacent = m.to() == t.from()
              || (m.to() == t.from() - 1 && tokens.get(m.to()).key().equals("'s"));
          if (!adjacent && (a.type().equals("igo") || isAdjective(m))) {
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

    /** A demonym ("Syrian") that does not head an agent noun ("Syrian regime"). */
    private boolean isAdjective(Match m) {
      LexiconEntry e = m.entry(Category.ACTOR);
      return e != null && e.has("adj")
          && !(m.to() < tokens.size() && AGENT_NOUNS.contains(tokens.get(m.to()).key()));
    }

    /** An actor that can be the subject of a clause: no IGO, no bare adjective, no possessor of a
     * referent ("the people of Yemen"). */
    private boolean clauseSubject(Match m) {
      if (isAdjective(m)) {
        return false;
      }
      int k = m.from() - 1;
      if (k >= 1 && tokens.get(k).key().equals("of") && owner[k - 1] >= 0
          && matches.get(owner[k - 1]).is(Category.REFERENT)) {
        return false;
      }
      int after = m.to();
      if (after + 1 < tokens.size() && tokens.get(after).key().equals("'s") && owner[after + 1] >= 0
          && matches.get(owner[after + 1]).is(Category.REFERENT)) {
        return false; // "Ukraine's territorial integrity": the referent's possessor
      }
      return !followsTargetMarker(m);
    }

    /** Rule (b): "by X", "emanating from X" after the term. */
    private String markedAgentAfter(Match t) {
      if (t.entry(Category.THREAT).has("agentof") && t.to() < tokens.size()
          && tokens.get(t.to()).key().equals("of") && !tokens.get(t.to()).clauseBreakBefore()) {
        ActorMention a = actorStartingNear(t.to() + 1, 1);
        if (a != null && eligible(a)) {
          return a.code();
        }
      }
      for (Match m : clauseMatchesAfter(t.to(), MARKER_AFTER)) {
        LexiconEntry e = m.entry(Category.MARKER);
        if (e != null) {
          if (!e.value().equals("source")) {
            return null;
          }
          ActorMention a = actorStartingNear(m.to(), 2);
          return a != null && eligible(a) ? a.code() : null;
        }
      }
      return null;
    }

    /** Rule (c): an actor earlier in the clause, not governed by a target marker. */
    private String subjectBefore(Match t) {
      for (Match m : clauseMatchesBefore(t.from(), SUBJECT_SCOPE)) {
        ActorMention a = sourceActor(m);
        if (a != null && !a.type().equals("igo") && clauseSubject(m)) {
          return a.code();
        }
      }
      return null;
    }

    /** Rule (d): the subject of a relative clause after the term ("... that NATO has created"). */
    private String clauseActorAfter(Match t) {
      for (Match m : clauseMatchesAfter(t.to(), SUBJECT_SCOPE)) {
        ActorMention a = sourceActor(m);
        if (a != null && !a.type().equals("igo") && afterRelativePronoun(m) && !isAdjective(m)) {
          return a.code();
        }
      }
      return null;
    }

    private boolean afterRelativePronoun(Match actor) {
      for (int k = actor.from() - 1; k >= 0 && k >= actor.from() - 2; k--) {
        if (RELATIVE.contains(tokens.get(k).key())) {
          return true;
        }
        if (owner[k] >= 0) {
          return false;
        }
      }
      return false;
    }

    /** True when every threat term sits in one coordinated list of {@link #LIST_ITEMS} or more
     * terms. */
    private boolean enumeration() {
      if (threats.size() < LIST_ITEMS) {
        return false;
      }
      java.util.Set<Match> chained = new java.util.HashSet<>();
      for (Match t : threats) {
        if (chained.contains(t)) {
          continue;
        }
        List<Match> chain = new ArrayList<>();
        for (Match c = t; c != null; c = conjunct(c)) {
          chain.add(c);
        }
        if (chain.size() >= LIST_ITEMS && chain.containsAll(threats)) {
          return true;
        }
        chained.addAll(chain);
      }
      return false;
    }

    /** Desecuritization cues that act on the threat term they govern: ending and disarmament. */
    private static boolean governing(String kind) {
      return kind.equals("ending") || kind.equals("disarm");
    }

    /**
     * The threat terms an ending or disarmament cue governs: the first threat term within {@link
     * #ENDING_SCOPE} tokens of its clause when it carries {@code flag}, and the terms coordinated
     * with it that carry it too ("an end to hostilities and violence", "war, violence or
     * sanctions"). Empty when the first term lacks the flag.
     */
    private List<Match> endedThreats(Match cue, String flag) {
      List<Match> out = new ArrayList<>();
      for (int k = cue.to(); k < tokens.size() && k < cue.to() + ENDING_SCOPE; k++) {
        if (tokens.get(k).clauseBreakBefore()) {
          return out;
        }
        if (owner[k] >= 0) {
          Match m = matches.get(owner[k]);
          LexiconEntry e = m.entry(Category.THREAT);
          if (e != null && !m.is(Category.DESECURITIZATION)) {
            if (!e.has(flag)) {
              return out;
            }
            out.add(m);
            for (Match c = conjunct(m); c != null && c.entry(Category.THREAT).has(flag); c = conjunct(c)) {
              out.add(c);
            }
            out.addAll(relativeClauseThreats(out.get(out.size() - 1)));
            return out;
          }
        }
      }
      return out;
    }

    /**
     * The threat terms of a relative clause right after {@code m}, up to the clause's end: "end the
     * conflicts that are driving so much pain and hurt". They describe the thing being ended, so
     * they share its fate; an ended or settled fight is not presented as a threat.
     */
    private List<Match> relativeClauseThreats(Match m) {
      List<Match> out = new ArrayList<>();
      int k = m.to();
      if (k >= tokens.size() || tokens.get(k).clauseBreakBefore()
          || !RELATIVE_CLAUSE.contains(tokens.get(k).key())) {
        return out;
      }
      for (Match c : clauseMatchesAfter(k + 1, tokens.size())) {
        if (c.is(Category.THREAT) && threats.contains(c)) {
          out.add(c);
        }
      }
      return out;
    }

    /** The threat term coordinated right after {@code m}: "and", "or" or a list comma, then at
     * most two unmatched words ("war, the violence"), then the term; or null. */
    private Match conjunct(Match m) {
      boolean joined = false;
      for (int k = m.to(); k < tokens.size() && k <= m.to() + 3; k++) {
        Token t = tokens.get(k);
        if (t.clauseBreakBefore()) {
          if (k != m.to()) {
            return null;
          }
          joined = true;
        }
        if (COORDINATION.contains(t.key())) {
          joined = true;
          continue;
        }
        if (owner[k] >= 0) {
          Match c = matches.get(owner[k]);
          return joined && c.is(Category.THREAT) && c.from() == k ? c : null;
        }
      }
      return null;
    }

    private boolean blocks(Match m) {
      return m.is(Category.MARKER) || m.is(Category.THREAT) || m.is(Category.URGENCY)
          || m.is(Category.REFERENT) || m.is(Category.DESECURITIZATION);
    }

    private boolean followsTargetMarker(Match actor) {
      int k = actor.from() - 1;
      // allow one unmatched token between marker and actor ("against the", "to our")
      for (int step = 0; step < 2 && k >= 0; step++, k--) {
        if (step == 0 && tokens.get(k + 1).clauseBreakBefore() && owner[k] >= 0
            && matches.get(owner[k]).is(Category.ACTOR)) {
          // "in Yemen, Syria, Iraq": an item of a comma list of targets is a target
          return followsTargetMarker(matches.get(owner[k]));
        }
        if (tokens.get(k + 1).clauseBreakBefore() && !COORDINATION.contains(tokens.get(k).key())) {
          return false;
        }
        if (owner[k] >= 0) {
          LexiconEntry e = matches.get(owner[k]).entry(Category.MARKER);
          return e != null && e.value().equals("target");
        }
        if (COORDINATION.contains(tokens.get(k).key()) && k >= 1 && owner[k - 1] >= 0) {
          // "against Afghanistan and Iraq": a conjunct of a target is a target
          Match before = matches.get(owner[k - 1]);
          return before.is(Category.ACTOR) && followsTargetMarker(before);
        }
      }
      return false;
    }

    private ActorMention actorStartingNear(int from, int slack) {
      for (int k = from; k < tokens.size() && k <= from + slack; k++) {
        if (k > from && tokens.get(k).clauseBreakBefore()) {
          return null;
        }
        if (owner[k] >= 0) {
          Match m = matches.get(owner[k]);
          ActorMention a = actor(m);
          return a;
        }
      }
      return null;
    }

    private ActorMention actor(Match m) {
      LexiconEntry e = m.entry(Category.ACTOR);
      if (e == null || e.attr().equals("none") || e.value().equals("-")) {
        return null;
      }
      return new ActorMention(e.value(), e.attr(), e.phrase(), m.start(), m.end());
    }

    private ActorMention sourceActor(Match m) {
      ActorMention a = actor(m);
      return a != null && eligible(a) ? a : null;
    }

    private boolean eligible(ActorMention a) {
      return SOURCE_TYPES.contains(a.type()) && !a.code().equals(speaker);
    }

    private Match nearestReferent() {
      if (referents.isEmpty()) {
        return null;
      }
      if (threats.isEmpty()) {
        return referents.get(0);
      }
      Match t = threats.get(0);
      Match best = null;
      int bestDist = Integer.MAX_VALUE;
      for (Match r : referents) {
        int d = r.from() >= t.to() ? r.from() - t.to() : t.from() - r.to();
        if (d < bestDist) {
          best = r;
          bestDist = d;
        }
      }
      return best;
    }

    private Sector sector(boolean move, List<Match> desecUsed) {
      Map<Sector, Integer> votes = new EnumMap<>(Sector.class);
      if (move) {
        for (Match t : threats) {
          vote(votes, t.entry(Category.THREAT).sector(), strong(t) ? 4 : 2);
        }
        urgencies.forEach(m -> vote(votes, m.entry(Category.URGENCY).sector(), 1));
        if (sourceSector != null) {
          vote(votes, sourceSector, 2);
        }
      } else {
        desecUsed.forEach(m -> vote(votes, m.entry(Category.DESECURITIZATION).sector(), 2));
        negatedThreats.forEach(m -> vote(votes, m.entry(Category.THREAT).sector(), 1));
        threats.forEach(m -> vote(votes, m.entry(Category.THREAT).sector(), 1));
      }
      referents.forEach(m -> vote(votes, m.entry(Category.REFERENT).sector(), 1));
      sectorCues.forEach(m -> vote(votes, m.entry(Category.SECTOR).sector(), 1));
      Sector best = null;
      int bestVotes = 0;
      for (Sector s : Sector.values()) {
        int v = votes.getOrDefault(s, 0);
        if (v > bestVotes) {
          best = s;
          bestVotes = v;
        }
      }
      return best == null ? Sector.MILITARY : best;
    }

    private static void vote(Map<Sector, Integer> votes, Sector s, int n) {
      if (s != null) {
        votes.merge(s, n, Integer::sum);
      }
    }

    private String kwic(int ks, int ke) {
      int left = Math.max(sentence.start(), ks - KWIC_WINDOW);
      int right = Math.min(sentence.end(), ke + KWIC_WINDOW);
      // never cut a surrogate pair (an emoji) in half: half a pair cannot be written as UTF-8
      if (left > sentence.start() && Character.isLowSurrogate(docText.charAt(left))) {
        left--;
      }
      if (right < sentence.end() && Character.isHighSurrogate(docText.charAt(right - 1))) {
        right++;
      }
      return (oneLine(docText.substring(left, ks)) + "[[" + oneLine(docText.substring(ks, ke)) + "]]"
          + oneLine(docText.substring(ke, right))).strip();
    }

    private static String oneLine(String s) {
      return s.replaceAll("\\s+", " ");
    }
  }
}
