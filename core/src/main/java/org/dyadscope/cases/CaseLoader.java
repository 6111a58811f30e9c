package org.dyadscope.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.SourceFormat;
import org.dyadscope.collect.SourceFormats;
import org.dyadscope.yaml.CaseFileException;
import org.dyadscope.yaml.YamlDocument;
import org.dyadscope.yaml.YamlErrors;

/**
 * Reads and validates {@code case.yaml}. Every error names the file, line and column and says how
 * to fix it.
 */
public final class CaseLoader {
  /** Name of the case file inside a case folder. */
  public static final String CASE_FILE = "case.yaml";

  private static final Pattern DYAD = Pattern.compile("^\\s*([A-Z]{3})\\s*(->|<->)\\s*([A-Z]{3})\\s*$");
  private static final YamlDocument.Kind KIND = new YamlDocument.Kind(CASE_FILE, "case",
      "pass a case folder holding " + CASE_FILE + " (e.g. cases/russia-iran-2012-2022)",
      "see cases/russia-iran-2012-2022/case.yaml for the layout", "give at least name, actors, dyads, period");

  private static final Countries COUNTRIES = Countries.standard();

  private CaseLoader() {}

  /**
   * Loads a case from a case folder (containing {@code case.yaml}) or a YAML file.
   *
   * @throws CaseFileException on a missing file, bad YAML, an unknown key or an invalid value
   */
  public static CaseFile load(Path folderOrFile) throws CaseFileException {
    YamlDocument<Raw> doc = YamlDocument.read(folderOrFile, KIND, Raw.class);
    CaseFile c = new Validator(doc).validate();
    doc.enforce("case");
    return c;
  }

  /** Checks values and builds the {@link CaseFile}; errors point at the line holding the bad value. */
  private static final class Validator {
    private final YamlDocument<Raw> doc;

    Validator(YamlDocument<Raw> doc) {
      this.doc = doc;
    }

    CaseFile validate() throws CaseFileException {
      Raw raw = doc.raw();
      require(raw.name, "name", "name: russia-iran-2012-2022");
      require(raw.actors, "actors", "actors: [{code: RUS, name: Russia}]");
      require(raw.dyads, "dyads", "dyads: [RUS->IRN, RUS<->USA]");
      require(raw.period, "period", "period: {start: 2012-01, end: 2022-12}");
      List<Actor> actors = new ArrayList<>();
      Set<String> codes = new LinkedHashSet<>();
      for (int i = 0; i < raw.actors.size(); i++) {
        RawActor a = raw.actors.get(i);
        if (a.code == null || !a.code.matches("[A-Z]{3}")) {
          throw doc.error("/actors/" + i + "/code", "actor code '" + a.code
              + "' must be three capital letters (ISO-3166 alpha-3 / CAMEO), e.g. RUS");
        }
        if (!COUNTRIES.isCountryCode(a.code)) {
          throw doc.error("/actors/" + i + "/code", "unknown actor code " + a.code
              + YamlErrors.suggestion(a.code, COUNTRIES.codes().stream().sorted().toList())
              + "; use an ISO-3166 alpha-3 / CAMEO country code, e.g. RUS");
        }
        codes.add(a.code);
        actors.add(new Actor(a.code, a.name == null ? a.code : a.name, a.variants));
      }
      List<Dyad> dyads = new ArrayList<>();
      for (int i = 0; i < raw.dyads.size(); i++) {
        String d = raw.dyads.get(i);
        Matcher m = DYAD.matcher(d == null ? "" : d);
        if (!m.matches()) {
          throw doc.error("/dyads/" + i,
              "dyad '" + d + "' must be written SRC->TGT or A<->B with actor codes, e.g. RUS->IRN");
        }
        for (String c : List.of(m.group(1), m.group(3))) {
          if (!codes.contains(c)) {
            throw doc.error("/dyads/" + i,
                "dyad '" + d + "' uses " + c + ", which is not among the actors; add it to actors");
          }
        }
        Dyad dyad = new Dyad(m.group(1), m.group(3));
        addOnce(dyads, dyad);
        if (m.group(2).equals("<->")) {
          addOnce(dyads, dyad.reverse());
        }
      }
      List<List<String>> triads = raw.triads == null ? List.of() : raw.triads;
      for (int i = 0; i < triads.size(); i++) {
        List<String> t = triads.get(i);
        if (t.size() != 3 || !codes.containsAll(t)) {
          throw doc.error("/triads/" + i, "triad " + t + " must name three of the case's actors");
        }
      }
      Period period = period(raw.period);
      List<Frequency> freqs = new ArrayList<>();
      List<String> rawFreqs = raw.frequencies == null ? List.of("month", "year") : raw.frequencies;
      for (int i = 0; i < rawFreqs.size(); i++) {
        try {
          freqs.add(Frequency.of(rawFreqs.get(i)));
        } catch (IllegalArgumentException e) {
          throw doc.error("/frequencies/" + i,
              "frequency '" + rawFreqs.get(i) + "' is not supported; use month or year");
        }
      }
      List<SourceSpec> sources = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      List<RawSource> rawSources = raw.sources == null ? List.of() : raw.sources;
      for (int i = 0; i < rawSources.size(); i++) {
        RawSource s = rawSources.get(i);
        String at = "/sources/" + i;
        if (s.name == null || s.format == null) {
          throw doc.error(at, "every source needs a name and a format");
        }
        List<String> formats = SourceFormats.names();
        if (!formats.contains(s.format)) {
          throw doc.error(at + "/format", true, "source " + s.name + ": unknown format '" + s.format + "'"
              + YamlErrors.suggestion(s.format, formats) + "; use one of " + String.join(", ", formats));
        }
        SourceFormat format = SourceFormats.get(s.format);
        String badOption = format.unknownOption(s.options == null ? Map.of() : s.options);
        if (badOption != null) {
          throw doc.error(at + "/options/" + badOption, true, "source " + s.name + ": option '" + badOption
              + "' is not read by format " + s.format
              + YamlErrors.suggestion(badOption, List.copyOf(format.optionKeys())) + "; " + format.validOptions());
        }
        if (!names.add(s.name)) {
          throw doc.error(at + "/name", "source name '" + s.name + "' is used twice; source names must be unique");
        }
        sources.add(new SourceSpec(s.name, s.format, s.files, s.options, s.description));
      }
      Lookups lookups = raw.lookups == null ? Lookups.defaults() : raw.lookups.withDefaults();
      Map<String, String> overrides =
          raw.entityOverrides == null ? Map.of() : new LinkedHashMap<>(raw.entityOverrides);
      return new CaseFile(raw.name, raw.title == null ? raw.name : raw.title,
          doc.file().toAbsolutePath().getParent(), List.copyOf(actors), List.copyOf(dyads), triads, period,
          List.copyOf(freqs), lookups, List.copyOf(sources), Map.copyOf(overrides));
    }

    private Period period(RawPeriod p) throws CaseFileException {
      try {
        return new Period(YearMonth.parse(p.start), YearMonth.parse(p.end));
      } catch (DateTimeParseException | NullPointerException e) {
        throw doc.error("/period", "period needs start and end as YYYY-MM, e.g. {start: 2012-01, end: 2022-12}");
      } catch (IllegalArgumentException e) {
        throw doc.error("/period", e.getMessage());
      }
    }

    private static void addOnce(List<Dyad> dyads, Dyad d) {
      if (!dyads.contains(d)) {
        dyads.add(d);
      }
    }

    private void require(Object value, String key, String example) throws CaseFileException {
      if (value == null) {
        throw doc.error("", "missing '" + key + "'; add e.g. `" + example + "`");
      }
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
