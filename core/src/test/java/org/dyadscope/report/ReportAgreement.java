package org.dyadscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks that the counts a report's text states — dyad and comparison captions, the raw and
 * de-duplicated table, the triad table, the source summaries — are the sums of the series and
 * coverage CSV files of the same run.
 */
public final class ReportAgreement {
  private static final Pattern BASIS =
      Pattern.compile("^([^:]+): (?:([\\d,]+) events? from|no event in covered months)");
  private static final Pattern PANEL = Pattern.compile("([\\w.-]+) \\(([^)]*)\\)");
  private static final Pattern DEDUP_ROW =
      Pattern.compile("^\\| (\\S+) \\| (\\w+->\\w+) \\| ([\\d,]+) \\| ([\\d,]+) \\|");

  private ReportAgreement() {}

  /** Runs every check on the output folder of one run. */
  public static void assertCaptionsAgreeWithCsv(Path out) throws IOException {
    assertFilesTableAgreesWithProvenance(out);
    Map<String, Long> monthly = sums(out.resolve("series/events_monthly.csv"), "events", r -> r.get("dyad"));
    Map<String, Long> yearly = sums(out.resolve("series/events_yearly.csv"), "events", r -> r.get("dyad"));
    assertThat(yearly).as("yearly events = sum of monthly events").isEqualTo(monthly);
    Map<String, Long> dedup = sums(out.resolve("series/events_monthly.csv"), "events_dedup", r -> r.get("dyad"));
    JsonNode json = new ObjectMapper().readTree(out.resolve("report/report.json").toFile());
    int dyadCaptions = 0;
    for (JsonNode f : json.get("figures")) {
      String id = f.get("id").asText();
      String caption = f.get("caption").asText();
      if (id.startsWith("dyad-")) {
        dyadCaptions++;
        String dyad = f.get("title").asText().substring("Events ".length());
        Map<String, Long> stated = new HashMap<>();
        if (caption.contains("Rows: ")) {
          String rows = caption.substring(caption.indexOf("Rows: ") + 6, caption.indexOf(". Coverage: "));
          for (String part : rows.split("; ")) {
            Matcher m = BASIS.matcher(part);
            assertThat(m.find()).as(id + ": " + part).isTrue();
            stated.put(m.group(1) + "|" + dyad, m.group(2) == null ? 0 : count(m.group(2)));
          }
        }
        monthly.forEach((k, n) -> {
          if (k.endsWith("|" + dyad) && n > 0) {
            assertThat(stated.get(k)).as(id + " caption, " + k).isEqualTo(n);
          }
        });
        stated.forEach((k, n) -> assertThat(monthly.getOrDefault(k, 0L)).as(id + " CSV, " + k).isEqualTo(n));
      } else if (id.equals("comparison")) {
        String rows = caption.substring(caption.indexOf("dyad: ") + 6, caption.indexOf(". A break"));
        Matcher m = PANEL.matcher(rows);
        while (m.find()) {
          for (String cell : m.group(2).split(", ")) {
            String[] dn = cell.split(" ");
            assertThat(count(dn[1])).as("comparison " + m.group(1) + " " + dn[0])
                .isEqualTo(monthly.getOrDefault(m.group(1) + "|" + dn[0], 0L));
          }
        }
      }
    }
    assertThat(dyadCaptions).isEqualTo(json.get("case").get("dyads").size());
    int dedupRows = 0;
    for (String line : Files.readAllLines(out.resolve("report/report.md"), StandardCharsets.UTF_8)) {
      Matcher m = DEDUP_ROW.matcher(line.replace("\\_", "_"));
      if (m.find()) {
        dedupRows++;
        String k = m.group(1) + "|" + m.group(2);
        assertThat(count(m.group(3))).as("raw " + k).isEqualTo(monthly.get(k));
        assertThat(count(m.group(4))).as("de-duplicated " + k).isEqualTo(dedup.get(k));
      }
    }
    assertThat(dedupRows).isEqualTo(monthly.values().stream().filter(n -> n > 0).count());
    Map<String, Long> perYear = sums(out.resolve("series/events_yearly.csv"), "events",
        r -> r.get("dyad") + "|" + r.get("period"));
    Set<String> caseDyads = new HashSet<>();
    json.get("case").get("dyads").forEach(d -> caseDyads.add(d.asText()));
    for (JsonNode t : json.get("triads")) {
      for (JsonNode cell : t.get("dyads")) {
        if (!caseDyads.contains(cell.get("dyad").asText())) {
          continue; // a triad dyad the case does not list has no series
        }
        String k = t.get("source").asText() + "|" + cell.get("dyad").asText() + "|" + t.get("year").asInt();
        assertThat(cell.get("events").asLong()).as("triad " + k).isEqualTo(perYear.getOrDefault(k, 0L));
      }
    }
    for (String f : new String[] {"coverage_monthly", "coverage_yearly"}) {
      Map<String, Long> events = sums(out.resolve("series/" + f + ".csv"), "events", r -> "");
      Map<String, Long> uncovered = sums(out.resolve("series/" + f + ".csv"), "events_uncovered", r -> "");
      for (JsonNode s : json.get("sources")) {
        String k = s.get("source").asText() + "|";
        assertThat(s.get("events").asLong()).as(f + " events " + k).isEqualTo(events.get(k));
        assertThat(s.get("events_uncovered").asLong()).as(f + " uncovered " + k).isEqualTo(uncovered.get(k));
      }
    }
  }

