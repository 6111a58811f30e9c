package org.dyadscope.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyadscope.cases.Actor;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.cases.Dyad;
import org.dyadscope.measure.CoverageGap;
import org.dyadscope.measure.FileProvenance;
import org.dyadscope.measure.Measurements;
import org.dyadscope.measure.QuarantineReason;
import org.dyadscope.measure.SeriesBasis;
import org.dyadscope.measure.SourceSummary;
import org.dyadscope.measure.TriadRow;
import org.dyadscope.store.TableView;

/**
 * Writes {@code report.json}: the case, every data table under its file's name (same rows, same
 * column names, null where the CSV cell is empty), and the audit detail the CSVs do not carry
 * (source summaries, quarantine reasons with examples, triads, per-series bases, figure captions).
 * {@code sources[].events_uncovered} and {@code bases[].rows_uncovered} count the events dated in
 * months without coverage, which no series counts.
 */
final class JsonOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  static void write(Path file, CaseFile c, Measurements m, List<TableView> tables, Doc doc)
      throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "dyadscope-report/1");
    root.set("case", caseNode(c));
    for (TableView t : tables) {
      ArrayNode rows = root.putArray(t.key());
      for (List<Object> r : t.rows()) {
        ObjectNode o = rows.addObject();
        for (int i = 0; i < t.header().size(); i++) {
          put(o, t.header().get(i), r.get(i));
        }
      }
    }
    ArrayNode files = root.putArray("files");
    for (FileProvenance f : m.files()) {
      files.addObject().put("file", f.file()).put("source", f.source()).put("format", f.format())
          .put("sha256", f.sha256()).put("rows_read", f.rowsRead()).put("rows_loaded", f.rowsLoaded())
          .put("rows_quarantined", f.rowsQuarantined()).put("rows_unresolved", f.rowsUnresolved());
    }
    ArrayNode sources = root.putArray("sources");
    for (SourceSummary s : m.sourceSummaries()) {
      ObjectNode o = sources.addObject().put("source", s.source()).put("events", s.events())
          .put("events_uncovered", s.eventsUncovered())
          .put("first_period", s.firstPeriod()).put("last_period", s.lastPeriod())
          .put("months_covered", s.monthsCovered()).put("months", s.months());
      ArrayNode gaps = o.putArray("gaps");
      for (CoverageGap g : s.gaps()) {
        gaps.addObject().put("from", g.from()).put("to", g.to()).put("months", g.months());
      }
    }
    ArrayNode quarantine = root.putArray("quarantine");
    for (QuarantineReason q : m.quarantine()) {
      ObjectNode o = quarantine.addObject().put("source", q.source()).put("reason", q.reason())
          .put("lines", q.lines()).put("files", q.files());
      ArrayNode ex = o.putArray("examples");
      for (QuarantineReason.Example e : q.examples()) {
        ex.addObject().put("file", e.file()).put("line", e.line()).put("raw", e.raw());
      }
    }
    ArrayNode triads = root.putArray("triads");
    for (TriadRow t : m.triads()) {
      ObjectNode o = triads.addObject().put("triad", String.join("-", t.triad()))
          .put("source", t.source()).put("year", t.year());
      ArrayNode cells = o.putArray("dyads");
      for (TriadRow.Cell cell : t.cells()) {
        ObjectNode co = cells.addObject().put("dyad", cell.dyad().toString()).put("events", cell.events());
        put(co, "goldstein_mean", cell.goldsteinMean());
      }
    }
    ArrayNode bases = root.putArray("bases");
    for (SeriesBasis b : m.bases()) {
      ObjectNode o = bases.addObject().put("series", b.series().toString()).put("source", b.source())
          .put("rows", b.rows()).put("rows_uncovered", b.rowsUncovered()).put("file_count", b.fileCount());
      b.files().forEach(o.putArray("files")::add);
    }
    ArrayNode figures = root.putArray("figures");
    for (Doc.Figure f : doc.figures()) {
      figures.addObject().put("id", f.id()).put("title", f.title()).put("caption", f.caption());
    }
    MAPPER.writeValue(file.toFile(), root);
  }

  private static ObjectNode caseNode(CaseFile c) {
    ObjectNode o = MAPPER.createObjectNode().put("name", c.name()).put("title", c.title());
    o.putObject("period").put("start", c.period().start().toString())
        .put("end", c.period().end().toString());
    ArrayNode actors = o.putArray("actors");
    for (Actor a : c.actors()) {
      actors.addObject().put("code", a.code()).put("name", a.name());
    }
    ArrayNode dyads = o.putArray("dyads");
    for (Dyad d : c.dyads()) {
      dyads.add(d.toString());
    }
    ArrayNode triads = o.putArray("triads");
    for (List<String> t : c.triads()) {
      t.forEach(triads.addArray()::add);
    }
    ArrayNode frequencies = o.putArray("frequencies");
    c.frequencies().forEach(f -> frequencies.add(f.id()));
    ArrayNode sources = o.putArray("sources");
    c.sources().forEach(s -> sources.addObject().put("name", s.name()).put("format", s.format()));
    return o;
  }

  /** A cell as JSON: null stays null, non-finite doubles become null (as in the CSV). */
  private static void put(ObjectNode o, String key, Object v) {
    if (v == null) {
      o.putNull(key);
    } else if (v instanceof Double d) {
      if (Double.isFinite(d)) {
        o.put(key, d);
      } else {
        o.putNull(key);
      }
    } else if (v instanceof Long l) {
      o.put(key, l);
    } else if (v instanceof Integer i) {
      o.put(key, i);
    } else {
      o.put(key, v.toString());
    }
  }
}
