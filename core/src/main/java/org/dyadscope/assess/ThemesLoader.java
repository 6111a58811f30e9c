package org.dyadscope.assess;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.measure.YearlyMeasure;
import org.dyadscope.trace.EvidenceItem;
import org.dyadscope.trace.TraceSpec;
import org.dyadscope.yaml.CaseFileException;
import org.dyadscope.yaml.YamlDocument;

/**
 * Reads and validates a case's {@code themes.yaml}. Every error names the file, line and column
 * and the fix. The layout:
 *
 * <pre>
 * min_confidence: 0.25          # optional; below it a verdict is "insufficient data"
 * max_lag: 2                    # optional; lags explored for the third-party link, years
 * permutation: {seed: 1, samples: 9999, max_exact: 40320}   # optional
 * breakpoints:
 *   - {date: 2015-07-14, label: JCPOA}
 * third_party:                  # optional
 *   description: RUS&lt;-&gt;USA conflict share, yearly
 *   query: "SELECT year, value FROM ..."          # rows (year, value); or, without SQL:
 *   # measure: conflict                          # a measure.YearlyMeasure of
 *   # dyad: RUS&lt;-&gt;USA                          # this dyad
 * themes:
 *   - id: C1
 *     finding: Monitoring Iran-China relations     # the study's words
 *     study_claim: challenge                       # or opportunity
 *     note: what the data can and cannot say
 *     indicators:
 *       - id: C1a                                  # a yearly series
 *         description: ...
 *         rule: why higher values mean a challenge
 *         query: "SELECT year, value FROM ..."       # or measure: goldstein_mean with dyad: RUS-&gt;IRN
 *         higher_means: challenge                  # or opportunity
 *         neutral: 0                               # the value pointing to neither side
 *         scale: 1                                 # the distance from neutral at full strength
 *         link: true                               # optional: the series linked to the third party
 *       - id: C1c                                  # a series read by its link to the third party
 *         description: ...
 *         rule: why co-movement with the third party means a challenge
 *         query: "SELECT year, value FROM ..."
 *         correlation_means: challenge             # the side a positive correlation points to
 *         alpha: 0.1                               # optional; largest p-value counted as a link
 *       - id: C1b                                  # an evidence item of trace.yaml
 *         evidence: E21
 *         rule: why its presence means a challenge
 *         when_present: challenge
 *         when_absent: opportunity                 # optional; default: absent says nothing
 *         date: 2021-03-27                         # optional; default: the evidence source's date
 * </pre>
 */
public final class ThemesLoader {
  /** Name of the themes file inside a case folder. */
  public static final String THEMES_FILE = "themes.yaml";

  private static final YamlDocument.Kind KIND = new YamlDocument.Kind(THEMES_FILE, "themes",
      "put the themes to assess in the case folder's " + THEMES_FILE,
      "keys: min_confidence, max_lag, permutation, breakpoints, third_party, themes; see docs/case-files.md, `themes.yaml`, for the layout",
      "give `themes:` with at least one theme");

  private ThemesLoader() {}

  /**
   * Loads {@code themes.yaml} from a case folder, or the given file.
   *
   * @param trace the case's trace, whose evidence ids the themes may read ({@code null} if the
   *     case has none: then an evidence indicator is an error)
   * @throws CaseFileException on a missing file, bad YAML, an unknown key or an invalid value
   */
  public static ThemesSpec load(Path folderOrFile, TraceSpec trace) throws CaseFileException {
    YamlDocument<Raw> doc = YamlDocument.read(folderOrFile, KIND, Raw.class);
    Map<String, EvidenceItem> evidence = new HashMap<>();
    if (trace != null) {
      trace.evidence().forEach(e -> evidence.put(e.id(), e));
    }
    ThemesSpec spec = new Validator(doc, evidence).validate(doc.raw());
    doc.enforce("themes");
    return spec;
  }

  /** Checks values and builds the spec; each error points at the offending value. */
  private static final class Validator {
    private final YamlDocument<Raw> doc;
    private final Map<String, EvidenceItem> evidence;
    private final Set<String> ids = new HashSet<>();

    Validator(YamlDocument<Raw> doc, Map<String, EvidenceItem> evidence) {
      this.doc = doc;
      this.evidence = evidence;
    }

