package org.dyadscope.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.assess.Breakpoint;
import org.dyadscope.assess.CaseAnalysis;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.measure.Measurements;
import org.dyadscope.measure.SecuritizationResults;
import org.dyadscope.store.TableCsv;
import org.dyadscope.store.TableView;

/**
 * Writes a case's outputs under one folder:
 *
 * <pre>
 * out/series/events_monthly.csv, events_yearly.csv   (per case frequency)
 * out/series/coverage_monthly.csv, coverage_yearly.csv (per case frequency)
 * out/series/unga_distance.csv, arms_tiv.csv
 * out/provenance.csv
 * out/report/index.html      self-contained: inline CSS and SVG, no script, no network
 * out/report/report.md       + out/report/figures/*.svg
 * out/report/report.json     the CSV rows under each file's name, plus audit detail
 * </pre>
 *
 * Reporting computes nothing: the data files are the store's result tables as read, every other
 * number comes from {@link Measurements} and {@link CaseAnalysis}.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Writes every output: the data files {@code data} as CSV (and in report.json), and the report
   * from measurements already computed, with the process-tracing and assessment sections of
   * {@code analysis} (none when it is null) and the securitization section of {@code securitization}
   * (none when it is null: no documents were coded), and the data section's {@code notes} on
   * unresolved entities and the derived country graph (none when null).
   *
   * @param data the data files, in write order, as read from the store (e.g. {@code MeasureTables.views})
   * @return the files written, in write order
   * @throws IOException when an output file cannot be written
   * @throws IllegalArgumentException when the case folder's markers.tsv is malformed
   */
  public static List<Path> write(CaseFile caseFile, Measurements m, List<TableView> data, Path out,
      CaseAnalysis analysis, SecuritizationResults securitization, SourceNotes notes) throws IOException {
    List<Path> written = new ArrayList<>();
    for (TableView t : data) {
      written.add(TableCsv.write(t, out));
    }
    List<Breakpoint> breakpoints = analysis == null || analysis.themes() == null ? List.of()
        : analysis.themes().breakpoints();
    Doc doc = AnalysisSections.insert(ReportContent.build(caseFile, m, Markers.forCase(caseFile, breakpoints)), analysis);
    doc = SecuritizationSection.addTo(doc, caseFile, securitization);
    doc = SourceNotes.addTo(doc, notes);
    Path report = out.resolve("report");
    Path figures = report.resolve("figures");
    Files.createDirectories(figures);
    try (var old = Files.list(figures)) {
      for (Path p : old.filter(p -> p.toString().endsWith(".svg")).toList()) {
        Files.delete(p); // figures of an earlier run that this run may not redraw
      }
    }
    for (Doc.Figure f : doc.figures()) {
      for (int i = 0; i < f.panels().size(); i++) {
        Path p = report.resolve(MarkdownRenderer.panelFile(f, i));
        Files.writeString(p, f.panels().get(i), StandardCharsets.UTF_8);
        written.add(p);
      }
    }
    written.add(Files.writeString(report.resolve("index.html"), HtmlRenderer.render(doc), StandardCharsets.UTF_8));
    written.add(Files.writeString(report.resolve("report.md"), MarkdownRenderer.render(doc), StandardCharsets.UTF_8));
    Path json = report.resolve("report.json");
    JsonOutput.write(json, caseFile, m, data, doc);
    written.add(json);
    return written;
  }
}
