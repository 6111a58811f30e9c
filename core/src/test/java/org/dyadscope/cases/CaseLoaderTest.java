package org.dyadscope.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.dyadscope.yaml.CaseFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseLoaderTest {
  @Test
  void flagshipCaseExpandsUndirectedDyads() throws Exception {
    CaseFile c = CaseLoader.load(Path.of("cases/russia-iran-2012-2022"));
    assertThat(c.name()).isEqualTo("russia-iran-2012-2022");
    assertThat(c.actors()).extracting(Actor::code).containsExactly("RUS", "IRN", "USA", "CHN");
    assertThat(c.dyads()).hasSize(10)
        .contains(new Dyad("RUS", "IRN"), new Dyad("IRN", "RUS"), new Dyad("USA", "RUS"), new Dyad("CHN", "IRN"));
    assertThat(c.period()).isEqualTo(new Period(YearMonth.of(2012, 1), YearMonth.of(2022, 12)));
    assertThat(c.lookups().cameoEventCodes()).isEqualTo("gdelt/lookups/CAMEO.eventcodes.txt");
    assertThat(c.sources()).extracting(SourceSpec::name).contains("gdelt2", "icews", "sipri", "unga", "ungd");
  }

  @Test
  void frequenciesAreTypedAndWrittenExactly(@TempDir Path dir) throws Exception {
    String head = "name: x\nactors: [{code: RUS}, {code: IRN}]\ndyads: [RUS->IRN]\n"
        + "period: {start: 2012-01, end: 2012-12}\n";
    Files.writeString(dir.resolve("case.yaml"), head + "frequencies: [year]\n");
    assertThat(CaseLoader.load(dir).frequencies()).containsExactly(Frequency.YEAR);
    Files.writeString(dir.resolve("case.yaml"), head);
    assertThat(CaseLoader.load(dir).frequencies()).containsExactly(Frequency.MONTH, Frequency.YEAR);
    Files.writeString(dir.resolve("case.yaml"), head + "frequencies:\n  - year\n  - Month\n");
    assertThatThrownBy(() -> CaseLoader.load(dir))
        .hasMessage(dir.resolve("case.yaml") + ":7:5: frequency 'Month' is not supported; use month or year");
  }

  @Test
  void unknownKeyIsReportedWithLineAndColumn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("case.yaml");
    Files.writeString(f, "name: x\nactors: [{code: RUS}, {code: IRN}]\ndyadz: [RUS->IRN]\n");
    assertThatThrownBy(() -> CaseLoader.load(dir))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining("case.yaml:3:")
        .hasMessageContaining("unknown key 'dyadz', did you mean 'dyads'?")
        .hasMessageNotContaining("CaseLoader");
  }

  @Test
  void unknownFormatIsNamedBeforeAnyFileLoads(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("case.yaml"),
        "name: x\nactors: [{code: RUS}, {code: IRN}]\ndyads: [RUS->IRN]\n"
            + "period: {start: 2012-01, end: 2012-12}\nsources:\n  - name: s\n    format: sipr\n");
    assertThatThrownBy(() -> CaseLoader.load(dir))
        .hasMessageContaining("case.yaml:7:5:")
        .hasMessageContaining("unknown format 'sipr', did you mean 'sipri'?");
  }

  @Test
  void dyadWithUnknownActorNamesTheLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("case.yaml"),
        "name: x\nactors: [{code: RUS}, {code: IRN}]\ndyads:\n  - RUS->IRN\n  - RUS->USA\n"
            + "period: {start: 2012-01, end: 2012-12}\n");
    assertThatThrownBy(() -> CaseLoader.load(dir))
        .hasMessageContaining("case.yaml:5:")
        .hasMessageContaining("USA, which is not among the actors");
  }

  @Test
  void anOptionTheFormatDoesNotReadIsNamedWithItsLineAndTheValidKeys(@TempDir Path dir) throws Exception {
    String head = "name: x\nactors: [{code: RUS}, {code: IRN}]\ndyads: [RUS->IRN]\n"
        + "period: {start: 2012-01, end: 2012-12}\nsources:\n";
    Files.writeString(dir.resolve("case.yaml"), head
        + "  - name: speeches\n    format: documents\n    files: [d/*.txt]\n    options: {speaker: RUS, license: CC0}\n");
    assertThatThrownBy(() -> CaseLoader.load(dir))
        .hasMessageContaining("case.yaml:9:")
        .hasMessageContaining("source speeches: option 'license' is not read by format documents, "
            + "did you mean 'licence'?; its options are licence, speaker");
    // a format without options refuses any
    Files.writeString(dir.resolve("case.yaml"), head
        + "  - name: arms\n    format: sipri\n    files: [s.csv]\n    options:\n      speaker: RUS\n");
    assertThatThrownBy(() -> CaseLoader.load(dir))
        .hasMessageContaining("case.yaml:10:")
        .hasMessageContaining("option 'speaker' is not read by format sipri; it takes no options");
    // the keys the format reads load
    Files.writeString(dir.resolve("case.yaml"), head
        + "  - name: speeches\n    format: documents\n    files: [d/*.txt]\n    options: {speaker: RUS, licence: CC0}\n");
    assertThat(CaseLoader.load(dir).sources().get(0).option("licence", null)).isEqualTo("CC0");
  }

  @Test
  void anActorCodeNotInTheCountryTableIsNamedWithASuggestion(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("case.yaml"),
        "name: x\nactors:\n  - {code: RUS}\n  - {code: RUZ}\ndyads: [RUS->RUZ]\nperiod: {start: 2012-01, end: 2012-12}\n");
    assertThatThrownBy(() -> CaseLoader.load(dir))
        .hasMessageContaining("case.yaml:4:12: unknown actor code RUZ, did you mean 'RUS'?")
        .hasMessageContaining("use an ISO-3166 alpha-3 / CAMEO country code");
  }

  @Test
  void theSchemaCatchesWhatTheChecksLeaveAtItsLine(@TempDir Path dir) throws Exception {
    // no check of the loader reads an override's code; case.schema.json requires three capitals
    Files.writeString(dir.resolve("case.yaml"), "name: x\nactors: [{code: RUS}, {code: IRN}]\ndyads: [RUS->IRN]\n"
        + "period: {start: 2012-01, end: 2012-12}\nentity_overrides:\n  \"Ali Larijani\": irn\n");
    assertThatThrownBy(() -> CaseLoader.load(dir))
        .hasMessageContaining("case.yaml:6:19: /entity_overrides/Ali Larijani")
        .hasMessageContaining("(case.schema.json); see docs/case-files.md");
  }
}
