package org.dyadscope.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.TestData;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.gold.GoldLabel;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdpxImportTest {
  private static final String MACHINE = "dyadscope coder dyadscope-lexicon-1.4.2";
  private static final String JANE = "b2a4f1c0-1111-4a2b-8c3d-000000000001";
  private static final String CRLF_SOURCE = "9F3C1A22-5D7E-4B1A-9C2E-3A4B5C6D7E8F";
  @TempDir Path dir;

  private static List<CaseDocument> docs(Path store) throws Exception {
    try (Store s = Store.openReadOnly(store)) {
      return CaseDocuments.read(s.connection(), CaseDocuments.Filter.ALL);
    }
  }

  @Test
  void exportThenImportGivesBackEveryCodingUnchanged() throws Exception {
    Path store = SmallStore.create(dir);
    Path qdpx = dir.resolve("small.qdpx");
    QdpxExport.project(store, qdpx, CaseDocuments.Filter.ALL, Set.of("USA"), QdpxExport.NO_REVIEWS, "small", "test");
    QdpxImport.Result r = QdpxImport.read(qdpx, store, TestData.file("refi-qda/Project.xsd"), Set.of("USA"));
    Map<QdpxImport.SentenceRef, Labels> expected = new LinkedHashMap<>();
    for (CaseDocument d : docs(store)) {
      d.sentences().stream().filter(s -> !s.machine().isEmpty())
          .forEach(s -> expected.put(new QdpxImport.SentenceRef(d.docId(), s.no()), s.machine()));
    }
    assertThat(r.problems()).isEmpty();
    assertThat(r.codings().keySet()).containsExactly(MACHINE);
    assertThat(r.codings().get(MACHINE)).isEqualTo(expected);
    assertThat(expected.get(new QdpxImport.SentenceRef("docs:IRN_2019-05-01", 2)))
        .isEqualTo(new Labels(true, false, "economic", "USA")); // sanctions: the economic sector
    assertThat(r.selectionsMapped()).isEqualTo(r.selections()).isEqualTo(expected.size());
    assertThat(r.codingsMapped()).isEqualTo(r.codingsRead());
  }

  /** A project as the standard's example writes one: upper-case Sources/, braced upper-case GUIDs, CR LF text. */
  private Path handMade(Path store) throws Exception {
    String xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Hand coded" origin="A CAQDAS tool" creatingUserGUID="{%1$s}">
          <Users><User guid="{%1$s}" name="Jane Coder"/></Users>
          <CodeBook><Codes>
            <Code guid="0A000000-0000-4000-8000-000000000001" name="Securitizing Move" isCodable="true">
              <Code guid="0A000000-0000-4000-8000-000000000002" name="Military" isCodable="true"/>
            </Code>
            <Code guid="0A000000-0000-4000-8000-000000000003" name="Desecuritizing move" isCodable="true"/>
            <Code guid="0A000000-0000-4000-8000-000000000004" name="Threat source" isCodable="false">
              <Code guid="0A000000-0000-4000-8000-000000000005" name="USA" isCodable="true"/>
            </Code>
            <Code guid="0A000000-0000-4000-8000-000000000006" name="Interesting" isCodable="true"/>
          </Codes></CodeBook>
          <Sources>
            <TextSource guid="{%2$s}" name="IRN note" plainTextPath="internal://%2$s.txt">
              <PlainTextSelection guid="0B000000-0000-4000-8000-000000000001" startPosition="18" endPosition="82" creatingUser="{%1$s}">
                <Coding guid="0C000000-0000-4000-8000-000000000001" creatingUser="{%1$s}"><CodeRef targetGUID="0A000000-0000-4000-8000-000000000002"/></Coding>
                <Coding guid="0C000000-0000-4000-8000-000000000002" creatingUser="{%1$s}"><CodeRef targetGUID="0A000000-0000-4000-8000-000000000005"/></Coding>
                <Coding guid="0C000000-0000-4000-8000-000000000003" creatingUser="{%1$s}"><CodeRef targetGUID="0A000000-0000-4000-8000-000000000006"/></Coding>
              </PlainTextSelection>
            </TextSource>
            <TextSource guid="0D000000-0000-4000-8000-000000000002" name="MID title">
              <PlainTextContent>%3$s</PlainTextContent>
              <PlainTextSelection guid="0B000000-0000-4000-8000-000000000002" startPosition="30" endPosition="87">
                <Coding guid="0C000000-0000-4000-8000-000000000004" creatingUser="{%1$s}"><CodeRef targetGUID="0A000000-0000-4000-8000-000000000001"/></Coding>
              </PlainTextSelection>
            </TextSource>
            <TextSource guid="0D000000-0000-4000-8000-000000000003" name="Speech" plainTextPath="internal://speech.txt">
              <PlainTextSelection guid="0B000000-0000-4000-8000-000000000003" startPosition="111" endPosition="130">
                <Coding guid="0C000000-0000-4000-8000-000000000005" creatingUser="{%1$s}"><CodeRef targetGUID="0A000000-0000-4000-8000-000000000003"/></Coding>
              </PlainTextSelection>
            </TextSource>
            <TextSource guid="0D000000-0000-4000-8000-000000000004" name="Not in the case">
              <PlainTextContent>Some other text.</PlainTextContent>
            </TextSource>
          </Sources>
        </Project>
        """.formatted(JANE, CRLF_SOURCE, SmallStore.EMOJI);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("Project.qde", Packages.utf8(xml.replace("\n", "\r\n")));
    entries.put("Sources/" + CRLF_SOURCE + ".txt", Packages.utf8("\uFEFF" + SmallStore.CRLF));
    entries.put("Sources/speech.txt", Packages.utf8(SmallStore.SPEECH));
    return Packages.write(dir.resolve("hand.qdpx"), entries);
  }

  @Test
  void aHandMadeProjectInTheStandardsStyleImports() throws Exception {
    Path store = SmallStore.create(dir);
    QdpxImport.Result r = QdpxImport.read(handMade(store), store, TestData.file("refi-qda/Project.xsd"), Set.of("USA"));
    assertThat(r.codings().keySet()).containsExactly("Jane Coder");
    assertThat(r.codings().get("Jane Coder")).containsExactly(
        Map.entry(new QdpxImport.SentenceRef("docs:IRN_2019-05-01", 2), new Labels(true, false, "military", "USA")),
        Map.entry(new QdpxImport.SentenceRef("mid:2016-10", 2), new Labels(true, false, "", "")),
        Map.entry(new QdpxImport.SentenceRef("ungd:RUS_72_2017", 2), new Labels(false, true, "", "")));
    assertThat(r.problems()).containsExactly(
        "source 'Not in the case': its text matches no document of the case; its 0 selections are not imported",
        "code 'Interesting': 1 codings of a code the codebook does not know; not imported (map it to a codebook code in the tool)");
    assertThat(List.of(r.sources(), r.selections(), r.selectionsMapped(), r.codingsRead(), r.codingsMapped()))
        .containsExactly(4, 3, 3, 5, 4);

    // as gold rows: every sentence of the three matched documents, read back by the gold-set reader
    List<String> problems = new ArrayList<>();
    Path gold = dir.resolve("gold/jane.tsv");
    GoldRows.write(gold, GoldRows.rows(r.documents(), r.codings().get("Jane Coder"), problems));
    assertThat(problems).isEmpty();
    List<GoldLabel> labels = GoldFile.readLabels(gold);
    assertThat(labels).hasSize(3 + 3 + 3).contains(
        new GoldLabel("IRN_2019-05-01.txt", 2, true, false, "military", "USA"),
        new GoldLabel("IRN_2019-05-01.txt", 1, false, false, "", ""),
        new GoldLabel("RUS_72_2017.txt", 2, false, true, "", ""));
  }

  @Test
  void twoSectorsOnOneSentenceAreReportedNotGuessed() {
    assertThatThrownBy(() -> new Labels(true, false, "military", "").with(new Labels(true, false, "economic", "")))
        .hasMessage("two sectors, military and economic");
    assertThat(new Labels(true, false, "military", "").with(new Labels(false, false, "", "USA")))
        .isEqualTo(new Labels(true, false, "military", "USA"));
  }

  @Test
  void zipSlipIsRefused() throws Exception {
    for (String bad : List.of("../evil.txt", "sources/../../evil.txt", "/etc/passwd", "C:/evil.txt", "..\\evil.txt")) {
      Path zip = Packages.write(dir.resolve("slip.qdpx"), Map.of("project.qde", Packages.utf8("<x/>"), bad,
          Packages.utf8("x")));
      assertThatThrownBy(() -> SafeZip.open(zip)).hasMessageContaining("points outside the package")
          .hasMessageContaining(bad);
    }
  }

  @Test
  void aZipBombIsRefusedAtTheStatedCap() throws Exception {
    // 4 MiB of zeros deflate to a few KiB
    Path zip = Packages.write(dir.resolve("bomb.qdpx"), Map.of("project.qde", new byte[4 << 20]));
    assertThat(Files.size(zip)).isLessThan(64 << 10);
    try (SafeZip z = SafeZip.open(zip, 1 << 20, 8 << 20)) {
      assertThatThrownBy(() -> z.read("project.qde"))
          .hasMessageContaining("inflates past the cap of 1048576 bytes per entry");
    }
    try (SafeZip z = SafeZip.open(zip, 8 << 20, 1 << 20)) {
      assertThatThrownBy(() -> z.read("project.qde")).hasMessageContaining("past the cap of 1048576 bytes in all");
    }
  }

  @Test
  void notAZipNoProjectAndASchemaFailureAreRefused() throws Exception {
    Path store = SmallStore.create(dir);
    Path text = Files.writeString(dir.resolve("plain.qdpx"), "just text");
    assertThatThrownBy(() -> ProjectReader.read(text, null)).hasMessageContaining("not a zip file");
    Path empty = Packages.write(dir.resolve("empty.qdpx"), Map.of("sources/a.txt", Packages.utf8("a")));
    assertThatThrownBy(() -> ProjectReader.read(empty, null)).hasMessageContaining("no project.qde in the package");
    String bad = "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">\n"
        + "<Sources><TextSource guid=\"zzz\"/></Sources></Project>";
    Path invalid = Packages.write(dir.resolve("invalid.qdpx"), Map.of("project.qde", bad.getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> QdpxImport.read(invalid, store, TestData.file("refi-qda/Project.xsd"), Set.of()))
        .isInstanceOf(SchemaCheck.Invalid.class).hasMessageStartingWith(invalid + "!project.qde:3:")
        .hasMessageContaining("zzz");
  }
}
