package org.dyadscope.trace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.measure.YearlyMeasure;
import org.dyadscope.yaml.CaseFileException;
import org.dyadscope.yaml.YamlDocument;

/**
 * Reads and validates a case's {@code trace.yaml}: hypotheses, optional dependency groups,
 * evidence items and optional sensitivity settings. Every error names the file, line and column
 * and the fix. The layout:
 *
 * <pre>
 * hypotheses:
 *   - {id: H1, statement: "...", prior: 0.5, reason: "..."}      # prior in (0, 1]; normalised
 * groups:                                   # optional; items naming a group enter once together
 *   - id: G1
 *     description: "two reports of one deal"
 *     likelihoods: {H1: 0.9, H2: 0.3}       # optional: P(every member present | H)
 * evidence:
 *   - id: E1
 *     description: "..."
 *     source: "citation"                    # or {citation: ..., url: ..., date: 2015-09-30}
 *     observation: {value: present}         # or {query: "SELECT count(*) ...", test: "&gt;= 3"}
 *                                           # or {measure: cooperation_balance, dyad: RUS-&gt;IRN,
 *                                           #     period: 2016..2022, compare: {period: 2012..2015}, test: "&gt; 0"}
 *     test: {type: hoop, hypothesis: H1}    # H1 gets the type's P(E|H), the others its P(E|¬H)
 *     likelihoods:                          # explicit P(E|H), overriding the test per hypothesis
 *       H2: 0.5                             # a number, a test type name (its P(E|H)),
 *       H3: {p: 0.4, range: [0.3, 0.5]}     # or a value with its sensitivity range
 *     group: G1                             # optional
 *     justification: "why these likelihoods"  # optional, one line; shown in the report
 * sensitivity:                              # optional; defaults shown
 *   {prior_factor: [0.5, 2], explicit_spread: 0.1, explicit_clip: [0.01, 0.99],
 *    max_exhaustive_parameters: 16, samples: 4096, seed: 1}
 * </pre>
 */
public final class TraceLoader {
  /** Name of the trace file inside a case folder. */
  public static final String TRACE_FILE = "trace.yaml";
  private static final YamlDocument.Kind KIND = new YamlDocument.Kind(TRACE_FILE, "trace",
      "put the hypotheses and evidence in the case folder's " + TRACE_FILE,
      "keys: hypotheses, groups, evidence, sensitivity; see docs/case-files.md, `trace.yaml`, for the layout",
      "give hypotheses and evidence");

  private TraceLoader() {}

  /**
   * Loads {@code trace.yaml} from a case folder, or the given YAML file.
   *
   * @throws CaseFileException on a missing file, bad YAML, an unknown key or an invalid value
   */
  public static TraceSpec load(Path folderOrFile) throws CaseFileException {
    YamlDocument<Raw> doc = YamlDocument.read(folderOrFile, KIND, Raw.class);
    TraceSpec spec = new Validator(doc).validate(doc.raw());
    doc.enforce("trace");
    return spec;
  }

  /** Checks values and builds the spec; each error points at the offending value. */
  private static final class Validator {
    private final YamlDocument<Raw> doc;
    private final List<String> hypothesisIds = new ArrayList<>();

    Validator(YamlDocument<Raw> doc) {
      this.doc = doc;
    }

