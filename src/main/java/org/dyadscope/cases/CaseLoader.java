package org.dyadscope.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyadscope.collect.SourceFormat;
import org.dyadscope.collect.SourceFormats;

/**
 * Reads and validates {@code case.yaml}. Every error names the file, line and column and says how
 * to fix it.
 */
public final class CaseLoader {
  /** Name of the case file inside a case folder. */
  public static final String CASE_FILE = "case.yaml";

  private static final Pattern DYAD = Pattern.compile("^\\s*([A-Z]{3})\\s*(->|<->)\\s*([A-Z]{3})\\s*$");
  private static final Set<String> FREQUENCIES = Set.of("month", "year");

  private CaseLoader() {}

  /**
   * Loads a case from a case folder (containing {@code case.yaml}) or a YAML file.
   *
   * @throws CaseFileException on a missing file, bad YAML, an unknown key or an invalid value
   */
  public static CaseFile load(Path folderOrFile) throws CaseFileException {
    Path file = Files.isDirectory(folderOrFile) ? folderOrFile.resolve(CASE_FILE) : folderOrFile;
    if (!Files.isRegularFile(file)) {
      throw new CaseFileException(file + ": case file not found; pass a case folder holding "
          + CASE_FILE + " (e.g. cases/russia-iran-2012-2022)");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CaseFileException(file + ": cannot read case file: " + e.getMessage(), e);
    }
    Raw raw;
    try {
      ObjectMapper m = new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      raw = m.readValue(text, Raw.class);
    } catch (UnrecognizedPropertyException e) {
      throw new CaseFileException(file + where(e) + ": unknown key '" + e.getPropertyName() + "'"
          + suggestion(e.getPropertyName(), e.getKnownPropertyIds()) + "; keys allowed here: "
          + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")), e);
    } catch (JsonProcessingException e) {
      throw new CaseFileException(file + where(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse("")
          + "; fix the YAML at that place (see cases/russia-iran-2012-2022/case.yaml for the layout)", e);
    }
    if (raw == null) {
      throw new CaseFileException(file + ":1:1: case file is empty; give at least name, actors, dyads, period");
    }
    return new Validator(file, text).validate(raw);
  }

  private static String where(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    return loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
  }

  /** ", did you mean 'x'?" when a known key is within two edits of the typo, else "". */
  static String suggestion(String typo, Collection<Object> known) {
    String best = null;
    int bestDistance = 3;
    for (Object k : known) {
      int d = editDistance(typo, String.valueOf(k));
      if (d < bestDistance) {
        bestDistance = d;
        best = String.valueOf(k);
      }
    }
    return best == null ? "" : ", did you mean '" + best + "'?";
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Checks values and builds the {@link CaseFile}; errors point at the line holding the bad value. */
  private static final class Validator {
    private final Path file;
    private final List<String> lines;

    Validator(Path file, String text) {
      this.file = file;
      this.lines = text.lines().toList();
    }

    CaseFile validate(Raw raw) throws CaseFileException {
      require(raw.name, "name", "name: russia-iran-2012-2022");
      require(raw.actors, "actors", "actors: [{code: RUS, name: Russia}]");
      require(raw.dyads, "dyads", "dyads: [RUS->IRN, RUS<->USA]");
      require(raw.period, "period", "period: {start: 2012-01, end: 2022-12}");
      List<Actor> actors = new ArrayList<>();
      Set<String> codes = new LinkedHashSet<>();
      for (RawActor a : raw.actors) {
        if (a.code == null || !a.code.matches("[A-Z]{3}")) {
          throw error(String.valueOf(a.code), "actor code '" + a.code
              + "' must be three capital letters (ISO-3166 alpha-3 / CAMEO), e.g. RUS");
        }
        codes.add(a.code);
        actors.add(new Actor(a.code, a.name == null ? a.code : a.name, a.variants));
      }
      List<Dyad> dyads = new ArrayList<>();
      for (String d : raw.dyads) {
        Matcher m = DYAD.matcher(d == null ? "" : d);
        if (!m.matches()) {
          throw error(d, "dyad '" + d + "' must be written SRC->TGT or A<->B with actor codes, e.g. RUS->IRN");
        }
        for (String c : List.of(m.group(1), m.group(3))) {
          if (!codes.contains(c)) {
            throw error(d, "dyad '" + d + "' uses " + c + ", which is not among the actors; add it to actors");
          }
        }
        Dyad dyad = new Dyad(m.group(1), m.group(3));
        addOnce(dyads, dyad);
        if (m.group(2).equals("<->")) {
          addOnce(dyads, dyad.reverse());
        }
      }
      List<List<String>> triads = raw.triads == null ? List.of() : raw.triads;
      for (List<String> t : triads) {
        if (t.size() != 3 || !codes.containsAll(t)) {
          throw error(String.join(", ", t), "triad " + t + " must name three of the case's actors");
        }
      }
      Period period = period(raw.period);
      List<String> freqs = raw.frequencies == null ? List.of("month", "year") : raw.frequencies;
      for (String f : freqs) {
        if (!FREQUENCIES.contains(f)) {
          throw error(f, "frequency '" + f + "' is not supported; use month or year");
        }
      }
      List<SourceSpec> sources = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      for (RawSource s : raw.sources == null ? List.<RawSource>of() : raw.sources) {
        if (s.name == null || s.format == null) {
          throw error("sources", "every source needs a name and a format");
        }
        List<String> formats = SourceFormats.names();
        if (!formats.contains(s.format)) {
          throw error("format: " + s.format, "source " + s.name + ": unknown format '" + s.format + "'"
              + suggestion(s.format, List.copyOf(formats)) + "; use one of " + String.join(", ", formats));
        }
        SourceFormat format = SourceFormats.get(s.format);
        String badOption = format.unknownOption(s.options == null ? Map.of() : s.options);
        if (badOption != null) {
          throw error(badOption + ":", "source " + s.name + ": option '" + badOption + "' is not read by format "
              + s.format + suggestion(badOption, List.copyOf(format.optionKeys())) + "; " + format.validOptions());
        }
        if (!names.add(s.name)) {
          throw error(s.name, "source name '" + s.name + "' is used twice; source names must be unique");
        }
        sources.add(new SourceSpec(s.name, s.format, s.files, s.options, s.description));
      }
      Lookups lookups = raw.lookups == null ? Lookups.defaults() : raw.lookups.withDefaults();
      Map<String, String> overrides =
          raw.entityOverrides == null ? Map.of() : new LinkedHashMap<>(raw.entityOverrides);
      return new CaseFile(raw.name, raw.title == null ? raw.name : raw.title,
          file.toAbsolutePath().getParent(), List.copyOf(actors), List.copyOf(dyads), triads, period,
          List.copyOf(freqs), lookups, List.copyOf(sources), Map.copyOf(overrides));
    }

    private Period period(RawPeriod p) throws CaseFileException {
      try {
        return new Period(YearMonth.parse(p.start), YearMonth.parse(p.end));
      } catch (DateTimeParseException | NullPointerException e) {
        throw error("period", "period needs start and end as YYYY-MM, e.g. {start: 2012-01, end: 2022-12}");
      } catch (IllegalArgumentException e) {
        throw error("period", e.getMessage());
      }
    }

    private static void addOnce(List<Dyad> dyads, Dyad d) {
      if (!dyads.contains(d)) {
        dyads.add(d);
      }
    }

    private void require(Object value, String key, String example) throws CaseFileException {
      if (value == null) {
        throw new CaseFileException(file + ":1:1: missing '" + key + "'; add e.g. `" + example + "`");
      }
    }

    /** An error located at the first line that mentions {@code needle}. */
    private CaseFileException error(String needle, String message) {
      for (int i = 0; i < lines.size(); i++) {
        int col = needle == null ? -1 : lines.get(i).indexOf(needle);
        if (col >= 0) {
          return new CaseFileException(file + ":" + (i + 1) + ":" + (col + 1) + ": " + message);
        }
      }
      return new CaseFileException(file + ": " + message);
    }
  }

  // Raw YAML shape; unknown keys are errors so typos do not pass silently.
  static final class Raw {
    public String name;
    public String title;
    public String description;
    public List<RawActor> actors;
    public List<String> dyads;
    public List<List<String>> triads;
    public RawPeriod period;
    public List<String> frequencies;
    public Lookups lookups;
    public List<RawSource> sources;
    @JsonProperty("entity_overrides")
    public Map<String, String> entityOverrides;
  }

  static final class RawActor {
    public String code;
    public String name;
    public List<String> variants;
  }

  static final class RawPeriod {
    public String start;
    public String end;
  }

  static final class RawSource {
    public String name;
    public String format;
    public String description;
    public List<String> files;
    public Map<String, String> options;
  }
}
