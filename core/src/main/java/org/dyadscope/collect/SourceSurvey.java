package org.dyadscope.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.documents.TitleIndexReader;
import org.dyadscope.collect.graph.CountryGraphReader;
import org.dyadscope.collect.tkg.TkgReader;
import org.dyadscope.collect.ungd.UngdReader;

/**
 * The sources under a data root that dyadscope can read, for {@code dyadscope init}: every file's
 * format recognised from its content ({@link FormatSniffer}), files of one format in one folder
 * grouped into one source, and what a case file needs besides the files filled in — a TKG set's
 * naming and time unit from its rows, its epoch from the data root's {@code MANIFEST.tsv}.
 *
 * <p>A source that cannot be filled in without a person (a TKG set whose epoch no MANIFEST row
 * states, a title index, which names no speaker) is returned {@link Found#enabled() disabled}, with
 * the reason, so the case file shows it commented out with what to set.
 */
public final class SourceSurvey {
  /** GDELT (events, then the derived daily country graph), ICEWS, the TKG sets, UN votes, SIPRI, documents: the flagship's order. */
  private static final List<String> ORDER = List.of("gdelt", CountryGraphReader.FORMAT, "icews-tab", TkgReader.FORMAT, "unga-idealpoints",
      "sipri", UngdReader.FORMAT, "documents", TitleIndexReader.FORMAT);
  private static final Pattern DAY_EPOCH = Pattern.compile("day\\s+(\\d+)\\s*=\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern HOUR_EPOCH = Pattern.compile("hours\\b.*?\\bafter\\s+(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern CLAUSE_END = Pattern.compile("; |: |\\.\\s+(?=[A-Z][a-z])");
  private static final Set<String> TKG_TABLES = Set.of("entity2id.txt", "relation2id.txt");
  /** Longest description quoted from MANIFEST.tsv. */
  private static final int DESCRIPTION_CHARACTERS = 140;
  /** Lines of a split read to tell day steps from hour steps. */
  private static final int TIME_SAMPLE = 5000;

  /**
   * A source found.
   *
   * @param spec the source as a case file lists it (files relative to the data root)
   * @param note what the case file's comment says: how it was recognised, what was left out and why
   * @param enabled false when a person must set something first ({@code note} says what)
   */
  public record Found(SourceSpec spec, String note, boolean enabled) {}

  private final Path root;
  private final Map<String, String> manifest;

  private SourceSurvey(Path root) throws IOException {
    this.root = root;
    this.manifest = manifest(root.resolve("MANIFEST.tsv"));
  }

  /**
   * Surveys {@code root}.
   *
   * @param speakers the case's actor codes: a folder of UN General Debate speeches is limited to them
   * @param skip folders under the root (relative, e.g. {@code icews21_zrllm}) whose files are not surveyed
   * @return the sources found, events first (see {@link #ORDER}), then by folder
   * @throws IOException when the folder cannot be walked or a file read
   */
  public static List<Found> survey(Path root, List<String> speakers, List<String> skip) throws IOException {
    return new SourceSurvey(root).run(speakers, skip);
  }

  private List<Found> run(List<String> speakers, List<String> skip) throws IOException {
    Map<Path, Map<String, List<Path>>> byFolder = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> skip.stream().noneMatch(s -> (rel(p) + "/").startsWith(s.replaceAll("/+$", "") + "/")))
          .sorted().toList();
    }
    for (Path f : files) {
      String format = format(f);
      if (format != null) {
        byFolder.computeIfAbsent(f.getParent(), k -> new TreeMap<>()).computeIfAbsent(format, k -> new ArrayList<>())
            .add(f);
      }
    }
    List<Found> found = new ArrayList<>();
    for (Map.Entry<Path, Map<String, List<Path>>> folder : byFolder.entrySet()) {
      for (Map.Entry<String, List<Path>> group : folder.getValue().entrySet()) {
        found.add(source(folder.getKey(), group.getKey(), group.getValue(), speakers));
      }
    }
    found.sort(Comparator.comparing((Found s) -> ORDER.indexOf(s.spec().format())));
    return found;
  }

