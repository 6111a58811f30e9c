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
