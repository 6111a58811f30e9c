package org.dyadscope.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.TreeMap;
import org.dyadscope.collect.SourceSurvey;

/**
 * Writes a ready case folder for {@code dyadscope init}: {@code case.yaml} with the sources found
 * under the data root ({@link SourceSurvey}), the dyads and triad; a generic {@code themes.yaml}
 * and {@code trace.yaml} written without SQL (measures of the dyad, see
 * {@code measure.YearlyMeasure}), worded for the dyad. Every file says in comments what to change.
 *
 * <p>The first actor is the state whose foreign policy is studied, the second the state it is
 * directed at (the themes read challenges and opportunities for the second's security), an
 * optional third the third party whose relation with the first is the common denominator.
 *
 * @param actors two or three ISO-3 codes: source, target, optional third party
 * @param dyads the dyads as case.yaml writes them ({@code A->B}, {@code A<->C})
 * @param period the case period
 * @param sources the sources found under the data root
 */
public record CaseScaffold(List<String> actors, List<String> dyads, Period period, List<SourceSurvey.Found> sources) {
  /**
   * Dated world events drawn as breakpoints when they fall inside the period: turning points of
   * most dyads of the 2010s and 2020s, to replace with the case's own.
   */
  private static final List<String[]> WORLD_BREAKPOINTS = List.of(
      new String[] {"2014-03-18", "Russia annexes Crimea"},
      new String[] {"2020-03-11", "WHO declares the COVID-19 pandemic"},
      new String[] {"2022-02-24", "Russia invades Ukraine"});

  public CaseScaffold {
    if (actors.size() < 2 || actors.size() > 3) {
      throw new IllegalArgumentException("--actors needs two or three codes: the source state, the target state and"
          + " optionally a third party, e.g. CHN,RUS,USA");
    }
    actors = List.copyOf(actors);
    dyads = List.copyOf(dyads);
    sources = List.copyOf(sources);
  }

  /** The default dyads: source and target both ways, and each with the third party both ways. */
  public static List<String> defaultDyads(List<String> actors) {
    if (actors.size() < 2) {
      return List.of(); // the constructor refuses the actors, naming what it needs
    }
    List<String> out = new ArrayList<>(List.of(actors.get(0) + "->" + actors.get(1), actors.get(1) + "->" + actors.get(0)));
    if (actors.size() == 3) {
      out.add(actors.get(0) + "<->" + actors.get(2));
      out.add(actors.get(1) + "<->" + actors.get(2));
    }
    return out;
  }

  /**
   * Writes case.yaml, themes.yaml and trace.yaml into {@code folder}, created when missing.
   *
   * @return the files written
   * @throws IOException when a file exists already (nothing is overwritten) or cannot be written
   */
  public List<Path> write(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> out = new ArrayList<>();
    for (String name : List.of(CaseLoader.CASE_FILE, "themes.yaml", "trace.yaml")) {
      if (Files.exists(folder.resolve(name))) {
        throw new IOException(folder.resolve(name) + " exists; init writes a new case only: choose an empty folder");
      }
    }
    String caseName = folder.toAbsolutePath().normalize().getFileName().toString();
    out.add(Files.writeString(folder.resolve(CaseLoader.CASE_FILE), caseYaml(caseName), StandardCharsets.UTF_8));
    out.add(Files.writeString(folder.resolve("themes.yaml"), themesYaml(), StandardCharsets.UTF_8));
    out.add(Files.writeString(folder.resolve("trace.yaml"), traceYaml(), StandardCharsets.UTF_8));
    return out;
  }

  private String a() {
    return actors.get(0);
  }

  private String b() {
    return actors.get(1);
  }

  private String c() {
    return actors.size() == 3 ? actors.get(2) : null;
  }

