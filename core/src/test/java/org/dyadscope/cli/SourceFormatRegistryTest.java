package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.cases.Lookups;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.ReaderRegistry;
import org.dyadscope.collect.SourceFormat;
import org.dyadscope.collect.SourceFormats;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.IdealPointRow;
import org.dyadscope.store.LoadSink;
import org.dyadscope.yaml.CaseFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A format registered in one place is accepted by the case loader, ingest and its help, with no other list. */
class SourceFormatRegistryTest {
  /** "ISO3 TAB session TAB ideal point" lines, the point multiplied by option {@code scale} (default 1). */
  private static final SourceFormat POINTS_TSV = new SourceFormat("points-tsv",
      "test ideal points, ISO3 TAB session TAB point", Set.of("scale"), List.of("ideal_points"), Set.of(),
      (spec, lookups) -> new PointsReader(Double.parseDouble(spec.option("scale", "1"))));

  private record PointsReader(double scale) implements SourceReader {
    @Override
    public String format() {
      return "points-tsv";
    }

    @Override
    public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
      long line = 0;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String l = in.readLine(); l != null; l = in.readLine()) {
          line++;
          String[] f = l.split("\t");
          if (f.length != 3) {
            sink.quarantine(line, f.length + " fields, expected 3", l);
          } else {
            int session = Integer.parseInt(f[1]);
            sink.idealPoint(new IdealPointRow(f[0], null, session, session + 1945,
                Double.parseDouble(f[2]) * scale, null, fileLabel, line));
          }
        }
      }
      return line;
    }
  }

  @Test
  void aRegisteredFormatIsAcceptedByTheCaseLoaderIngestAndItsHelp(@TempDir Path dir) throws Exception {
    String caseHead = "name: x\nactors: [{code: RUS}, {code: IRN}]\ndyads: [RUS->IRN]\n"
        + "period: {start: 2012-01, end: 2012-12}\nsources:\n  - name: pts\n    format: points-tsv\n";
    Path points = Files.writeString(dir.resolve("points.tsv"), "RUS\t70\t1.5\nIRN\t70\n");
    Path db = dir.resolve("t.duckdb");
    Files.writeString(dir.resolve("case.yaml"), caseHead + "    options: {scale: 2}\n");
    assertThatThrownBy(() -> CaseLoader.load(dir)).isInstanceOf(CaseFileException.class)
        .hasMessageContaining("unknown format 'points-tsv'");
    assertThat(CliRunner.run("ingest", points.toString(), "--db", db.toString(), "--format", "points-tsv").err())
        .contains("unknown --format 'points-tsv'; use one of gdelt, icews-tab, tkg,");

    try (SourceFormats.Registration r = SourceFormats.register(POINTS_TSV)) {
      assertThat(CaseLoader.load(dir).sources()).extracting(SourceSpec::format).containsExactly("points-tsv");
      Files.writeString(dir.resolve("case.yaml"), caseHead + "    options: {scal: 2}\n");
      assertThatThrownBy(() -> CaseLoader.load(dir))
          .hasMessageContaining("case.yaml:8:")
          .hasMessageContaining("option 'scal' is not read by format points-tsv, did you mean 'scale'?; its options are scale");

      CliRunner.Result ok = CliRunner.run("ingest", points.toString(), "--db", db.toString(), "--format", "points-tsv",
          "--option", "scale=2");
      assertThat(ok.exitCode()).as(ok.err()).isZero();
      assertThat(ok.out()).endsWith(",points-tsv,2,1,1,0,0,\n"); // read, loaded, quarantined, duplicate, filtered, duplicate_of
      assertThat(CliRunner.run("query", db.toString(), "SELECT iso3, year, ideal_point FROM ideal_points").out())
          .isEqualTo("iso3,year,ideal_point\nRUS,2015,3.0\n");
      assertThat(CliRunner.run("ingest", points.toString(), "--db", db.toString(), "--format", "points-tsv",
          "--option", "speaker=RUS").err()).contains("--option 'speaker' is not read by format points-tsv; its options are scale");
      assertThat(CliRunner.run("ingest", "--help").out().replaceAll("\\s+", " ")) // help lines are wrapped
          .contains(" points-tsv: test ideal points, ISO3 TAB session TAB point; fills ideal_points; options scale ");
    }
    assertThat(SourceFormats.names()).doesNotContain("points-tsv");
  }

  @Test
  void aFactoryGetsOnlyTheLookupsItsFormatDeclares() throws Exception {
    SourceFormat undeclared = new SourceFormat("needs-cameo", "reads the CAMEO table without saying so", Set.of(),
        List.of("events"), Set.of(), (spec, lookups) -> {
          lookups.cameo();
          return new PointsReader(1);
        });
    try (SourceFormats.Registration r = SourceFormats.register(undeclared)) {
      ReaderRegistry readers = new ReaderRegistry(null, Lookups.defaults(), Map.of());
      assertThatThrownBy(() -> readers.reader(new SourceSpec("s", "needs-cameo", List.of(), Map.of())))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("format needs-cameo reads lookup CAMEO_EVENTS but does not declare it in its SourceFormat");
      assertThatThrownBy(() -> SourceFormats.register(undeclared)).hasMessage("format needs-cameo is already registered");
    }
  }
}
