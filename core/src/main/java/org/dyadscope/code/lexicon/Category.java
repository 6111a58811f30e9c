package org.dyadscope.code.lexicon;

import static org.dyadscope.code.lexicon.Attribute.*;
import static org.dyadscope.code.lexicon.Flag.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The lexicon categories, one data file each ({@link #fileName}). Meanings of the {@code value}
 * and {@code attr} columns per category:
 *
 * <ul>
 *   <li>{@link #ACTOR}: value = ISO-3166 alpha-3 code or organisation/group code (NATO, UN, ISIL);
 *       attr = actor type, one of {@code state}, {@code alliance}, {@code igo}, {@code group},
 *       {@code region};
 *   <li>{@link #THREAT}: value = canonical threat term; attr = {@code strong} (names a threat by
 *       itself: threat, danger, aggression) or {@code weak} (conflictual, needs support from a
 *       referent or urgency: war, crisis, risk);
 *   <li>{@link #REFERENT}: value = canonical referent object (sovereignty, international peace and
 *       security);
 *   <li>{@link #URGENCY}: value = canonical term; attr = {@code urgency} (must, urgent) or
 *       {@code measure} (sanctions, use of force);
 *   <li>{@link #DESECURITIZATION}: value = canonical term (dialogue, political settlement);
 *   <li>{@link #SECTOR}: value = sector name (military, political, economic, societal,
 *       environmental);
 *   <li>{@link #NEGATION}, {@link #HEDGE}: value = canonical cue;
 *   <li>{@link #MARKER}: value = {@code source} (by, from: the actor after it is the threat's
 *       agent) or {@code target} (against, on: the actor after it is threatened);
 *   <li>{@link #HISTORY}: cues of historical narration (anniversary, the Second World War); a
 *       sentence with one is a move only when it also calls for urgency or a measure.
 *   <li>{@link #TENSE}: value = {@code past} (was, had, ago) or {@code present} (is, will, must,
 *       today): a sentence with past cues and no present cue is narration, not a move;
 *   <li>{@link #REPORTED}: cues that a threat is reported in order to reject it (so-called,
 *       imaginary, pretext, portray as): a threat term they govern is a denial, not a move.
 * </ul>
 *
 * <p>Each category declares the {@link Attribute}s, {@link Flag}s and (for closed lists) values its
 * rows may use; {@link Lexicon} refuses any other at load time with the file and line.
 */
public enum Category {
  ACTOR("actors.tsv", EnumSet.of(STATE, LEADER, ALLIANCE, IGO, GROUP, REGION, NONE), EnumSet.of(ADJ, PERSON)),
  THREAT("threat.tsv", EnumSet.of(STRONG, WEAK), EnumSet.of(ENDABLE, AGENTOF, ACT, GENERIC, HARM, LEAD, WEAPON)),
  REFERENT("referent.tsv"),
  URGENCY("urgency.tsv", EnumSet.of(Attribute.URGENCY, COUNTER, MEASURE), EnumSet.noneOf(Flag.class)),
  DESECURITIZATION("desecuritization.tsv", EnumSet.of(STRONG, WEAK, ENDING, DISARM), EnumSet.of(SETTLES, AVERTED)),
  SECTOR("sector.tsv"),
  NEGATION("negation.tsv", EnumSet.of(POST, CLAUSE), EnumSet.noneOf(Flag.class)),
  HEDGE("hedge.tsv"),
  MARKER("markers.tsv", List.of("source", "target")),
  HISTORY("history.tsv"),
  TENSE("tense.tsv", List.of("past", "present")),
  REPORTED("reported.tsv");

  private final String fileName;
  private final Set<Attribute> attributes;
  private final Set<Flag> flags;
  private final List<String> values;

  Category(String fileName, Set<Attribute> attributes, Set<Flag> flags) {
    this(fileName, attributes, flags, List.of());
  }

  /** A category whose rows have no attribute and no own flags. */
  Category(String fileName) {
    this(fileName, List.of());
  }

  /** A category whose {@code value} is one of {@code values} (empty: open), no attribute, no own flags. */
  Category(String fileName, List<String> values) {
    this(fileName, EnumSet.noneOf(Attribute.class), EnumSet.noneOf(Flag.class), values);
  }

  Category(String fileName, Set<Attribute> attributes, Set<Flag> flags, List<String> values) {
    this.fileName = fileName;
    this.attributes = attributes;
    this.flags = EnumSet.copyOf(flags);
    this.flags.addAll(EnumSet.of(CS, REMOVE)); // any file may match case-sensitively or remove a phrase
    this.values = values;
  }

  /** The attributes this category's rows may carry (an empty {@code attr} is always allowed). */
  public Set<Attribute> attributes() {
    return Collections.unmodifiableSet(attributes);
  }

  /** The flags this category's rows may carry: its own and {@code cs}, {@code remove} (any file). */
  public Set<Flag> flags() {
    return Collections.unmodifiableSet(flags);
  }

  /** The values this category's rows may give, or empty when the value is open (codes, canonical terms). */
  public List<String> allowedValues() {
    return values;
  }

  /** Name of this category's data file, built in and in a case's {@code lexicon/} folder. */
  public String fileName() {
    return fileName;
  }
}