  /** The file's format, from its content; null for a file no source format reads (lookups, READMEs). */
  private static String format(Path f) throws IOException {
    String name = f.getFileName().toString();
    if (TKG_TABLES.contains(name) || name.equals("stat.txt")) {
      return null;
    }
    String guessed = FormatSniffer.guess(f);
    if (guessed != null) {
      return guessed;
    }
    if (CountryGraphReader.isDailyMatrixZip(f)) {
      return CountryGraphReader.FORMAT;
    }
    if (FormatSniffer.isTkg(f)) {
      return TkgReader.FORMAT;
    }
    return FormatSniffer.isTitleIndex(f) ? TitleIndexReader.FORMAT : null;
  }

  private Found source(Path folder, String format, List<Path> files, List<String> speakers) throws IOException {
    String dir = rel(folder);
    String name = dir.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    List<String> patterns = new ArrayList<>();
    String note = describe(dir, files.get(0), format, files.size());
    Map<String, String> options = new LinkedHashMap<>();
    boolean enabled = true;
    switch (format) {
      case "ungd" -> {
        patterns.add(dir + "/{" + String.join(",", speakers) + "}_*_*.txt");
        note += "; the speeches of the case's actors only";
      }
      case TkgReader.FORMAT -> {
        List<Path> kept = new ArrayList<>(files);
        String zeroShot = zeroShotTest(files);
        if (zeroShot != null) {
          kept.removeIf(p -> rel(p).equals(zeroShot));
          // described by the files it lists: the left-out split was the "first" it quoted
          note = describe(dir, kept.get(0), format, kept.size()) + "; " + zeroShot + " left out: none of its"
              + " relation types is in the other splits (a zero-shot split), so it would add event types in its"
              + " months only and break the series";
        }
        kept.forEach(p -> patterns.add(rel(p)));
        enabled = tkgOptions(folder, kept, options);
        if (!enabled) {
          note += "; no MANIFEST.tsv row states the date of its first time step: set options.epoch"
              + " (and first_step) from the set's documentation, then uncomment";
        }
      }
      case CountryGraphReader.FORMAT -> {
        patterns.add(dir + "/*_network.zip");
        options.put(CountryGraphReader.COUNTRIES_OPTION, String.join(",", speakers));
        note += "; a DERIVED daily weight per undirected pair of the case's actors, not events: its own series,"
            + " never mixed with the event counts";
      }
      case TitleIndexReader.FORMAT -> {
        patterns.addAll(patterns(dir, files));
        enabled = false;
        note += "; a title index names no speaker: set options.speaker (e.g. RUS) and uncomment";
      }
      default -> patterns.addAll(patterns(dir, files));
    }
    return new Found(new SourceSpec(name, format, patterns, options, note), note, enabled);
  }

  private String describe(String dir, Path first, String format, int files) {
    String stated = manifest.getOrDefault(rel(first), manifestFor(dir).values().stream().findFirst().orElse(null));
    String where = String.format(Locale.ROOT, "%,d %s of format %s in %s/", files, files == 1 ? "file" : "files", format, dir);
    if (stated == null) {
      return where;
    }
    // a folder's MANIFEST rows describe its files one by one: quote one as an example, not as the whole
    return files == 1 ? firstClause(stated) + " (" + where + ")" : where + ", the first: " + firstClause(stated);
  }

  /**
   * The description up to its first sentence or clause end outside parentheses ("et al. NAACL" does
   * not end one, nor the colon after an upper-case label such as "NOT RAW:"), at most
   * {@link #DESCRIPTION_CHARACTERS} characters, cut at a word outside parentheses.
   */
  static String firstClause(String text) {
    String t = text.replace("\"", "'").strip();
    Matcher end = CLAUSE_END.matcher(t);
    int cut = t.length();
    while (end.find()) {
      String before = t.substring(0, end.start());
      boolean label = t.charAt(end.start()) == ':' && before.equals(before.toUpperCase(Locale.ROOT));
      if (depth(t, end.start()) == 0 && !label) {
        cut = end.start();
        break;
      }
    }
    if (cut > DESCRIPTION_CHARACTERS) {
      int space = t.lastIndexOf(' ', DESCRIPTION_CHARACTERS);
      while (space > 0 && depth(t, space) > 0) {
        space = t.lastIndexOf(' ', space - 1);
      }
      cut = Math.max(space, 1);
    }
    return t.substring(0, cut).strip();
  }