    TraceSpec validate(Raw raw) throws CaseFileException {
      List<Hypothesis> hypotheses = hypotheses(raw.hypotheses);
      List<EvidenceGroup> groups = new ArrayList<>();
      Set<String> ids = new HashSet<>(hypothesisIds);
      List<RawGroup> rawGroups = raw.groups == null ? List.of() : raw.groups;
      for (int i = 0; i < rawGroups.size(); i++) {
        RawGroup g = rawGroups.get(i);
        String at = "/groups/" + i;
        String id = id(g.id, at, ids, "G1");
        Map<String, Likelihood> stated = g.test == null && g.likelihoods == null ? Map.of()
            : likelihoods(g.test, g.likelihoods, at, "dependency group " + id);
        groups.add(new EvidenceGroup(id, g.description, stated));
      }
      if (raw.evidence == null || raw.evidence.isEmpty()) {
        throw error("", false, "no evidence items; add `evidence:` with at least one item (id, description, source, "
            + "observation, test or likelihoods)");
      }
      List<EvidenceItem> items = new ArrayList<>();
      Set<String> groupIds = new HashSet<>();
      for (EvidenceGroup g : groups) {
        groupIds.add(g.id());
      }
      Set<String> usedGroups = new HashSet<>();
      for (int i = 0; i < raw.evidence.size(); i++) {
        EvidenceItem item = evidence(raw.evidence.get(i), "/evidence/" + i, ids);
        if (item.group() != null) {
          if (hypothesisIds.contains(item.group()) || (ids.contains(item.group()) && !groupIds.contains(item.group()))) {
            throw error("/evidence/" + i + "/group", false, "group '" + item.group()
                + "' is already the id of a hypothesis or evidence item; give the group its own id, e.g. G1");
          }
          usedGroups.add(item.group());
        }
        items.add(item);
      }
      for (int i = 0; i < items.size(); i++) {
        String g = items.get(i).group();
        if (g != null && !groupIds.contains(g) && ids.contains(g)) {
          throw error("/evidence/" + i + "/group", false, "group '" + g
              + "' is also the id of an evidence item; give the group its own id, e.g. G1");
        }
      }
      for (int i = 0; i < groups.size(); i++) {
        if (!usedGroups.contains(groups.get(i).id())) {
          throw error("/groups/" + i + "/id", false, "dependency group " + groups.get(i).id()
              + " has no evidence items; add `group: " + groups.get(i).id() + "` to its items or delete it");
        }
      }
      return new TraceSpec(doc.file(), hypotheses, groups, items, sensitivity(raw.sensitivity));
    }

    private List<Hypothesis> hypotheses(List<RawHypothesis> raw) throws CaseFileException {
      if (raw == null || raw.size() < 2) {
        throw error("/hypotheses", false, "process tracing needs at least two rival hypotheses; add them under "
            + "`hypotheses:` as {id: H1, statement: ..., prior: 0.5, reason: ...}");
      }
      List<Hypothesis> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < raw.size(); i++) {
        RawHypothesis h = raw.get(i);
        String at = "/hypotheses/" + i;
        String id = id(h.id, at, seen, "H1");
        if (h.statement == null || h.statement.isBlank()) {
          throw error(at, false, "hypothesis " + id + " needs a statement: the claim, in a sentence");
        }
        if (h.prior == null) {
          throw error(at, false, "hypothesis " + id + " needs a prior, e.g. `prior: 0.5`");
        }
        if (!(h.prior > 0 && h.prior <= 1)) {
          throw error(at + "/prior", false, "prior " + h.prior + " of " + id
              + " must be a probability in (0, 1]; state each hypothesis's probability (the engine rescales them to sum 1)");
        }
        hypothesisIds.add(id);
        out.add(new Hypothesis(id, h.statement, h.prior, h.reason));
      }
      return out;
    }

    private EvidenceItem evidence(RawEvidence e, String at, Set<String> ids) throws CaseFileException {
      String id = id(e.id, at, ids, "E1");
      if (e.description == null || e.description.isBlank()) {
        throw error(at, false, "evidence " + id + " needs a description: what E is, in a sentence");
      }
      if (e.source == null || e.source.citation == null || e.source.citation.isBlank()) {
        throw error(e.source == null ? at : at + "/source", false, "evidence " + id
            + " needs a source: a citation string, or {citation: ..., url: ..., date: ...}");
      }
      SourceCitation source = new SourceCitation(e.source.citation, e.source.url, e.source.date);
      Observation observation = observation(e.observation, at + "/observation", id);
      Map<String, Likelihood> likelihoods = likelihoods(e.test, e.likelihoods, at, "evidence " + id);
      return new EvidenceItem(id, e.description, source, observation, likelihoods, e.group, e.justification);
    }

