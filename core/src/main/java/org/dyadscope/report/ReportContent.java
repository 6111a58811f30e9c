package org.dyadscope.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyadscope.cases.Actor;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.cases.Frequency;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.measure.FileProvenance;
import org.dyadscope.measure.FileTotals;
import org.dyadscope.measure.Measurements;
import org.dyadscope.measure.QuarantineReason;
import org.dyadscope.measure.SourceSummary;
import org.dyadscope.measure.TriadRow;
import org.dyadscope.report.svg.Marker;

/** Lays out the report document from a case and its measurements; formats, never computes. */
final class ReportContent {
  /** Above this many files a source's files are summed on one row of the files table. */
  private static final int MAX_FILES_PER_SOURCE = 6;
  /** Quarantine reasons shown in the report (report.json has up to the measure's limit). */
  static final int SHOWN_REASONS = 20;
  /** Example lines shown per quarantine reason. */
  static final int SHOWN_EXAMPLES = 2;

  private ReportContent() {}

  /**
   * The report's sections.
   *
   * @param caseMarkers the case's dated events ({@code markers.tsv}); the GDELT regime breaks are
   *     added here to the event charts and the case section, where they explain the data, and left
   *     off the UN vote and arms charts, which they say nothing about
   */
  static Doc build(CaseFile c, Measurements m, List<Marker> caseMarkers) {
    List<Marker> markers = new ArrayList<>(caseMarkers);
    markers.addAll(Markers.regimeBreaks(c)); // data regime changes, drawn like dated events
    markers.sort(Comparator.comparing(Marker::date));
    EventFigures events = new EventFigures(c, m, markers);
    AlignmentFigures alignment = new AlignmentFigures(c, m, caseMarkers);
    List<Doc.Section> sections = new ArrayList<>();
    sections.add(caseSection(c, m, markers));
    sections.add(dataSection(m, events));
    List<Doc.Block> dyads = new ArrayList<>();
    dyads.add(new Doc.Para("For each directed dyad: monthly share of the source's events and monthly "
        + "mean Goldstein score, one panel per event source with events of the dyad, all panels on one "
        + "time axis; a marker's area grows with the events behind it. Dashed red lines mark dated events."));
    for (Dyad d : c.dyads()) {
      dyads.add(events.dyad(d));
    }
    sections.add(new Doc.Section("dyads", "Event series per dyad", dyads));
    Doc.Figure comparison = events.comparison();
    if (comparison != null) {
      sections.add(new Doc.Section("comparison", "Comparison: " + comparison.title(), List.of(comparison)));
    }
    sections.add(new Doc.Section("alignment", "Voting alignment and arms transfers",
        List.of(alignment.unga(), alignment.arms(), alignment.armsTable())));
    sections.add(triadSection(c, m));
    sections.add(filesSection());
    String subtitle = c.actors().stream().map(Actor::name).reduce((a, b) -> a + ", " + b).orElse("")
        + " · " + c.period().start() + " – " + c.period().end();
    return new Doc(c.title(), subtitle, sections);
  }

  /**
   * "N files, M rows" loaded for a source, from its provenance totals; a source none of whose files was found
   * says so, so a report never looks complete when a dataset was missing from the data folder.
   */
  static String loaded(FileTotals t) {
    if (t.files() == 0) {
      return "no file found: absent from this run (check the data folder)";
    }
    return Num.plural(t.files(), "file", "files") + ", " + Num.count(t.rowsLoaded()) + " rows";
  }