  /** Parentheses open before {@code at}. */
  private static int depth(String t, int at) {
    int d = 0;
    for (int i = 0; i < at; i++) {
      d += t.charAt(i) == '(' ? 1 : t.charAt(i) == ')' ? (d > 0 ? -1 : 0) : 0;
    }
    return d;
  }

  /** One glob {@code dir/*.ext} when it matches exactly these files, else the files one by one. */
  private List<String> patterns(String dir, List<Path> files) throws IOException {
    String ext = extension(files.get(0));
    boolean oneExt = files.stream().allMatch(p -> extension(p).equals(ext));
    if (oneExt && !ext.isEmpty() && files.size() > 1) {
      try (Stream<Path> siblings = Files.list(files.get(0).getParent())) {
        if (siblings.filter(p -> extension(p).equals(ext)).count() == files.size()) {
          return List.of(dir + "/*." + ext);
        }
      }
    }
    return files.stream().map(this::rel).toList();
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }

  /**
   * Fills naming, time_unit, epoch and first_step of a TKG set.
   *
   * @return false when the epoch is stated nowhere (the source must be completed by hand)
   */
  private boolean tkgOptions(Path folder, List<Path> files, Map<String, String> options) throws IOException {
    List<String> first = FormatSniffer.tkgRows(files.get(0), TIME_SAMPLE);
    String[] row = first.get(0).split("\t");
    if (!row[3].matches("\\d+")) {
      options.put("naming", "names");
      options.put("time_unit", "date");
      return true;
    }
    options.put("naming", "ids");
    // RE-Net's ICEWS18 counts hours, always whole days; the other sets count days
    boolean hours = first.stream().mapToLong(l -> Long.parseLong(l.split("\t")[3])).allMatch(t -> t % 24 == 0)
        && first.stream().anyMatch(l -> !l.split("\t")[3].equals("0"));
    options.put("time_unit", hours ? "hour" : "day");
    for (String description : manifestFor(rel(folder)).values()) {
      Matcher d = DAY_EPOCH.matcher(description);
      Matcher h = HOUR_EPOCH.matcher(description);
      if (!hours && d.find()) {
        options.put("epoch", d.group(2));
        options.put("first_step", d.group(1));
        return true;
      }
      if (hours && h.find()) {
        options.put("epoch", h.group(1));
        options.put("first_step", "0");
        return true;
      }
    }
    return false;
  }

  /** The test split of a folder of id splits whose relation ids none of the other splits has, or null. */
  private String zeroShotTest(List<Path> files) throws IOException {
    Path test = files.stream().filter(p -> p.getFileName().toString().equals("test.txt")).findFirst().orElse(null);
    if (test == null || files.size() < 2) {
      return null;
    }
    Set<String> others = new HashSet<>();
    for (Path p : files) {
      if (!p.equals(test)) {
        others.addAll(relations(p));
      }
    }
    Set<String> own = relations(test);
    return !own.isEmpty() && own.stream().noneMatch(others::contains) ? rel(test) : null;
  }

  private static Set<String> relations(Path split) throws IOException {
    Set<String> out = new HashSet<>();
    for (String line : FormatSniffer.tkgRows(split, Integer.MAX_VALUE)) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        out.add(f[1]);
      }
    }
    return out;
  }

  /** The MANIFEST rows (path, description) of the files in {@code dir} or of the file {@code dir}. */
  private Map<String, String> manifestFor(String dir) {
    Map<String, String> out = new LinkedHashMap<>();
    manifest.forEach((path, description) -> {
      if (path.startsWith(dir + "/") && path.indexOf('/', dir.length() + 1) < 0 || path.equals(dir)) {
        out.put(path, description);
      }
    });
    return out;
  }

  /**
   * path_under_data → description of a data root's MANIFEST.tsv (tab-separated, a field quoted
   * with double quotes when it holds one, doubled); empty without one.
   */
  private static Map<String, String> manifest(Path file) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).build();
    try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, tsv)) {
      if (!p.getHeaderNames().contains("path_under_data") || !p.getHeaderNames().contains("description")) {
        return out;
      }
      for (CSVRecord r : p) {
        if (r.isSet("description")) {
          out.put(r.get("path_under_data"), r.get("description"));
        }
      }
    }
    return out;
  }

  private String rel(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
