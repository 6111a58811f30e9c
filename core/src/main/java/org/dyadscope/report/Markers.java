package org.dyadscope.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyadscope.assess.Breakpoint;
import org.dyadscope.cases.Actor;
import org.dyadscope.cases.CaseFile;
import org.dyadscope.report.svg.Marker;

/**
 * Dated events to mark on time charts, all the case's own: {@code markers.tsv} in the case folder
 * (optional) and the breakpoints of its {@code themes.yaml}, the turning points the trends are read
 * across. Nothing is built in, so no case shows another case's events. Columns of markers.tsv: date
 * (YYYY-MM-DD), label, actors (comma-separated ISO-3); {@code #} starts a comment.
 */
public final class Markers {
  static final String FILE = "markers.tsv";

  private Markers() {}

  /**
   * The case's markers and breakpoints inside the case period (markers only when they concern a
   * case actor), in date order; a breakpoint on a marker's date is drawn once, with the marker's label.
   *
   * @param breakpoints the themes' breakpoints; empty when the case has no themes.yaml
   * @throws IllegalArgumentException naming file and line when a line of markers.tsv is malformed
   */
  public static List<Marker> forCase(CaseFile c, List<Breakpoint> breakpoints) {
    Path own = c.folder() == null ? null : c.folder().resolve(FILE);
    List<Marker> out = new ArrayList<>();
    if (own != null && Files.isRegularFile(own)) {
      try (InputStream in = Files.newInputStream(own)) {
        out.addAll(parse(in, own.toString(), c));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + own, e);
      }
    }
    for (Breakpoint b : breakpoints) {
      if (c.period().contains(b.date()) && out.stream().noneMatch(m -> m.date().equals(b.date()))) {
        out.add(new Marker(b.date(), b.label()));
      }
    }
    out.sort(Comparator.comparing(Marker::date));
    return out;
  }

  /**
   * The GDELT regime breaks inside the case period, when the case has a {@code gdelt} source:
   * 2013-04-01, when GDELT 1.0 turned from historical backfiles into the daily stream (and gained
   * SOURCEURL), and 2015-02-19, when GDELT 2.0 began (15-minute updates, more sources, machine
   * translation). Volume and coding change at both dates, so a level shift there may be the data's,
   * not the dyad's (GDELT 1.0 and 2.0 codebooks, gdeltproject.org).
   */
  public static List<Marker> regimeBreaks(CaseFile c) {
    boolean gdelt = c.sources().stream().anyMatch(s -> s.format().equals("gdelt"));
    List<Marker> out = new ArrayList<>();
    if (gdelt) {
      for (Marker m : List.of(new Marker(LocalDate.of(2013, 4, 1), "GDELT 1.0 daily stream"),
          new Marker(LocalDate.of(2015, 2, 19), "GDELT 2.0"))) {
        if (c.period().contains(m.date())) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static List<Marker> parse(InputStream in, String name, CaseFile c) throws IOException {
    Set<String> actors = c.actors().stream().map(Actor::code).collect(Collectors.toSet());
    List<Marker> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2) {
        throw new IllegalArgumentException(name + ":" + no
            + ": a marker needs date<TAB>label[<TAB>actors], e.g. 2015-07-14\tJCPOA\tIRN,USA");
      }
      LocalDate d;
      try {
        d = LocalDate.parse(f[0].trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(name + ":" + no + ": date '" + f[0] + "' must be YYYY-MM-DD");
      }
      boolean concerns = f.length < 3 || f[2].isBlank()
          || Arrays.stream(f[2].split(",")).map(String::trim).anyMatch(actors::contains);
      if (concerns && c.period().contains(d)) {
        out.add(new Marker(d, f[1].trim()));
      }
    }
    return out;
  }
}
