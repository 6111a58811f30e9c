package org.dyadscope.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.dyadscope.code.lexicon.Sector;

/**
 * The securitization codebook as REFI-QDA codes: {@code securitizing move} and {@code
 * desecuritizing move} (codable), each with the five Copenhagen sectors under it (a move of that
 * sector); {@code sector} (a category, not codable) with the five sectors for a sector named
 * without a move; {@code threat source} (a category) with one code per actor code. Every code's
 * GUID is {@link Guids name-based} on its path of lower-case names ({@code securitizing
 * move/military}), so a code is known on import by its GUID or, when a tool made new GUIDs, by its
 * path of names; anything else is unknown, never guessed.
 */
public final class Codebook {
  static final String MOVE = "securitizing move";
  static final String DESECURITIZING = "desecuritizing move";
  static final String SECTOR = "sector";
  static final String THREAT_SOURCE = "threat source";

  /**
   * One code of the tree.
   *
   * @param guid name-based on the code's path
   * @param name as shown in the CAQDAS tool
   * @param codable false for a category that only groups codes
   * @param description what the code means (the codebook rule)
   * @param children the codes under it
   */
  public record Code(String guid, String name, boolean codable, String description, List<Code> children) {}

  private final List<Code> roots;
  private final Map<String, Labels> meaning = new HashMap<>();

  private Codebook(List<Code> roots) {
    this.roots = roots;
  }

  /**
   * The codebook with a code under {@code threat source} for each of {@code threatSources} (the
   * lexicon's actor codes and those the codings name), sorted.
   */
  public static Codebook of(Collection<String> threatSources) {
    List<Code> roots = new ArrayList<>();
    Codebook book = new Codebook(roots);
    roots.add(book.labelled(List.of(MOVE), true,
        "A securitizing move (CODEBOOK rule M): a threat to a referent object presented with urgency, an "
            + "extraordinary measure or a named source. Code the sector under it when one applies.",
        new Labels(true, false, "", ""), book.sectors(MOVE, true, false)));
    roots.add(book.labelled(List.of(DESECURITIZING), true,
        "A desecuritizing move (CODEBOOK rule D): argues for dialogue, settlement, de-escalation or "
            + "cooperation on a security issue, or denies a threat. Code the sector under it when one applies.",
        new Labels(false, true, "", ""), book.sectors(DESECURITIZING, false, true)));
    roots.add(new Code(guid(List.of(SECTOR)), SECTOR, false,
        "The Copenhagen sectors (CODEBOOK rule S), for a sector named without a move.",
        book.sectors(SECTOR, false, false)));
    List<Code> sources = new ArrayList<>();
    for (String s : new TreeSet<>(threatSources)) {
      sources.add(book.labelled(List.of(THREAT_SOURCE, s), true,
          "The actor " + s + " presented as the source of the threat (CODEBOOK rule T).",
          new Labels(false, false, "", s), List.of()));
    }
    roots.add(new Code(guid(List.of(THREAT_SOURCE)), THREAT_SOURCE, false,
        "Actors presented as the source of a threat (CODEBOOK rule T), by actor code.", sources));
    return book;
  }

  private List<Code> sectors(String parent, boolean move, boolean desecuritizing) {
    return Arrays.stream(Sector.values()).map(s -> labelled(List.of(parent, s.label()), true,
        "The " + s.label() + " sector.", new Labels(move, desecuritizing, s.label(), ""), List.of())).toList();
  }

  private Code labelled(List<String> path, boolean codable, String description, Labels labels, List<Code> children) {
    Code c = new Code(guid(path), path.get(path.size() - 1), codable, description, children);
    meaning.put(c.guid(), labels);
    return c;
  }

  /** The GUID of the code at {@code path} of names (compared in lower case). */
  public static String guid(List<String> path) {
    return Guids.of("code", String.join("/", path).toLowerCase(Locale.ROOT));
  }

  /** The top-level codes in order. */
  public List<Code> roots() {
    return roots;
  }

  /** What coding a sentence with the codable code {@code guid} says; null for a category or an unknown code. */
  public Labels meaning(String guid) {
    return meaning.get(guid);
  }

  /**
   * The GUIDs of the codes that express {@code labels}: the move and desecuritizing codes (under
   * the sector's code when a sector is given; under {@code sector} when a sector is given without
   * a move) and the threat source's code.
   *
   * @throws IllegalArgumentException when the threat source has no code in this codebook
   */
  public List<String> codes(Labels labels) {
    List<String> out = new ArrayList<>();
    String sector = labels.sector();
    if (labels.move()) {
      out.add(guid(sector.isEmpty() ? List.of(MOVE) : List.of(MOVE, sector)));
    }
    if (labels.desecuritizing()) {
      out.add(guid(sector.isEmpty() ? List.of(DESECURITIZING) : List.of(DESECURITIZING, sector)));
    }
    if (!labels.move() && !labels.desecuritizing() && !sector.isEmpty()) {
      out.add(guid(List.of(SECTOR, sector)));
    }
    if (!labels.threatSource().isEmpty()) {
      String g = guid(List.of(THREAT_SOURCE, labels.threatSource()));
      if (!meaning.containsKey(g)) {
        throw new IllegalArgumentException("threat source '" + labels.threatSource() + "' has no code in the codebook");
      }
      out.add(g);
    }
    return out;
  }
}
