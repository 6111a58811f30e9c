package org.dyadscope.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyadscope.assess.ThemesLoader;
import org.dyadscope.cases.CaseLoader;
import org.dyadscope.trace.TraceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one loading path of a case folder's YAML files: every error reads file:line:column: what; fix. */
class YamlDocumentTest {
  private static final Path FLAGSHIP = Path.of("cases/russia-iran-2012-2022");
  private static final YamlDocument.Kind KIND = new YamlDocument.Kind("x.yaml", "test", "put one in the folder",
      "keys: a, b", "give a");

  @TempDir Path dir;

  /** A raw shape of two keys. */
  static final class Raw {
    public String a;
    public Integer b;
  }

  /** The flagship case's {@code name} with {@code from} replaced by {@code to} once, in {@link #dir}. */
  private Path broken(String name, String from, String to) throws IOException {
    String text = Files.readString(FLAGSHIP.resolve(name));
    assertThat(text).as(name).contains(from);
    Files.writeString(dir.resolve(name), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    return dir.resolve(name);
  }

  @Test
  void anErrorInCaseYamlNamesFileLineAndColumn() throws IOException {
    broken("case.yaml", "frequencies: [month, year]", "frequencies: [month, week]");
    assertThatThrownBy(() -> CaseLoader.load(dir)).isInstanceOf(CaseFileException.class)
        .hasMessage(dir.resolve("case.yaml") + ":35:22: frequency 'week' is not supported; use month or year");
  }

  @Test
  void anErrorInTraceYamlNamesFileLineAndColumn() throws IOException {
    broken("trace.yaml", "    prior: 0.35", "    priro: 0.35");
    assertThatThrownBy(() -> TraceLoader.load(dir)).isInstanceOf(CaseFileException.class)
        .hasMessageStartingWith(dir.resolve("trace.yaml") + ":25:5: unknown key 'priro' (at hypotheses[1].priro), "
            + "did you mean 'prior'?; keys allowed here: ");
  }

  @Test
  void anErrorInThemesYamlNamesFileLineAndColumn() throws IOException {
    broken("themes.yaml", "max_lag: 2", "max_lag: 20");
    assertThatThrownBy(() -> ThemesLoader.load(dir, TraceLoader.load(FLAGSHIP))).isInstanceOf(CaseFileException.class)
        .hasMessage(dir.resolve("themes.yaml") + ":15:10: max_lag 20 must be 0..10 years, e.g. 2");
  }

  @Test
  void theThreeFilesReportAnUnknownKeyAlike() throws IOException {
    broken("case.yaml", "\ndyads:", "\ndyadz:");
    broken("themes.yaml", "\nmax_lag:", "\nmax_lags:");
    assertThatThrownBy(() -> CaseLoader.load(dir))
        .hasMessageStartingWith(dir.resolve("case.yaml") + ":22:1: unknown key 'dyadz', did you mean 'dyads'?; "
            + "keys allowed here: actors, description, dyads, entity_overrides, frequencies,");
    assertThatThrownBy(() -> ThemesLoader.load(dir, null))
        .hasMessageStartingWith(dir.resolve("themes.yaml") + ":15:1: unknown key 'max_lags', did you mean 'max_lag'?; "
            + "keys allowed here: breakpoints, max_lag, min_confidence, permutation, themes, third_party");
  }

  @Test
  void bindsAndLocatesLaterErrors() throws Exception {
    Files.writeString(dir.resolve("x.yaml"), "# c\na: one\nb: 2\n");
    YamlDocument<Raw> doc = YamlDocument.read(dir, KIND, Raw.class);
    assertThat(doc.raw().a).isEqualTo("one");
    assertThat(doc.raw().b).isEqualTo(2);
    assertThat(doc.error("/b", "b must be odd").getMessage()).isEqualTo(dir.resolve("x.yaml") + ":3:4: b must be odd");
    assertThat(doc.error("/b", true, "b is wrong").getMessage()).isEqualTo(dir.resolve("x.yaml") + ":3:1: b is wrong");
    assertThat(doc.error("/c/d", "absent").getMessage()).startsWith(dir.resolve("x.yaml") + ":2:1: absent");
  }

  @Test
  void missingEmptyMistypedAndMalformedFilesAreLocated() throws Exception {
    assertThatThrownBy(() -> YamlDocument.read(dir, KIND, Raw.class))
        .hasMessage(dir.resolve("x.yaml") + ": test file not found; put one in the folder");
    Files.writeString(dir.resolve("x.yaml"), "# nothing\n");
    assertThatThrownBy(() -> YamlDocument.read(dir, KIND, Raw.class))
        .hasMessage(dir.resolve("x.yaml") + ":1:1: test file is empty; give a");
    Files.writeString(dir.resolve("x.yaml"), "a: one\nb: [2]\n");
    assertThatThrownBy(() -> YamlDocument.read(dir, KIND, Raw.class))
        .hasMessageStartingWith(dir.resolve("x.yaml") + ":2:4: ")
        .hasMessageContaining("(at b); fix the YAML at that place (keys: a, b)");
    Files.writeString(dir.resolve("x.yaml"), "a: one\nb: 'two\n");
    assertThatThrownBy(() -> YamlDocument.read(dir, KIND, Raw.class))
        .hasMessage(dir.resolve("x.yaml") + ":2:4: while scanning a quoted scalar that starts here: found unexpected"
            + " end of stream at line 3, column 1; fix the YAML at that place (keys: a, b)");
  }

  @Test
  void anUnclosedFlowMappingIsLocatedWhereItOpens() throws IOException {
    // SnakeYAML finds the missing brace on line 20; the error points at line 19, where the mapping opens
    broken("themes.yaml", "  - {date: 2015-07-14, label: JCPOA}", "  - {date: 2015-07-14, label: JCPOA");
    assertThatThrownBy(() -> ThemesLoader.load(dir, TraceLoader.load(FLAGSHIP))).isInstanceOf(CaseFileException.class)
        .hasMessageStartingWith(dir.resolve("themes.yaml") + ":19:5: while parsing a flow mapping that starts here:"
            + " expected ',' or '}', but got")
        .hasMessageContaining("but got { at line 20, column 5")
        .hasMessageEndingWith("see docs/case-files.md, `themes.yaml`, for the layout)");
  }
}