  /** The English name of an ISO-3 code (JDK's ISO-3166 table), or the code itself. */
  static String name(String iso3) {
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      try {
        if (l.getISO3Country().equals(iso3)) {
          return l.getDisplayCountry(Locale.ENGLISH);
        }
      } catch (MissingResourceException e) {
        // no alpha-3 for this entry; keep looking
      }
    }
    return iso3;
  }

  private String years() {
    return period.start().getYear() + "-" + period.end().getYear();
  }

  String caseYaml(String caseName) {
    StringBuilder y = new StringBuilder();
    y.append("# ").append(name(a())).append("'s foreign policy toward ").append(name(b())).append(", ").append(years())
        .append(c() == null ? "" : ", with " + name(c()) + " as the third party").append(".\n")
        .append("# Written by `dyadscope init`; reference of every key: docs/case-files.md (schema: docs/schema/case.schema.json).\n")
        .append("# Paths under `sources` are relative to the data root (--data or $DYADSCOPE_DATA).\n")
        .append("name: ").append(caseName).append('\n')
        .append("title: ").append(q(name(a()) + "'s foreign policy toward " + name(b()) + ": security challenges and"
            + " opportunities, " + years())).append("\n\n")
        .append("# Add the names the actors go by in texts (officials' titles, capitals, adjectives) under variants.\n")
        .append("actors:\n");
    for (String code : actors) {
      y.append("  - code: ").append(code).append('\n').append("    name: ").append(q(name(code))).append('\n')
          .append("    variants: []\n");
    }
    y.append("\n# Directed dyads; A<->B stands for both A->B and B->A. Add the dyads your themes read.\ndyads:\n");
    dyads.forEach(d -> y.append("  - ").append(d).append('\n'));
    if (c() != null) {
      y.append("\ntriads:\n  - [").append(String.join(", ", actors)).append("]\n");
    }
    y.append("\n# Whole months, inclusive; the series, themes and documents count only this period.\n")
        .append("period: {start: ").append(period.start()).append(", end: ").append(period.end()).append("}\n")
        .append("frequencies: [month, year]\n\n")
        .append("# Every source under the data root that dyadscope can read, recognised from its content. Delete the\n")
        .append("# ones you do not want; a commented-out source needs what its comment says before it can be read.\n")
        .append(sources.isEmpty() ? "sources: []   # none found under the data root: add them (docs/case-files.md)\n"
            : "sources:\n");
    for (SourceSurvey.Found f : sources) {
      String p = f.enabled() ? "" : "# ";
      SourceSpec s = f.spec();
      y.append("  ").append(p).append("- name: ").append(s.name()).append('\n')
          .append("  ").append(p).append("  format: ").append(s.format()).append('\n')
          .append("  ").append(p).append("  description: ").append(q(f.note())).append('\n')
          .append("  ").append(p).append("  files: [").append(String.join(", ", s.files().stream().map(CaseScaffold::q).toList()))
          .append("]\n");
      if (!s.options().isEmpty()) {
        List<String> opts = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(s.options()).entrySet()) {
          opts.add(e.getKey() + ": " + q(e.getValue()));
        }
        y.append("  ").append(p).append("  options: {").append(String.join(", ", opts)).append("}\n");
      }
    }
    y.append("\n# TKG / ICEWS entity names that the dictionaries leave without a country, e.g. a leader after 2014:\n")
        .append("# entity_overrides:\n#   \"Full Name\": ").append(b()).append("   # office and term, why it holds\n");
    return y.toString();
  }

  private List<String[]> breakpoints() {
    List<String[]> out = new ArrayList<>();
    for (String[] bp : WORLD_BREAKPOINTS) {
      LocalDate d = LocalDate.parse(bp[0]);
      if (d.isAfter(period.firstDay()) && d.isBefore(period.lastDay())) {
        out.add(bp);
      }
    }
    return out;
  }

  String themesYaml() {
    String an = name(a());
    String bn = name(b());
    String ab = a() + "->" + b();
    StringBuilder y = new StringBuilder();
    y.append("# The assessment: does ").append(an).append("'s foreign policy create security challenges or opportunities for ")
        .append(bn).append("?\n")
        .append("# Written by `dyadscope init` without SQL: each indicator is a yearly `measure` of a `dyad` (docs/case-files.md\n")
        .append("# lists them); `query:` with SQL over the store works too. Replace `finding` and `study_claim` with your study's\n")
        .append("# findings; `neutral` is the value pointing to neither side, `scale` the distance from it at full strength.\n\n")
        .append("min_confidence: 0.25\nmax_lag: 2\n\n")
        .append("# Turning points that split the period for each theme's trend, drawn on every chart. Replace with your dyad's own.\n");
    List<String[]> bps = breakpoints();
    if (bps.isEmpty()) {
      y.append("breakpoints: []\n");
    } else {
      y.append("breakpoints:\n");
      bps.forEach(bp -> y.append("  - {date: ").append(bp[0]).append(", label: ").append(q(bp[1])).append("}\n"));
    }
    if (c() != null) {
      String ac = a() + "<->" + c();
      y.append("\nthird_party:\n  description: ").append(q(a() + "<->" + c() + " conflict: QuadClass 3-4 share of their"
              + " events, per year, from the event set with the most of them"))
          .append("\n  measure: conflict\n  dyad: ").append(ac).append('\n');
    }
    y.append("\nthemes:\n");
    y.append("  - id: T1\n    finding: ").append(q(an + "'s conduct toward " + bn + " is more cooperative than conflictual"))
        .append("\n    study_claim: opportunity        # what your study claims: challenge or opportunity\n")
        .append("    note: ").append(q("Event data: the balance of cooperative (QuadClass 1-2) over conflictual (3-4) events"
            + " and the mean Goldstein score of " + ab + ", per year, from the event set with the most " + ab + " events."))
        .append("\n    indicators:\n")
        .append("      - id: T1a\n        description: ").append(q("QuadClass 1+2 share minus 3+4 share of " + ab + " events (-1..+1), per year"))
        .append("\n        rule: ").append(q("More cooperation than conflict from " + an + " supports " + bn + "'s security (opportunity)."))
        .append("\n        measure: cooperation_balance\n        dyad: ").append(ab)
        .append("\n        higher_means: opportunity\n        neutral: 0\n        scale: 0.5\n        link: true\n")
        .append("      - id: T1b\n        description: ").append(q("mean Goldstein score of " + ab + " events (-10..+10), per year"))
        .append("\n        rule: ").append(q("A positive mean Goldstein score means cooperative conduct toward " + bn + " (opportunity)."))
        .append("\n        measure: goldstein_mean\n        dyad: ").append(ab)
        .append("\n        higher_means: opportunity\n        neutral: 0\n        scale: 3\n");
    y.append("  - id: T2\n    finding: ").append(q(an + " and " + bn + " vote alike in the UN General Assembly"))
        .append("\n    study_claim: opportunity\n    note: ").append(q("UN voting alignment: the distance between the two"
            + " states' UNGA ideal points (Bailey, Strezhnev & Voeten), per session."))
        .append("\n    indicators:\n      - id: T2a\n        description: ").append(q("UNGA ideal-point distance "
            + a() + "-" + b() + " (>= 0), per year"))
        .append("\n        rule: ").append(q("Below 1 the two vote alike (opportunity); above it, apart (challenge)."))
        .append("\n        measure: unga_distance\n        dyad: ").append(a()).append("<->").append(b())
        .append("\n        higher_means: challenge\n        neutral: 1     # the distance you count as neither aligned nor opposed\n        scale: 1\n");
    y.append("  - id: T3\n    finding: ").append(q(an + " arms " + bn))
        .append("\n    study_claim: opportunity\n    note: ").append(q("SIPRI arms transfers: trend-indicator value (TIV,"
            + " millions) delivered by " + an + " to " + bn + ", per year."))
        .append("\n    indicators:\n      - id: T3a\n        description: ").append(q("SIPRI TIV delivered " + ab + " (millions), per year"))
        .append("\n        rule: ").append(q("Deliveries of major arms strengthen " + bn + "'s defence (opportunity)."))
        .append("\n        measure: arms_tiv\n        dyad: ").append(ab)
        .append("\n        higher_means: opportunity\n        neutral: 0\n        scale: 100\n");
    if (c() != null) {
      String cn = name(c());
      y.append("  - id: T4\n    finding: ").append(q(an + "'s policy toward " + bn + " follows its relation with " + cn))
          .append("\n    study_claim: challenge\n    note: ").append(q("The link of " + ab + " cooperation to the "
              + a() + "<->" + c() + " conflict series (third_party): when " + an + " courts " + bn + " as its conflict with "
              + cn + " grows, " + bn + "'s gains depend on a relation it does not control."))
          .append("\n    indicators:\n      - id: T4a\n        description: ").append(q("QuadClass 1+2 share of " + ab
              + " events (0..1), per year"))
          .append("\n        rule: ").append(q("A positive correlation with the " + a() + "<->" + c() + " conflict series"
              + " means " + bn + " is courted as a counterweight to " + cn + " (challenge)."))
          .append("\n        measure: cooperation\n        dyad: ").append(ab).append("\n        correlation_means: challenge\n");
    }
    return y.toString();
  }

  String traceYaml() {
    String an = name(a());
    String bn = name(b());
    String ab = a() + "->" + b();
    int first = period.start().getYear();
    int last = period.end().getYear();
    int mid = first + (last - first + 1) / 2;
    StringBuilder y = new StringBuilder();
    y.append("# Process tracing: rival accounts of ").append(an).append("'s policy toward ").append(bn).append(", ")
        .append(years()).append(".\n")
        .append("# Written by `dyadscope init`. The hypotheses are generic: reword them for your study and set the priors\n")
        .append("# from the literature. Each evidence item is a measure of a dyad over years, judged by a test, written\n")
        .append("# without SQL (docs/case-files.md); add cited facts as {value: present} with source {citation, url, date}.\n")
        .append("# Likelihoods are P(E|H) per hypothesis; each justification says why.\n\n")
        .append("hypotheses:\n")
        .append("  - id: H1\n    statement: ").append(q(c() == null
            ? "Partnership: " + an + " consistently strengthens " + bn + "'s security; its conduct toward " + bn
                + " is cooperative."
            : "Common denominator: " + an + "'s policy toward " + bn + " follows the state of its relation with "
                + name(c()) + "; it courts " + bn + " when that relation worsens.")).append("\n    prior: 0.34\n")
        .append("    reason: \"No prior knowledge assumed: set it from the literature on the dyad.\"\n")
        .append("  - id: H2\n    statement: ").append(q("Bilateral pragmatism: " + an + "'s policy toward " + bn
            + " follows its own bilateral interests, mixing cooperation and conflict.")).append("\n    prior: 0.33\n")
        .append("    reason: \"No prior knowledge assumed.\"\n")
        .append("  - id: H3\n    statement: ").append(q("Rivalry: " + an + "'s conduct toward " + bn
            + " is mostly conflictual, a security challenge for " + bn + ".")).append("\n    prior: 0.33\n")
        .append("    reason: \"No prior knowledge assumed.\"\n\n")
        .append("evidence:\n");
    evidence(y, "E1", an + "'s events toward " + bn + " are more cooperative than conflictual over " + first + "-" + last
        + " (mean yearly QuadClass balance above 0).", "measure: cooperation_balance, dyad: " + ab + ", period: "
        + q(first + ".." + last) + ", test: \"> 0\"", "0.8, H2: 0.6, H3: 0.1",
        "A partner or a pragmatist acts mostly cooperatively; a rival would not.");
    evidence(y, "E2", an + "'s conduct toward " + bn + " grew more cooperative from " + first + "-" + (mid - 1) + " to "
        + mid + "-" + last + ".", "measure: cooperation_balance, dyad: " + ab + ", period: " + q(mid + ".." + last)
        + ", compare: {period: " + q(first + ".." + (mid - 1)) + "}, test: \"> 0\"", "0.6, H2: 0.5, H3: 0.4",
        "A straw in the wind: a warming trend fits a partnership slightly better than a rivalry.");
    evidence(y, "E3", an + " and " + bn + " vote alike in the UN General Assembly (mean ideal-point distance below 1).",
        "measure: unga_distance, dyad: " + a() + "<->" + b() + ", period: " + q(first + ".." + last) + ", test: \"< 1\"",
        "0.7, H2: 0.5, H3: 0.2", "Partners align their votes; rivals rarely do.");
    evidence(y, "E4", an + " delivered major arms to " + bn + " in " + first + "-" + last + " (SIPRI TIV above 0).",
        "measure: arms_tiv, dyad: " + ab + ", period: " + q(first + ".." + last) + ", aggregate: sum, test: \"> 0\"",
        "0.6, H2: 0.5, H3: 0.05", "Arms deliveries to a rival are nearly unheard of; sellers and partners both deliver.");
    return y.toString();
  }

  private void evidence(StringBuilder y, String id, String description, String observation, String likelihoods,
      String justification) {
    y.append("  - id: ").append(id).append("\n    description: ").append(q(description))
        .append("\n    source: {citation: \"dyadscope store: the measure stage's series of this case\"}")
        .append("\n    observation: {").append(observation).append("}")
        .append("\n    likelihoods: {H1: ").append(likelihoods).append("}")
        .append("\n    justification: ").append(q(justification)).append('\n');
  }

  /** A YAML double-quoted scalar. */
  static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The period of {@code --period 2014-01..2022-12}. */
  public static Period period(String text) {
    String[] p = text == null ? new String[0] : text.split("\\.\\.");
    String bad = "--period '" + text + "' must be YYYY-MM..YYYY-MM, e.g. 2014-01..2022-12";
    if (p.length != 2) {
      throw new IllegalArgumentException(bad);
    }
    try {
      return new Period(YearMonth.parse(p[0].strip()), YearMonth.parse(p[1].strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(bad);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--period: " + e.getMessage());
    }
  }
}
