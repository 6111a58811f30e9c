package org.dyadscope.collect.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyadscope.collect.Countries;

/**
 * Splits CAMEO composite actor codes ({@code IRNGOV}, {@code RUSMIL}, {@code USAGOVMIL},
 * {@code ---COP}) into their 3-letter tokens and names each one.
 *
 * <p>CAMEO actor codes are a concatenation of 3-character tokens (CAMEO codebook, Schrodt 2012,
 * ch. 4 "Actor codes"; GDELT 1.0 codebook, Actor1Code): the first is a country (ISO-3166 alpha-3 or
 * a historical CAMEO code such as {@code SUN}, {@code DDR}, {@code CSK}, {@code YMD}, {@code ZAR}),
 * a CAMEO region ({@code MEA}, {@code WST}, ...), {@code ---} for "no country", or directly a role
 * or organisation type ({@code IGO}, {@code NGO}, {@code UNO}); the following tokens are roles and
 * types from GDELT's {@code CAMEO.type.txt} ({@code GOV}, {@code MIL}, {@code COP}, ...). A country
 * may also follow a type ({@code MNCUSA}, a multinational of the United States; {@code IGOUNO} has
 * none). CAMEO's further codes (known groups such as {@code EEC} or {@code WBK}, religions such as
 * {@code CHR} or {@code MOS}, ethnic groups) are in GDELT's CAMEO.knowngroup, CAMEO.religion and
 * CAMEO.ethnic tables, which the data here does not include; a token is known when it occurs in an
 * actor code of the PETRARCH-2 actor and agent dictionaries ({@code [IGOEUREEC]}, {@code [~REL]}),
 * which are CAMEO's own coding dictionaries. A token none of these know, or a trailing piece shorter
 * than 3 characters, is reported in {@link Split#unknown()}, never dropped or guessed. Tokens are
 * compared upper-cased (GDELT writes some ethnic codes in lower case, e.g. {@code kur}).
 */
public final class ActorCode {
  /** What a token is. */
  public enum Kind { COUNTRY, REGION, NO_COUNTRY, TYPE, CAMEO_CODE, UNKNOWN }

  /** One token of a code, with its kind and, for a type or region, its label. */
  public record Token(String code, Kind kind, String label) {}

  /**
   * A split code.
   *
   * @param code the code as given
   * @param tokens every token in order (a trailing piece shorter than 3 characters is a token too)
   * @param unknown the tokens of kind UNKNOWN, in order; empty when the whole code is understood
   */
  public record Split(String code, List<Token> tokens, List<String> unknown) {}

  private static final String NO_COUNTRY = "---";
  /** The PETRARCH-2 dictionaries of actors and agents (Norris, Schrodt &amp; Beieler 2017, PETRARCH2). */
  public static final List<String> DICTIONARY_FILES = List.of("Phoenix.Countries.actors.txt",
      "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt");

  private final Countries countries;
  private final Map<String, String> types;
  private final Map<String, String> regions;
  private final Set<String> dictionaryTokens;

  private ActorCode(Countries countries, Map<String, String> types, Map<String, String> regions,
      Set<String> dictionaryTokens) {
    this.countries = countries;
    this.types = types;
    this.regions = regions;
    this.dictionaryTokens = dictionaryTokens;
  }

  /** The built-in CAMEO actor types ({@code CODE<TAB>LABEL}), made from GDELT's {@code CAMEO.type.txt}. */
  public static final String BUILT_IN_TYPES = "cameo_types.tsv";
  /** The built-in dictionary tokens (one a line), made from {@link #DICTIONARY_FILES}. */
  public static final String BUILT_IN_TOKENS = "actor_tokens.txt";

  /**
   * A parser over GDELT's actor type table, the shipped CAMEO region list and the tokens of the
   * actor codes in the PETRARCH-2 dictionaries.
   *
   * @param cameoType GDELT lookup {@code CAMEO.type.txt} ({@code CODE<TAB>LABEL}, one header line),
   *     or null for the copy in the jar ({@link #BUILT_IN_TYPES})
   * @param dictionaries the PETRARCH-2 {@code dictionaries} folder; its actor and agent dictionaries
   *     ({@link #DICTIONARY_FILES}) are scanned for bracketed actor codes; or null for the tokens in
   *     the jar ({@link #BUILT_IN_TOKENS})
   * @param countries known country codes ({@link Countries#isCountryCode}), historical ones included
   * @throws IOException when the type file or one of the dictionaries is missing, or a type line is
   *     not {@code CODE<TAB>LABEL}
   */
  public static ActorCode load(Path cameoType, Path dictionaries, Countries countries) throws IOException {
    if (cameoType != null && !Files.isRegularFile(cameoType)) {
      throw new IOException(cameoType + ": CAMEO actor type table not found (GDELT lookups CAMEO.type.txt)");
    }
    Map<String, String> types;
    try (InputStream in = cameoType == null ? resource(BUILT_IN_TYPES) : Files.newInputStream(cameoType)) {
      types = readTable(in, cameoType == null ? BUILT_IN_TYPES : cameoType.toString(), cameoType != null);
    }
    Map<String, String> regions;
    try (InputStream in = resource("cameo_regions.tsv")) {
      regions = readTable(in, "cameo_regions.tsv", false);
    }
    return new ActorCode(countries, types, regions,
        dictionaries == null ? builtInTokens() : dictionaryTokens(dictionaries));
  }

