package org.dyadscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadscope.cases.Dyad;

/**
 * Checks a run's per-dyad share chart against the run's own {@code series/events_monthly.csv}: one
 * panel per source with events of the dyad, a tooltip on every point naming the CSV's period,
 * source, share and events, marker radius growing with n, the CSV's unit on the axis, the same x
 * ticks in every panel. Shared by the tests that run a real case.
 */
public final class FigureChecks {
  private static final Pattern POINT = Pattern.compile(
      "<circle [^>]* r=\"([0-9.]+)\"[^>]*><title>(\\d{4}-\\d{2}) · ([^ ]+) · share ([-0-9.E]+) · n = ([0-9,]+) events?</title>");
  private static final Pattern TICK = Pattern.compile("<line x1=\"([0-9.]+)\"[^>]*class=\"xtick\"");

  private FigureChecks() {}

  /**
   * Asserts the share chart of {@code d} in {@code out/report/figures} against {@code out/series}.
   *
   * @return the number of events behind each panel, by source, in panel order
   */
  public static Map<String, Long> shareChart(Path out, Dyad d) throws Exception {
    Map<String, Long> perSource = new LinkedHashMap<>();
    Map<String, CSVRecord> rows = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(out.resolve("series/events_monthly.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        if (rec.get("dyad").equals(d.toString()) && !rec.get("share").isEmpty()) {
          rows.put(rec.get("source") + " " + rec.get("period"), rec);
          perSource.merge(rec.get("source"), Long.parseLong(rec.get("events")), Long::sum);
        }
      }
    }
    perSource.values().removeIf(n -> n == 0);
    String svg = Files.readString(out.resolve("report/figures/dyad-" + d.source() + "-" + d.target() + "-1.svg"));
    List<String> panels = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Matcher k = Pattern.compile("<g class=\"panel\" data-key=\"([^\"]+)\">").matcher(svg);
    while (k.find()) {
      keys.add(k.group(1));
      panels.add(svg.substring(k.end(), svg.indexOf("</g>", k.end())));
    }
    assertThat(keys).as("one panel per source with %s events", d).containsExactlyInAnyOrderElementsOf(perSource.keySet());
    List<String> ticks = xs(panels.get(0));
    assertThat(ticks).isNotEmpty();
    List<double[]> nr = new ArrayList<>();
    for (int i = 0; i < panels.size(); i++) {
      String p = panels.get(i);
      String source = keys.get(i);
      assertThat(xs(p)).as("x ticks of panel %s", source).isEqualTo(ticks);
      assertThat(p).contains(">" + source + " (n = " + Num.plural(perSource.get(source), "event", "events") + ")</text>");
      long points = rows.keySet().stream().filter(key -> key.startsWith(source + " ")).count();
      Matcher m = POINT.matcher(p);
      int drawn = 0;
      while (m.find()) {
        drawn++;
        CSVRecord rec = rows.get(m.group(3) + " " + m.group(2));
        assertThat(rec).as("CSV row of %s %s", m.group(3), m.group(2)).isNotNull();
        assertThat(m.group(3)).isEqualTo(source);
        assertThat(m.group(5).replace(",", "")).isEqualTo(rec.get("events"));
        assertThat(Double.parseDouble(m.group(4))).isCloseTo(Double.parseDouble(rec.get("share")),
            org.assertj.core.api.Assertions.withinPercentage(0.5));
        nr.add(new double[] {Long.parseLong(rec.get("events")), Double.parseDouble(m.group(1))});
      }
      assertThat(drawn).as("points of %s: every CSV month with a share", source).isEqualTo(points);
    }
    nr.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    assertThat(nr.stream().map(a -> a[1]).toList()).as("radius grows with n").isSorted();
    assertThat(nr.get(0)[1]).isLessThan(nr.get(nr.size() - 1)[1]);
    assertThat(svg).contains(">y: share (fraction of the source&#39;s events, 0..1, as in the CSV column share)")
        .doesNotContain("% of");
    return perSource;
  }

  private static List<String> xs(String panel) {
    List<String> out = new ArrayList<>();
    Matcher m = TICK.matcher(panel);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