  /** Columns of the report's files table that provenance.csv holds, in the table's order. */
  private static final List<String> FILE_COUNTS =
      List.of("rows_read", "rows_loaded", "rows_quarantined", "rows_duplicate", "rows_filtered");
  /** A files-table row summing a source's files: count, first and last file. */
  private static final Pattern SOURCE_FILES = Pattern.compile("(\\d+) files \\((.+) … (.+)\\)");

  /**
   * The report's files table ("Files loaded") against provenance.csv: every row's Read, Loaded,
   * Quarantined, Duplicate and Filtered are its file's, or on a row summing a source's files
   * ("44 files (first … last)") the sums over provenance.csv's rows first to last (it lists files by
   * source, then name), and Read = Loaded + Quarantined + Duplicate + Filtered; every file is on a row.
   */
  static void assertFilesTableAgreesWithProvenance(Path out) throws IOException {
    List<CSVRecord> prov;
    try (Reader r = Files.newBufferedReader(out.resolve("provenance.csv"), StandardCharsets.UTF_8)) {
      prov = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
    List<String> files = prov.stream().map(rec -> rec.get("file")).toList();
    List<String> md = Files.readAllLines(out.resolve("report/report.md"), StandardCharsets.UTF_8);
    int header = md.indexOf("| Source | File | Format | Read | Loaded | Quarantined | Duplicate | Filtered |"
        + " Unresolved | Unknown tokens | SHA-256 |");
    assertThat(header).as("files table header in report.md").isNotNegative();
    long filesOnRows = 0;
    for (String line : md.subList(header + 2, md.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.replace("\\_", "_").split(" \\| ");
      Matcher many = SOURCE_FILES.matcher(cells[1]);
      int first = files.indexOf(many.matches() ? many.group(2) : cells[1]);
      int last = many.matches() ? files.indexOf(many.group(3)) : first;
      assertThat(first).as("provenance.csv row of " + cells[1]).isNotNegative();
      if (many.matches()) {
        assertThat(last - first + 1L).as(line).isEqualTo(Long.parseLong(many.group(1)));
      }
      filesOnRows += last - first + 1;
      long[] stated = new long[FILE_COUNTS.size()];
      long[] expected = new long[FILE_COUNTS.size()];
      for (int i = 0; i < FILE_COUNTS.size(); i++) {
        stated[i] = count(cells[3 + i]);
        for (CSVRecord rec : prov.subList(first, last + 1)) {
          expected[i] += Long.parseLong(rec.get(FILE_COUNTS.get(i)));
        }
      }
      assertThat(stated).as(line).containsExactly(expected);
      assertThat(stated[0]).as("read = loaded + quarantined + duplicate + filtered: " + line)
          .isEqualTo(stated[1] + stated[2] + stated[3] + stated[4]);
    }
    assertThat(filesOnRows).as("files on the files table").isEqualTo(files.size());
  }

  /** Sums of an integer column per {@code source|key(row)}. */
  private static Map<String, Long> sums(Path csv, String column, Function<CSVRecord, String> key)
      throws IOException {
    Map<String, Long> out = new HashMap<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        out.merge(rec.get("source") + "|" + key.apply(rec), Long.parseLong(rec.get(column)), Long::sum);
      }
    }
    return out;
  }

  private static long count(String formatted) {
    return Long.parseLong(formatted.replace(",", ""));
  }
}
