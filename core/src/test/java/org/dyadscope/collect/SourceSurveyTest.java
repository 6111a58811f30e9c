package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyadscope.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSurveyTest {
  @Test
  void everyReadableSourceOfTheSharedDataIsFoundWithItsLayout() throws Exception {
    Map<String, SourceSurvey.Found> found = SourceSurvey.survey(TestData.root(), List.of("CHN", "RUS"), List.of())
        .stream().collect(Collectors.toMap(f -> f.spec().name(), Function.identity()));
    assertThat(found.get("gdelt-v2-export").spec().files()).containsExactly("gdelt/v2_export/*.CSV");
    assertThat(found.get("icews").spec().format()).isEqualTo("icews-tab");
    assertThat(found.get("unvotes").spec().format()).isEqualTo("unga-idealpoints");
    assertThat(found.get("sipri").spec().format()).isEqualTo("sipri");
    assertThat(found.get("ungd").spec().files()).containsExactly("ungd/{CHN,RUS}_*_*.txt");
    // the TKG layouts the flagship case.yaml states by hand, found from the rows and MANIFEST.tsv
    assertThat(found.get("icews18").spec().options())
        .isEqualTo(Map.of("naming", "ids", "time_unit", "hour", "epoch", "2018-01-01", "first_step", "0"));
    assertThat(found.get("icews14s").spec().options())
        .isEqualTo(Map.of("naming", "ids", "time_unit", "day", "epoch", "2014-01-01", "first_step", "1"));
    assertThat(found.get("icews05-15-chrono").spec().options())
        .isEqualTo(Map.of("naming", "ids", "time_unit", "day", "epoch", "2005-01-01", "first_step", "0"));
    assertThat(found.get("icews05-15-random").spec().options()).isEqualTo(Map.of("naming", "names", "time_unit", "date"));
    // the zero-shot test splits of zrLLM share no relation type with train and valid: left out, as the flagship does
    assertThat(found.get("icews21-zrllm").spec().files()).containsExactly("icews21_zrllm/train.txt", "icews21_zrllm/valid.txt");
    assertThat(found.get("icews22-zrllm").note()).contains("icews22_zrllm/test.txt left out")
        // described by the two files it lists, not by the split it leaves out
        .startsWith("2 files of format tkg in icews22_zrllm/, the first: ").doesNotContain("test split");
    assertThat(found.get("icews05-15-chrono").spec().files()).containsExactly("icews05-15_chrono/test.txt",
        "icews05-15_chrono/valid.txt");
    // the daily country graph: its 1,5xx day zips as one pattern, read for the case's actors' pairs
    assertThat(found.get("gdelt-daily-country-graph-networks").spec().format()).isEqualTo("country-graph");
    assertThat(found.get("gdelt-daily-country-graph-networks").spec().files())
        .containsExactly("gdelt_daily_country_graph/networks/*_network.zip");
    assertThat(found.get("gdelt-daily-country-graph-networks").spec().options()).isEqualTo(Map.of("countries", "CHN,RUS"));
    // the R-written GDELT 1.0 file is recognised from its header row
    assertThat(found.get("gdelt-v1-reformatted").spec().format()).isEqualTo("gdelt");
    // a title index names no speaker: found, but left for a person to complete
    assertThat(found.get("kremlin-kremlin-speeches-index").enabled()).isFalse();
    assertThat(found.get("kremlin-kremlin-speeches-index").spec().files()).containsExactly("kremlin/kremlin_speeches_index/*.json");
    assertThat(found.values().stream().filter(SourceSurvey.Found::enabled).count()).isEqualTo(found.size() - 2);
    // descriptions from MANIFEST.tsv: quoted fields unquoted, cut at a clause end outside parentheses, a
    // label kept, one file's row quoted as an example of a folder of many
    // (its first clause is longer than 140 characters: cut at a word outside the parenthesis)
    assertThat(found.get("icews").note()).isEqualTo("ICEWS coded event data subset 2018-06-01..2018-06-02, 3705 events,"
        + " 20 tab-separated cols with header (1 file of format icews-tab in icews/)");
    assertThat(found.get("gdelt-v1-reformatted").note()).startsWith("NOT RAW: GDELT 1.0 historical events Nov 2012");
    assertThat(found.get("gdelt-daily-country-graph-networks").note()).startsWith("1,555 files of format country-graph in"
        + " gdelt_daily_country_graph/networks/, the first: GDELT 2.0 derived daily country graph for 2018-09-01; a DERIVED");
    assertThat(found.get("ungd").note()).startsWith("44 files of format ungd in ungd/, the first: UN General Debate speech,"
        + " CHN, session 67 (2012), plain text UTF-8");
    found.values().forEach(f -> assertThat(f.note().chars().filter(c -> c == '(').count())
        .as(f.note()).isEqualTo(f.note().chars().filter(c -> c == ')').count()));
  }

  @Test
  void aDescriptionIsCutAtAClauseEndOutsideParentheses() {
    assertThat(SourceSurvey.firstClause("A set (x; y) of rows; more")).isEqualTo("A set (x; y) of rows");
    assertThat(SourceSurvey.firstClause("NOT RAW: a copy: more")).isEqualTo("NOT RAW: a copy");
    assertThat(SourceSurvey.firstClause("Ding et al. NAACL 2024. Then")).isEqualTo("Ding et al. NAACL 2024");
    String longOne = "words ".repeat(20) + "(" + "inside ".repeat(20) + ")";
    assertThat(SourceSurvey.firstClause(longOne)).isEqualTo("words ".repeat(20).strip());
  }

  @Test
  void aTkgSetWhoseEpochNoManifestStatesIsLeftCommentedOut(@TempDir Path root) throws Exception {
    Path set = Files.createDirectories(root.resolve("mytkg"));
    Files.writeString(set.resolve("entity2id.txt"), "Russia\t0\nChina\t1\n");
    Files.writeString(set.resolve("train.txt"), "0\t3\t1\t24\n1\t3\t0\t48\n");
    Files.writeString(set.resolve("valid.txt"), "0\t3\t1\t72\n");
    List<SourceSurvey.Found> found = SourceSurvey.survey(root, List.of("CHN", "RUS"), List.of());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).enabled()).isFalse();
    assertThat(found.get(0).spec().options()).isEqualTo(Map.of("naming", "ids", "time_unit", "hour"));
    assertThat(found.get(0).note()).contains("no MANIFEST.tsv row states the date of its first time step");
    // with a MANIFEST row stating it, the set is ready; a skipped folder is not surveyed
    Files.writeString(root.resolve("MANIFEST.tsv"), "path_under_data\tdescription\nmytkg/train.txt\tt in hours after 2019-01-01\n");
    assertThat(SourceSurvey.survey(root, List.of(), List.of()).get(0).spec().options()).containsEntry("epoch", "2019-01-01");
    assertThat(SourceSurvey.survey(root, List.of(), List.of("mytkg"))).isEmpty();
  }
}