    ThemesSpec validate(Raw raw) throws CaseFileException {
      double minConfidence = raw.minConfidence == null ? 0.25 : raw.minConfidence;
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        throw error("/min_confidence", "min_confidence " + minConfidence + " must lie in [0, 1], e.g. 0.25");
      }
      int maxLag = raw.maxLag == null ? 2 : raw.maxLag;
      if (maxLag < 0 || maxLag > 10) {
        throw error("/max_lag", "max_lag " + maxLag + " must be 0..10 years, e.g. 2");
      }
      PermutationTest permutation = PermutationTest.defaults();
      if (raw.permutation != null) {
        RawPermutation p = raw.permutation;
        try {
          permutation = new PermutationTest(p.seed == null ? permutation.seed() : p.seed,
              p.samples == null ? permutation.samples() : p.samples,
              p.maxExact == null ? permutation.maxExact() : p.maxExact);
        } catch (IllegalArgumentException e) {
          throw error("/permutation", e.getMessage());
        }
      }
      List<Breakpoint> breakpoints = new ArrayList<>();
      List<RawBreakpoint> rawBreaks = raw.breakpoints == null ? List.of() : raw.breakpoints;
      for (int i = 0; i < rawBreaks.size(); i++) {
        RawBreakpoint b = rawBreaks.get(i);
        String at = "/breakpoints/" + i;
        if (b.label == null || b.label.isBlank()) {
          throw error(at, "a breakpoint needs a label, e.g. {date: 2015-07-14, label: JCPOA}");
        }
        breakpoints.add(new Breakpoint(date(b.date, at + "/date", true), b.label));
      }
      String thirdDesc = null;
      String thirdSql = null;
      if (raw.thirdParty != null) {
        thirdSql = series(raw.thirdParty.query, raw.thirdParty.measure, raw.thirdParty.dyad, raw.thirdParty.minEvents,
            "/third_party", "third_party");
        thirdDesc = raw.thirdParty.description == null ? "third-party series" : raw.thirdParty.description;
      }
      if (raw.themes == null || raw.themes.isEmpty()) {
        throw error("", "no themes; add `themes:` with at least one {id, finding, study_claim, indicators}");
      }
      List<ThemeSpec> themes = new ArrayList<>();
      for (int i = 0; i < raw.themes.size(); i++) {
        themes.add(theme(raw.themes.get(i), "/themes/" + i));
      }
      return new ThemesSpec(doc.file(), breakpoints, thirdDesc, thirdSql, minConfidence, maxLag, permutation, themes);
    }

    private ThemeSpec theme(RawTheme t, String at) throws CaseFileException {
      String id = id(t.id, at, "C1");
      if (t.finding == null || t.finding.isBlank()) {
        throw error(at, "theme " + id + " needs a finding: the study's finding in its words");
      }
      Side claim = side(t.studyClaim, at + "/study_claim", "theme " + id + " needs study_claim");
      if (t.indicators == null || t.indicators.isEmpty()) {
        throw error(at, "theme " + id + " needs at least one indicator (a series query or an evidence item)");
      }
      List<Indicator> indicators = new ArrayList<>();
      for (int i = 0; i < t.indicators.size(); i++) {
        indicators.add(indicator(t.indicators.get(i), at + "/indicators/" + i, id));
      }
      return new ThemeSpec(id, t.finding, claim, t.note, indicators);
    }

    private Indicator indicator(RawIndicator r, String at, String theme) throws CaseFileException {
      String id = id(r.id, at, theme + "a");
      if (r.rule == null || r.rule.isBlank()) {
        throw error(at, "indicator " + id + " needs a rule: why its data point to a challenge or an opportunity");
      }
      if ((r.query == null && r.measure == null) == (r.evidence == null)) {
        throw error(at, "indicator " + id + " needs exactly one of query: \"SELECT year, value ...\", "
            + "measure: cooperation_balance (with dyad: RUS->IRN) or evidence: E1");
      }
      if (r.query != null || r.measure != null) {
        String sql = series(r.query, r.measure, r.dyad, r.minEvents, at, "indicator " + id);
        if (r.whenPresent != null || r.whenAbsent != null || r.date != null) {
          throw error(at, "indicator " + id + " is a series: when_present, when_absent and date belong to evidence indicators");
        }
        if (r.description == null || r.description.isBlank()) {
          throw error(at, "indicator " + id + " needs a description: what the series measures, with its unit");
        }
        if (r.correlationMeans != null) {
          if (r.higherMeans != null || r.neutral != null || r.scale != null || r.link != null) {
            throw error(at, "indicator " + id + " is read by its correlation (correlation_means): higher_means, "
                + "neutral, scale and link do not apply; delete them");
          }
          double alpha = r.alpha == null ? 0.1 : r.alpha;
          if (!(alpha > 0 && alpha <= 1)) {
            throw error(at + "/alpha", "alpha " + alpha + " of " + id + " must lie in (0, 1], e.g. 0.1");
          }
          return new Indicator.Link(id, r.description, r.rule, sql,
              side(r.correlationMeans, at + "/correlation_means", ""), alpha);
        }
        if (r.alpha != null) {
          throw error(at + "/alpha", "alpha belongs to an indicator read by its correlation; add correlation_means or delete it");
        }
        Side higher = side(r.higherMeans, at + "/higher_means", "series indicator " + id + " needs higher_means");
        if (r.neutral == null || r.scale == null) {
          throw error(at, "series indicator " + id + " needs neutral (the value pointing to neither side) and scale "
              + "(the distance from neutral that counts as full strength)");
        }
        if (!(r.scale > 0)) {
          throw error(at + "/scale", "scale " + r.scale + " of " + id + " must be positive");
        }
        return new Indicator.Series(id, r.description, r.rule, sql, higher, r.neutral, r.scale,
            Boolean.TRUE.equals(r.link));
      }
      if (r.dyad != null || r.minEvents != null) {
        throw error(at, "indicator " + id + " reads evidence: dyad and min_events belong to a `measure:` series");
      }
      if (r.higherMeans != null || r.neutral != null || r.scale != null || r.link != null
          || r.correlationMeans != null || r.alpha != null) {
        throw error(at, "indicator " + id + " reads evidence: higher_means, neutral, scale, link, correlation_means "
            + "and alpha belong to series");
      }
      EvidenceItem item = evidence.get(r.evidence);
      if (item == null) {
        throw error(at + "/evidence", "indicator " + id + " reads evidence '" + r.evidence + "', which trace.yaml "
            + (evidence.isEmpty() ? "does not exist to define" : "does not define") + "; use one of its evidence ids");
      }
      Side present = side(r.whenPresent, at + "/when_present", "evidence indicator " + id + " needs when_present");
      Side absent = r.whenAbsent == null || r.whenAbsent.equalsIgnoreCase("none") ? null
          : side(r.whenAbsent, at + "/when_absent", "");
      LocalDate date = r.date != null ? date(r.date, at + "/date", true) : date(item.source().date(), at, false);
      String description = r.description == null || r.description.isBlank() ? item.description() : r.description;
      return new Indicator.Evidence(id, description, r.rule, r.evidence, present, absent, date);
    }