    private Observation observation(RawObservation o, String at, String id) throws CaseFileException {
      if (o == null || (o.value != null ? 1 : 0) + (o.query != null ? 1 : 0) + (o.measure != null ? 1 : 0) != 1) {
        throw error(at, false, "evidence " + id + " needs exactly one of observation: {value: present} (or absent), "
            + "{query: \"SELECT ...\", test: \">= 3\"} or {measure: cooperation_balance, dyad: RUS->IRN, "
            + "period: 2014..2018, test: \"> 0\"}");
      }
      if (o.measure == null && (o.dyad != null || o.period != null || o.aggregate != null || o.compare != null
          || o.minEvents != null)) {
        throw error(at, false, "evidence " + id + ": dyad, period, aggregate, compare and min_events belong to an "
            + "observation with `measure:`; add it or delete them");
      }
      if (o.measure != null) {
        return measured(o, at, id);
      }
      if (o.value != null) {
        if (o.test != null) {
          throw error(at + "/test", false, "a literal observation takes no test; delete `test` or replace value with a query");
        }
        return switch (o.value.trim().toLowerCase(java.util.Locale.ROOT)) {
          case "present" -> new Observation.Literal(true);
          case "absent" -> new Observation.Literal(false);
          default -> throw error(at + "/value", false, "observation value '" + o.value + "' must be present or absent");
        };
      }
      if (o.query.isBlank()) {
        throw error(at + "/query", false, "the observation query of " + id + " is empty; give a SELECT returning one number");
      }
      if (o.test == null) {
        throw error(at, false, "the observation query of " + id + " needs a test, e.g. test: \">= 3\"");
      }
      try {
        return new Observation.Query(o.query, Threshold.parse(o.test));
      } catch (IllegalArgumentException ex) {
        throw error(at + "/test", false, ex.getMessage());
      }
    }

    /**
     * An observation written without SQL: the {@code aggregate} of a {@link YearlyMeasure} over the
     * {@code period}'s years, minus the same over {@code compare}'s dyad or period when given.
     */
    private Observation measured(RawObservation o, String at, String id) throws CaseFileException {
      YearlyMeasure m;
      try {
        m = YearlyMeasure.parse(o.measure, o.dyad, o.minEvents);
      } catch (IllegalArgumentException ex) {
        throw error(at + (o.dyad == null || ex.getMessage().startsWith("unknown measure") ? "/measure" : "/dyad"),
            false, "evidence " + id + ": " + ex.getMessage());
      }
      String aggregate = o.aggregate == null ? "mean" : o.aggregate;
      if (!aggregate.equals("mean") && !aggregate.equals("sum")) {
        throw error(at + "/aggregate", false, "evidence " + id + ": aggregate '" + aggregate + "' must be mean or sum");
      }
      int[] years = years(o.period, at + "/period", id);
      String sql = m.aggregateSql(aggregate, years[0], years[1]);
      if (o.compare != null) {
        if (o.compare.dyad == null && o.compare.period == null) {
          throw error(at + "/compare", false, "evidence " + id + ": compare needs a dyad, a period or both, e.g. "
              + "compare: {period: 2012..2014}");
        }
        YearlyMeasure other;
        try {
          other = o.compare.dyad == null ? m : YearlyMeasure.parse(o.measure, o.compare.dyad, o.minEvents);
        } catch (IllegalArgumentException ex) {
          throw error(at + "/compare/dyad", false, "evidence " + id + ": " + ex.getMessage());
        }
        int[] otherYears = o.compare.period == null ? years : years(o.compare.period, at + "/compare/period", id);
        // NULL when either side has no data, so the item is unavailable rather than measured against nothing
        sql = "SELECT (" + sql + ") - (" + other.aggregateSql(aggregate, otherYears[0], otherYears[1]) + ")";
      }
      if (o.test == null) {
        throw error(at, false, "the observation of " + id + " needs a test, e.g. test: \"> 0\"");
      }
      try {
        return new Observation.Query(sql, Threshold.parse(o.test));
      } catch (IllegalArgumentException ex) {
        throw error(at + "/test", false, ex.getMessage());
      }
    }

