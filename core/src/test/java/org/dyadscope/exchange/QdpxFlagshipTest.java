package org.dyadscope.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dyadscope.TestData;
import org.dyadscope.cli.Main;
import org.dyadscope.code.CorpusCoder;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.gold.GoldLabel;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship case's documents (UN General Debate speeches, Kremlin and MID title indexes), loaded
 * and coded as {@code run} does, exported to {@code .qdpx} with the command line and imported back.
 */
class QdpxFlagshipTest {
  private static final Path CASE = Path.of("cases/russia-iran-2012-2022");
  // the machine coder is a project user named after the lexicon version it coded with
  private static final String MACHINE = "dyadscope coder " + Lexicon.builtIn().version();
  @TempDir static Path dir;
  static Path store;
  static Path qdpx;
  static List<CaseDocument> docs;

  @BeforeAll
  static void loadCodeAndExport() throws Exception {
    Path data = TestData.file("ungd").getParent();
    TestData.file("refi-qda/Project.xsd");
    store = dir.resolve("out/case.duckdb");
    // the case's document sources, with its file patterns (ungd/*_*_*.txt leaves README.txt out)
    ingest(data, "ungd", "[A-Z]{3}_\\d+_\\d{4}\\.txt", "ungd", "ungd", "licence=CC0 1.0");
    ingest(data, "kremlin/kremlin_speeches_index", ".*\\.json", "kremlin", "kremlin-index", "speaker=RUS");
    ingest(data, "kremlin/mid_ru_index", ".*\\.json", "mid", "kremlin-index", "speaker=RUS");
    try (Store s = Store.open(store)) {
      new CorpusCoder(DocumentCoder.forCase(CASE)).code(s, null, null);
      docs = CaseDocuments.read(s.connection(), CaseDocuments.Filter.ALL);
    }
    qdpx = dir.resolve("flagship.qdpx");
    assertThat(Main.execute("export", "qdpx", store.getParent().toString(), "--to", qdpx.toString(),
        "--data", data.toString())).isZero();
  }

  private static void ingest(Path data, String folder, String names, String source, String format, String option)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("ingest"));
    try (Stream<Path> files = Files.list(data.resolve(folder))) {
      files.filter(f -> f.getFileName().toString().matches(names)).sorted()
          .forEach(f -> args.add(f.toString()));
    }
    args.addAll(List.of("--db", store.toString(), "--data", data.toString(), "--source", source, "--format", format,
        "--option", option));
    assertThat(Main.execute(args.toArray(String[]::new))).isZero();
  }

  @Test
  void everySelectionSlicesToItsCodedSentenceAndTheProjectValidates() throws Exception {
    // the store's own counts, as README states them: 13,494 documents, 21,090 sentences, 3,430 coded (lexicon 1.5.0)
    assertThat(docs).hasSize(13_494);
    assertThat(docs.stream().mapToInt(d -> d.sentences().size()).sum()).isEqualTo(21_090);
    QdpxProject p = ProjectReader.read(qdpx, TestData.file("refi-qda/Project.xsd"));
    List<String> expected = Packages.codedSentences(docs);
    assertThat(expected).hasSize(3_430);
    assertThat(Packages.selectedTexts(p)).isEqualTo(expected);
    // MID titles with emoji: code points and UTF-16 units differ there
    assertThat(expected).anyMatch(t -> t.codePointCount(0, t.length()) < t.length());
    assertThat(p.sources()).hasSize(13_494);
    assertThat(p.users().values()).containsExactly(MACHINE);
  }

  @Test
  void exportThenImportGivesBackEveryCodingUnchanged() throws Exception {
    Set<String> actors = Lexicon.withOverrides(CASE.resolve("lexicon")).actorCodes();
    QdpxImport.Result r = QdpxImport.read(qdpx, store, null, actors);
    Map<QdpxImport.SentenceRef, Labels> expected = new LinkedHashMap<>();
    for (CaseDocument d : docs) {
      d.sentences().stream().filter(s -> !s.machine().isEmpty())
          .forEach(s -> expected.put(new QdpxImport.SentenceRef(d.docId(), s.no()), s.machine()));
    }
    assertThat(r.problems()).isEmpty();
    assertThat(r.codings().get(MACHINE)).isEqualTo(expected);
    assertThat(List.of(r.sources(), r.documents().size(), r.selections(), r.selectionsMapped()))
        .containsExactly(13_494, 13_494, 3_430, 3_430);
    assertThat(r.codingsMapped()).isEqualTo(r.codingsRead()).isEqualTo(3_735);
  }

  @Test
  void importAsGoldRowsGivesEverySentenceItsCoding() throws Exception {
    Path gold = dir.resolve("gold-machine.tsv");
    assertThat(Main.execute("import", "qdpx", qdpx.toString(), "--case", CASE.toString(), "--out",
        store.getParent().toString(), "--coder", MACHINE, "--gold", gold.toString())).isZero();
    Map<String, CaseDocument.Sentence> byKey = new HashMap<>();
    docs.forEach(d -> d.sentences().forEach(s -> byKey.put(d.docFile() + "#" + s.no(), s)));
    List<GoldLabel> rows = GoldFile.readLabels(gold);
    // title-index entries are keyed by index file and line (2017.json:12), so no two documents share a key
    assertThat(byKey).hasSize(21_090);
    // one row per sentence of each document the coder coded something in, not of every document
    assertThat(rows).hasSize(docs.stream().filter(d -> d.sentences().stream().anyMatch(s -> !s.machine().isEmpty()))
        .mapToInt(d -> d.sentences().size()).sum()).hasSizeLessThan(21_090);
    for (GoldLabel g : rows) {
      Labels m = byKey.get(g.file() + "#" + g.sentenceNo()).machine();
      assertThat(new Labels(g.move(), g.desecuritizing(), g.sector(), g.threatSource())).isEqualTo(m);
    }
    assertThat(rows.stream().filter(GoldLabel::move).count()).isEqualTo(1_278);
  }
}