    /**
     * The (year, value) query of a series: {@code query} as written, or the SQL of a {@link YearlyMeasure}
     * named by {@code measure} and {@code dyad}; exactly one of the two.
     */
    private String series(String query, String measure, String dyad, Integer minEvents, String at, String what)
        throws CaseFileException {
      if ((query == null) == (measure == null)) {
        throw error(at, what + " needs exactly one of query: \"SELECT year, value ...\" or measure: conflict "
            + "(with dyad: RUS<->USA)");
      }
      if (query != null) {
        if (dyad != null || minEvents != null) {
          throw error(at, what + ": dyad and min_events belong to a `measure:` series; delete them or the query");
        }
        if (query.isBlank()) {
          throw error(at + "/query", what + ": the query is empty; give a SELECT returning (year, value) rows");
        }
        return query;
      }
      try {
        return YearlyMeasure.parse(measure, dyad, minEvents).sql();
      } catch (IllegalArgumentException e) {
        throw error(at + (dyad == null || e.getMessage().startsWith("unknown measure") ? "/measure" : "/dyad"),
            what + ": " + e.getMessage());
      }
    }

    private Side side(String text, String at, String what) throws CaseFileException {
      if (text == null) {
        throw error(at.substring(0, at.lastIndexOf('/')), what + ": challenge or opportunity");
      }
      try {
        return Side.parse(text);
      } catch (IllegalArgumentException e) {
        throw error(at, e.getMessage());
      }
    }

    /** An ISO date; when not {@code required}, anything else (a year, a free text) is no date. */
    private LocalDate date(String text, String at, boolean required) throws CaseFileException {
      if (text != null) {
        try {
          return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
          // fall through
        }
      }
      if (required) {
        throw error(at, "date '" + text + "' must be YYYY-MM-DD, e.g. 2015-07-14");
      }
      return null;
    }

    private String id(String id, String at, String example) throws CaseFileException {
      if (id == null || id.isBlank()) {
        throw error(at, "missing id; add e.g. `id: " + example + "`");
      }
      if (!ids.add(id)) {
        throw error(at + "/id", "id '" + id + "' is used twice; theme and indicator ids must be unique");
      }
      return id;
    }

    private CaseFileException error(String path, String message) {
      return doc.error(path, message);
    }
  }

  // Raw YAML shape; unknown keys are errors so typos do not pass silently.
  static final class Raw {
    @JsonProperty("min_confidence")
    public Double minConfidence;
    @JsonProperty("max_lag")
    public Integer maxLag;
    public RawPermutation permutation;
    public List<RawBreakpoint> breakpoints;
    @JsonProperty("third_party")
    public RawThirdParty thirdParty;
    public List<RawTheme> themes;
  }

  static final class RawPermutation {
    public Long seed;
    public Integer samples;
    @JsonProperty("max_exact")
    public Long maxExact;
  }

  static final class RawBreakpoint {
    public String date;
    public String label;
  }

  static final class RawThirdParty {
    public String description;
    public String query;
    public String measure;
    public String dyad;
    @JsonProperty("min_events")
    public Integer minEvents;
  }

  static final class RawTheme {
    public String id;
    public String finding;
    @JsonProperty("study_claim")
    public String studyClaim;
    public String note;
    public List<RawIndicator> indicators;
  }

  static final class RawIndicator {
    public String id;
    public String description;
    public String rule;
    public String query;
    public String measure;
    public String dyad;
    @JsonProperty("min_events")
    public Integer minEvents;
    @JsonProperty("higher_means")
    public String higherMeans;
    public Double neutral;
    public Double scale;
    public Boolean link;
    @JsonProperty("correlation_means")
    public String correlationMeans;
    public Double alpha;
    public String evidence;
    @JsonProperty("when_present")
    public String whenPresent;
    @JsonProperty("when_absent")
    public String whenAbsent;
    public String date;
  }
}