  /** A resource next to this class; a missing one is a build defect. */
  private static InputStream resource(String name) {
    InputStream in = ActorCode.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException(name + " missing from the jar; rebuild it"));
    }
    return in;
  }

  private static Set<String> builtInTokens() throws IOException {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(resource(BUILT_IN_TOKENS), StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip)
          .collect(Collectors.toUnmodifiableSet());
    }
  }

  /**
   * The 3-letter tokens of every bracketed actor code in the PETRARCH-2 actor and agent
   * dictionaries ({@link #DICTIONARY_FILES}): comments ({@code #}, {@code ;}) and everything after
   * {@code ---STOP---} left out, as PETRARCH reads them. The folder's other files (issues, verbs,
   * validation tests) hold bracketed words that are no actor codes.
   */
  public static Set<String> dictionaryTokens(Path dir) throws IOException {
    Set<String> tokens = new HashSet<>();
    for (String name : DICTIONARY_FILES) {
      Path f = dir.resolve(name);
      if (!Files.isRegularFile(f)) {
        throw new IOException(f + ": PETRARCH-2 dictionary not found (the case's lookups.actor_dictionaries"
            + " folder); it gives CAMEO's known-group, religion and ethnic codes");
      }
      // a bad byte spoils at most the code it sits in
      for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
        if (line.contains("---STOP---")) {
          break;
        }
        addCodeTokens(withoutComment(line), tokens);
      }
    }
    return Set.copyOf(tokens);
  }

  /**
   * Adds the 3-letter tokens of each actor code in {@code text}: "[", an optional "~" (agents), then
   * 3 or more of A-Z, a-z and "-", upper-cased. A hand scan, not a regular expression: every ingest
   * scans the 2.1 MB of dictionaries, and a pattern made the JIT compile the regex engine (about a
   * fifth of a 2-million-row ingest's C2 compile time) for work done once.
   */
  static void addCodeTokens(String text, Set<String> tokens) {
    for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
      int from = open + 1 < text.length() && text.charAt(open + 1) == '~' ? open + 2 : open + 1;
      int end = from;
      while (end < text.length() && isCodeChar(text.charAt(end))) {
        end++;
      }
      if (end - from >= 3) {
        String code = text.substring(from, end).toUpperCase(Locale.ROOT);
        for (int at = 0; at + 3 <= code.length(); at += 3) {
          tokens.add(code.substring(at, at + 3));
        }
      }
    }
  }

  private static boolean isCodeChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
  }

  private static String withoutComment(String line) {
    int cut = line.length();
    for (char c : new char[] {'#', ';'}) {
      int at = line.indexOf(c);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    return line.substring(0, cut);
  }

  private static Map<String, String> readTable(InputStream in, String name, boolean header)
      throws IOException {
    Map<String, String> out = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if ((header && no == 1) || line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab != 3) {
        throw new IOException(name + ":" + no + ": expected a 3-letter CODE<TAB>LABEL, got '" + line + "'");
      }
      out.putIfAbsent(line.substring(0, 3), line.substring(4).trim()); // UIS is listed twice
    }
    return out;
  }

  /** Splits {@code code}; null or empty gives a split with no tokens. */
  public Split split(String code) {
    if (code == null || code.isEmpty()) {
      return new Split(code, List.of(), List.of());
    }
    List<Token> tokens = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int at = 0; at < code.length(); at += 3) {
      String t = code.substring(at, Math.min(at + 3, code.length()));
      Token token = classify(t.toUpperCase(Locale.ROOT), at == 0);
      if (token.kind() == Kind.UNKNOWN) {
        unknown.add(t);
      }
      tokens.add(token);
    }
    return new Split(code, List.copyOf(tokens), List.copyOf(unknown));
  }

  private Token classify(String t, boolean first) {
    if (t.length() < 3) {
      return new Token(t, Kind.UNKNOWN, null);
    }
    if (first) {
      if (t.equals(NO_COUNTRY)) {
        return new Token(t, Kind.NO_COUNTRY, null);
      }
      String region = regions.get(t);
      if (region != null && !countries.isCountryCode(t)) {
        return new Token(t, Kind.REGION, region);
      }
    }
    // a type before a country: second-place GOV is the government, not a country code
    String type = types.get(t);
    if (type != null && !(first && countries.isCountryCode(t))) {
      return new Token(t, Kind.TYPE, type);
    }
    if (countries.isCountryCode(t)) {
      return new Token(t, Kind.COUNTRY, null);
    }
    return dictionaryTokens.contains(t) ? new Token(t, Kind.CAMEO_CODE, null) : new Token(t, Kind.UNKNOWN, null);
  }
}