  private static Doc.Section caseSection(CaseFile c, Measurements m, List<Marker> markers) {
    List<Doc.Block> b = new ArrayList<>();
    b.add(new Doc.Para("Case " + c.name() + ". Period " + c.period().start() + " to " + c.period().end()
        + ", series by " + c.frequencies().stream().map(Frequency::id).collect(Collectors.joining(" and ")) + "."));
    b.add(new Doc.Table("Actors", List.of("Code", "Name"),
        c.actors().stream().map(a -> List.of(a.code(), a.name())).toList(), List.of()));
    b.add(new Doc.Para("Directed dyads: " + String.join(", ", c.dyads().stream().map(Dyad::toString).toList())
        + "." + (c.triads().isEmpty() ? "" : " Triads: " + String.join("; ",
            c.triads().stream().map(t -> String.join("–", t)).toList()) + ".")));
    List<List<String>> src = new ArrayList<>();
    for (SourceSpec s : c.sources()) {
      src.add(List.of(s.name(), s.format(), String.join(", ", s.files()), loaded(m.fileTotals(s.name())),
          s.description() == null ? "" : s.description()));
    }
    b.add(new Doc.Table("Sources of the case, with what each holds and its caveats, and what this run "
        + "loaded of each. The sources overlap and differ in coverage and entity sets, so compare a dyad "
        + "within a source, not across sources.",
        List.of("Source", "Format", "Files", "Loaded", "Notes"), src, List.of()));
    if (!markers.isEmpty()) {
      b.add(new Doc.Para("Marked events: " + String.join("; ",
          markers.stream().map(k -> k.date() + " " + k.label()).toList()) + "."));
    }
    b.add(new Doc.Para("Event sources measured: " + String.join(", ", m.sources()) + ". Share is "
        + "the dyad's events divided by all events of the same source in the same period; it is only "
        + "meaningful when the store holds the source's events of all dyads. Goldstein scores run "
        + "from −10 (most conflictual) to +10 (most cooperative); QuadClass 1–4 = verbal cooperation, "
        + "material cooperation, verbal conflict, material conflict."));
    return new Doc.Section("case", "Case", b);
  }

  /** One row summing the files of a source: "44 files (ungd/CHN_67_2012.txt … ungd/USA_77_2022.txt)". */
  private static List<String> collapsed(List<FileProvenance> fs) {
    FileProvenance first = fs.get(0);
    String range = fs.size() + " files (" + first.file() + " … " + fs.get(fs.size() - 1).file() + ")";
    return filesRow(range, FileTotals.of(fs), first, "see provenance.csv");
  }

  /** A row of the files table: {@code label}, then provenance.csv's counts summed over its files. */
  private static List<String> filesRow(String label, FileTotals t, FileProvenance first, String sha256) {
    return List.of(first.source(), label, first.format(), Num.count(t.rowsRead()), Num.count(t.rowsLoaded()),
        Num.count(t.rowsQuarantined()), Num.count(t.rowsDuplicate()), Num.count(t.rowsFiltered()),
        Num.count(t.rowsUnresolved()), unknownTokens(t), sha256);
  }

  /** Rows with unknown actor tokens; — when no file counted them. */
  private static String unknownTokens(FileTotals t) {
    return t.rowsUnknownActorTokens() == null ? "—" : Num.count(t.rowsUnknownActorTokens());
  }

