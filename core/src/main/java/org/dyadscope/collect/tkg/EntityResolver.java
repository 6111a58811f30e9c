package org.dyadscope.collect.tkg;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dyadscope.collect.Countries;

/**
 * ICEWS entity names (as the TKG sets write them) to ISO-3 / CAMEO country codes. A name that no
 * rule resolves gives null: a country is never guessed.
 *
 * <p>Rules, first match wins:
 *
 * <ol>
 *   <li>the case's overrides ({@code entity_overrides} in the case file), e.g. "Ali Khamenei" →
 *       IRN;
 *   <li>a country name ({@link Countries#iso3}), e.g. "Iran" → IRN;
 *   <li>the ICEWS sector-actor form "Something (Country)", using the last parenthetical, which may
 *       itself nest: "Defense / Security Ministry (Russia)" → RUS, "Bank (Holy See (Vatican City
 *       State))" → VAT; a parenthetical that is not a country ("Militant (Taliban)") resolves
 *       nothing here;
 *   <li>the dated office holders ({@link OfficeHolders}: heads of state and government, foreign and
 *       defence ministers): the state the person served on the event date, only inside a term
 *       ("Donald Trump" on 2018-06-12 → USA);
 *   <li>the PETRARCH-2 actor dictionaries: the codes of the name's roles valid on the event date
 *       (or its default codes when no dated role applies); when every such code starts with the
 *       same known country code that country is the answer ("Vladimir Putin" on 2018-06-01 has
 *       RUSGOV → RUS). No code, a non-country code (IGO...) or codes of two countries give null.
 * </ol>
 *
 * Underscores count as spaces and matching ignores case and punctuation. Results of rules 1-3 are
 * cached per name; rules 4 and 5 depend on the date and are evaluated per call. Thread-safe.
 */
public final class EntityResolver {
  private static final int COUNTRY_CODE_LENGTH = 3;

  private final Map<String, String> overrides = new HashMap<>();
  private final Countries countries;
  private final ActorDictionary dictionary;
  private final OfficeHolders holders;
  /** Date-independent answers; {@link #DATED} marks names only rules 4 and 5 can answer. */
  private final Map<String, String> fixed = new ConcurrentHashMap<>();

  private static final String DATED = "\u0000dated";
  private static final String NONE = "\u0000none";

  /**
   * @param overrides entity name → ISO-3 code, from the case file (may be empty)
   * @param countries country-name table
   * @param dictionary PETRARCH-2 actor dictionary, or null to skip rule 5
   * @param holders dated office holders, or null to skip rule 4
   */
  public EntityResolver(Map<String, String> overrides, Countries countries, ActorDictionary dictionary,
      OfficeHolders holders) {
    if (countries == null) {
      throw new IllegalArgumentException("countries table is required");
    }
    if (overrides != null) {
      overrides.forEach((name, code) -> this.overrides.put(ActorDictionary.key(name), code));
    }
    this.countries = countries;
    this.dictionary = dictionary;
    this.holders = holders;
  }

  /** Rules 1-3 and 5, without the office holders (how names resolved before the table existed). */
  public EntityResolver(Map<String, String> overrides, Countries countries, ActorDictionary dictionary) {
    this(overrides, countries, dictionary, null);
  }

  /**
   * ICEWS's names for an actor its source text leaves unnamed: no country can be recovered from them.
   */
  public static final Set<String> UNNAMED = Set.of("Unspecified Actor", "Unidentified State Actor");

  /**
   * Why an unresolved name has no country by definition, or null when it may belong to a state (an
   * {@code entity_overrides} entry could then resolve it).
   *
   * @param name the entity name, with spaces or underscores
   * @return {@code "unnamed"} for one of ICEWS's {@link #UNNAMED} placeholders; else, when the
   *     PETRARCH-2 dictionaries code the name and none of its codes on any date starts with a country
   *     code, its first code ("NATO" gives IGOWSTNAT, "Africa" a region code); else null
   */
  public String nonStateCode(String name) {
    String n = displayName(name);
    if (n == null || n.isEmpty()) {
      return null;
    }
    if (UNNAMED.contains(n)) {
      return "unnamed";
    }
    if (dictionary == null) {
      return null;
    }
    Set<String> codes = dictionary.allCodes(n);
    for (String code : codes) {
      if (code.length() >= COUNTRY_CODE_LENGTH && countries.isCountryCode(code.substring(0, COUNTRY_CODE_LENGTH))) {
        return null;
      }
    }
    return codes.isEmpty() ? null : codes.iterator().next();
  }

  /** The name as stored in the events table: underscores as spaces, trimmed. */
  public static String displayName(String raw) {
    return raw == null ? null : raw.replace('_', ' ').strip();
  }

  /**
   * The country of an entity on a date.
   *
   * @param name the entity name, with spaces or underscores
   * @param date the event date (used only for persons: office holders and the actor dictionaries)
   * @return an ISO-3 / CAMEO country code, or null when unresolved
   */
  public String resolve(String name, LocalDate date) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String f = fixed.computeIfAbsent(name, this::resolveFixed);
    if (NONE.equals(f)) {
      return null;
    }
    if (!DATED.equals(f)) {
      return f;
    }
    String n = displayName(name);
    String held = holders == null ? null : holders.countryOn(n, date);
    return held != null || dictionary == null ? held : byDictionary(n, date);
  }

  private String resolveFixed(String raw) {
    String name = displayName(raw);
    String o = overrides.get(ActorDictionary.key(name));
    if (o != null) {
      return o;
    }
    String c = countries.iso3(name);
    if (c != null) {
      return c;
    }
    String inner = lastParenthetical(name);
    if (inner != null) {
      c = countries.iso3(inner);
      if (c != null) {
        return c;
      }
    }
    return (holders != null && holders.contains(name)) || (dictionary != null && dictionary.contains(name))
        ? DATED : NONE;
  }

  private String byDictionary(String name, LocalDate date) {
    Set<String> codes = dictionary.codesOn(name, date);
    String country = null;
    for (String code : codes) {
      String c = code.length() >= COUNTRY_CODE_LENGTH ? code.substring(0, COUNTRY_CODE_LENGTH) : null;
      if (c == null || !countries.isCountryCode(c) || (country != null && !country.equals(c))) {
        return null;
      }
      country = c;
    }
    return country;
  }

  /**
   * The content of the parenthetical that ends {@code name}, balancing nested parentheses:
   * "Bank (Holy See (Vatican City State))" gives "Holy See (Vatican City State)".
   *
   * @return the content, or null when the name does not end with a balanced parenthetical
   */
  static String lastParenthetical(String name) {
    String s = name.strip();
    if (!s.endsWith(")")) {
      return null;
    }
    int depth = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      char ch = s.charAt(i);
      if (ch == ')') {
        depth++;
      } else if (ch == '(') {
        depth--;
        if (depth == 0) {
          String inner = s.substring(i + 1, s.length() - 1).strip();
          return inner.isEmpty() ? null : inner;
        }
      }
    }
    return null;
  }
}