    /** {@code YYYY..YYYY}; without a period, every year. */
    private int[] years(String period, String at, String id) throws CaseFileException {
      if (period == null) {
        return new int[] {0, 9999};
      }
      try {
        return YearlyMeasure.years(period);
      } catch (IllegalArgumentException ex) {
        throw error(at, false, "evidence " + id + ": " + ex.getMessage());
      }
    }

    /** A test for one hypothesis, overridden per hypothesis by explicit likelihoods; must cover all. */
    private Map<String, Likelihood> likelihoods(RawTest test, Map<String, RawLikelihood> explicit, String at, String what)
        throws CaseFileException {
      Map<String, Likelihood> out = new LinkedHashMap<>();
      if (test != null) {
        TestType type = testType(test.type, at + "/test/type");
        if (test.hypothesis == null || !hypothesisIds.contains(test.hypothesis)) {
          throw error(test.hypothesis == null ? at + "/test" : at + "/test/hypothesis", false, what + ": test needs "
              + "`hypothesis:` naming the hypothesis it tests, one of " + hypothesisIds);
        }
        out.putAll(EvidenceItem.test(type, test.hypothesis, hypothesisIds));
      }
      if (explicit != null) {
        for (Map.Entry<String, RawLikelihood> e : explicit.entrySet()) {
          String path = at + "/likelihoods/" + e.getKey();
          if (!hypothesisIds.contains(e.getKey())) {
            throw error(path, true, what + " gives a likelihood for unknown hypothesis '" + e.getKey()
                + "'; use one of " + hypothesisIds);
          }
          out.put(e.getKey(), likelihood(e.getValue(), path, what + ", " + e.getKey()));
        }
      }
      for (String h : hypothesisIds) {
        if (!out.containsKey(h)) {
          throw error(explicit != null ? at + "/likelihoods" : at, explicit != null, what + " gives no P(E|H) for "
              + h + "; add `" + h + ": 0.5` under likelihoods, or a test: {type: hoop, hypothesis: "
              + hypothesisIds.get(0) + "} that covers every hypothesis");
        }
      }
      return out;
    }

    private Likelihood likelihood(RawLikelihood l, String at, String what) throws CaseFileException {
      if (l == null || (l.type == null && l.p == null)) {
        throw error(at, false, what + ": give P(E|H) as a number in [0, 1], a test type, or {p: 0.4, range: [0.3, 0.5]}");
      }
      if (l.type != null) {
        return Likelihood.tested(testType(l.type, at));
      }
      if (!(l.p >= 0 && l.p <= 1)) {
        throw error(l.range == null ? at : at + "/p", false, what + ": likelihood " + l.p
            + " is not a probability; P(E|H) must lie in [0, 1]");
      }
      if (l.range == null) {
        return Likelihood.explicit(l.p);
      }
      if (l.range.size() != 2 || l.range.contains(null) || !(l.range.get(0) >= 0 && l.range.get(0) <= l.p
          && l.p <= l.range.get(1) && l.range.get(1) <= 1)) {
        throw error(at + "/range", false, what + ": range " + l.range + " must be [low, high] within [0, 1] around p = "
            + l.p + ", e.g. [" + Math.max(0, l.p - 0.1) + ", " + Math.min(1, l.p + 0.1) + "]");
      }
      return Likelihood.explicit(l.p, Range.probability(l.range.get(0), l.range.get(1)));
    }

    private TestType testType(String name, String at) throws CaseFileException {
      if (name == null) {
        throw error(at, false, "a test needs `type:` straw_in_the_wind, hoop, smoking_gun or doubly_decisive");
      }
      try {
        return TestType.parse(name);
      } catch (IllegalArgumentException ex) {
        throw error(at, false, ex.getMessage());
      }
    }