  private static Doc.Section dataSection(Measurements m, EventFigures events) {
    List<Doc.Block> b = new ArrayList<>();
    List<List<String>> files = new ArrayList<>();
    Map<String, List<FileProvenance>> bySource = new LinkedHashMap<>();
    for (FileProvenance f : m.files()) {
      bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
    }
    for (List<FileProvenance> fs : bySource.values()) {
      if (fs.size() > MAX_FILES_PER_SOURCE) {
        files.add(collapsed(fs)); // e.g. 44 one-document speeches: one row, the list is in provenance.csv
        continue;
      }
      for (FileProvenance f : fs) {
        files.add(filesRow(f.file(), FileTotals.of(List.of(f)), f, f.sha256().substring(0, Math.min(12, f.sha256().length()))));
      }
    }
    b.add(new Doc.Table("Files loaded (" + m.files().size() + " files, " + Num.count(m.fileTotals().rowsRead())
        + " rows read). Read = Loaded + Quarantined + Duplicate (repeats of an event id, a document text or a"
        + " line, or the whole content of a file already loaded) + Filtered (events left out by --actors)."
        + " Unresolved = loaded event rows with an actor that maps to no country. Unknown "
        + "tokens = GDELT rows whose actor code holds a token no CAMEO table lists (the run log names them). A source "
        + "with more than " + MAX_FILES_PER_SOURCE + " files is summed on one row; provenance.csv lists "
        + "every file with its SHA-256.",
        List.of("Source", "File", "Format", "Read", "Loaded", "Quarantined", "Duplicate", "Filtered", "Unresolved",
            "Unknown tokens", "SHA-256"),
        files, List.of(3, 4, 5, 6, 7, 8, 9)));
    List<List<String>> q = new ArrayList<>();
    for (QuarantineReason r : m.quarantine().subList(0, Math.min(SHOWN_REASONS, m.quarantine().size()))) {
      List<String> ex = new ArrayList<>();
      for (QuarantineReason.Example e : r.examples().subList(0, Math.min(SHOWN_EXAMPLES, r.examples().size()))) {
        String raw = e.raw() == null ? "" : e.raw().length() > 100 ? e.raw().substring(0, 100) + "…" : e.raw();
        ex.add(e.file() + ":" + e.line() + " " + raw.replace('\t', '→'));
      }
      q.add(List.of(r.source(), r.reason(), Num.count(r.lines()), Num.count(r.files()), String.join("\n", ex)));
    }
    b.add(q.isEmpty() ? new Doc.Para("No line was quarantined.")
        : new Doc.Table("Quarantined lines by reason" + (m.quarantine().size() > SHOWN_REASONS
            ? " (the " + SHOWN_REASONS + " most frequent; all in report.json)" : "")
            + ". Tabs in examples are shown as →.",
            List.of("Source", "Reason", "Lines", "Files", "Examples"), q, List.of(2, 3)));
    List<List<String>> s = new ArrayList<>();
    for (SourceSummary x : m.sourceSummaries()) {
      s.add(List.of(x.source(), Num.count(x.events()), x.firstPeriod() == null ? "—" : x.firstPeriod(),
          x.lastPeriod() == null ? "—" : x.lastPeriod(), x.monthsCovered() + " / " + x.months(),
          Captions.coverage(x).substring(x.source().length() + 2)));
    }
    b.add(new Doc.Table("Event sources over the case period (events of any dyad dated in the months the "
        + "source covers, as the series count them)",
        List.of("Source", "Events", "First month", "Last month", "Months with data", "Coverage"), s,
        List.of(1)));
    b.add(events.coverage());
    b.add(DedupTable.of(m));
    return new Doc.Section("data", "Data", b);
  }

  private static Doc.Section triadSection(CaseFile c, Measurements m) {
    List<Doc.Block> b = new ArrayList<>();
    if (c.triads().isEmpty()) {
      b.add(new Doc.Para("The case names no triad. List three of its actors under triads: in case.yaml (e.g. "
          + "[RUS, IRN, USA]) to compare the mean Goldstein score of their six directed dyads year by year."));
      return new Doc.Section("triads", "Triads", b);
    }
    b.add(new Doc.Para("Mean Goldstein score (events) per year for the six directed dyads of each "
        + "triad, side by side, per source. Only years in which the source has data are listed; — "
        + "marks a year without events of that dyad."));
    for (List<String> t : c.triads()) {
      List<String> header = new ArrayList<>(List.of("Source", "Year"));
      TriadRow.dyads(t).forEach(d -> header.add(d.toString()));
      List<List<String>> rows = new ArrayList<>();
      for (TriadRow r : m.triads()) {
        if (!r.triad().equals(t)) {
          continue;
        }
        List<String> row = new ArrayList<>(List.of(r.source(), Integer.toString(r.year())));
        for (TriadRow.Cell cell : r.cells()) {
          row.add(Num.signed(cell.goldsteinMean()) + " (" + Num.count(cell.events()) + ")");
        }
        rows.add(row);
      }
      b.add(rows.isEmpty() ? new Doc.Para("Triad " + String.join("–", t) + ": no source has data in the period.")
          : new Doc.Table("Triad " + String.join("–", t) + ": mean Goldstein (events)", header, rows,
              List.of(1, 2, 3, 4, 5, 6, 7)));
    }
    return new Doc.Section("triads", "Triads", b);
  }

  private static Doc.Section filesSection() {
    return new Doc.Section("files", "Data files", List.of(new Doc.Para(
        "The numbers behind every figure are in ../series/ (events_monthly.csv, events_yearly.csv, "
            + "coverage_monthly.csv, coverage_yearly.csv, unga_distance.csv, arms_tiv.csv; the derived daily "
            + "country graph in country_graph_monthly.csv and country_graph_yearly.csv), "
            + "../provenance.csv and report.json. A period a source does not cover has no row in the "
            + "events files (the coverage files name it); an empty CSV cell (null in JSON) is a mean "
            + "or share over no events. They read directly into R (read.csv), pandas (read_csv) and DuckDB "
            + "(read_csv_auto).")));
  }
}