    private SensitivitySettings sensitivity(RawSensitivity s) throws CaseFileException {
      SensitivitySettings d = SensitivitySettings.defaults();
      if (s == null) {
        return d;
      }
      Range factor = pair(s.priorFactor, d.priorFactor(), "/sensitivity/prior_factor", "[0.5, 2]");
      Range clip = pair(s.explicitClip, d.explicitClip(), "/sensitivity/explicit_clip", "[0.01, 0.99]");
      try {
        return new SensitivitySettings(factor, s.explicitSpread == null ? d.explicitSpread() : s.explicitSpread, clip,
            s.maxExhaustiveParameters == null ? d.maxExhaustiveParameters() : s.maxExhaustiveParameters,
            s.samples == null ? d.samples() : s.samples, s.seed == null ? d.seed() : s.seed);
      } catch (IllegalArgumentException ex) {
        throw error("/sensitivity", false, ex.getMessage());
      }
    }

    private Range pair(List<Double> v, Range fallback, String at, String example) throws CaseFileException {
      if (v == null) {
        return fallback;
      }
      if (v.size() != 2 || v.contains(null) || !(v.get(0) <= v.get(1))) {
        throw error(at, false, "expected [low, high] with low <= high, e.g. " + example);
      }
      return new Range(v.get(0), v.get(1));
    }

    private String id(String id, String at, Set<String> seen, String example) throws CaseFileException {
      if (id == null || id.isBlank()) {
        throw error(at, false, "missing id; add e.g. `id: " + example + "`");
      }
      if (!seen.add(id)) {
        throw error(at + "/id", false, "id '" + id + "' is used twice; ids of hypotheses, groups and evidence must be unique");
      }
      return id;
    }

    private CaseFileException error(String path, boolean atKey, String message) {
      return doc.error(path, atKey, message);
    }
  }

  // Raw YAML shape; unknown keys are errors so typos do not pass silently.
  static final class Raw {
    public List<RawHypothesis> hypotheses;
    public List<RawGroup> groups;
    public List<RawEvidence> evidence;
    public RawSensitivity sensitivity;
  }

  static final class RawHypothesis {
    public String id;
    public String statement;
    public Double prior;
    public String reason;
  }

  static final class RawGroup {
    public String id;
    public String description;
    public RawTest test;
    public Map<String, RawLikelihood> likelihoods;
  }

  static final class RawEvidence {
    public String id;
    public String description;
    public RawSource source;
    public RawObservation observation;
    public RawTest test;
    public Map<String, RawLikelihood> likelihoods;
    public String group;
    public String justification;
  }

  static final class RawTest {
    public String type;
    public String hypothesis;
  }

  static final class RawObservation {
    public String value;
    public String query;
    public String test;
    public String measure;
    public String dyad;
    public String period;
    public String aggregate;
    public RawCompare compare;
    @JsonProperty("min_events")
    public Integer minEvents;
  }

  static final class RawCompare {
    public String dyad;
    public String period;
  }

  /** A citation string, or {citation, url, date}. */
  static final class RawSource {
    public String citation;
    public String url;
    public String date;

    RawSource() {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    RawSource(String citation) {
      this.citation = citation;
    }
  }

  /** A number, a test type name, or {p, range}. */
  static final class RawLikelihood {
    public Double p;
    public List<Double> range;
    String type;

    RawLikelihood() {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    RawLikelihood(double p) {
      this.p = p;
    }

    // YAML reads 0 and 1 as integers
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    RawLikelihood(int p) {
      this.p = (double) p;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    RawLikelihood(String text) {
      this.type = text;
    }
  }

  static final class RawSensitivity {
    @JsonProperty("prior_factor")
    public List<Double> priorFactor;
    @JsonProperty("explicit_spread")
    public Double explicitSpread;
    @JsonProperty("explicit_clip")
    public List<Double> explicitClip;
    @JsonProperty("max_exhaustive_parameters")
    public Integer maxExhaustiveParameters;
    public Integer samples;
    public Long seed;
  }
}
