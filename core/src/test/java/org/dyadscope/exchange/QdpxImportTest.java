package org.dyadscope.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.TestData;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.gold.GoldLabel;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.review.Hashes;
import org.dyadscope.review.Review;
import org.dyadscope.review.ReviewLog;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdpxImportTest {
  // the machine coder is a project user named after the lexicon version it coded with
  private static final String MACHINE = "dyadscope coder " + Lexicon.builtIn().version();
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
    Path gold = dir.resolve("gold/jane.tsv");
    GoldRows.write(gold, GoldRows.rows(r.documents(), r.codings().get("Jane Coder")));
    List<GoldLabel> labels = GoldFile.readLabels(gold);
    assertThat(labels).hasSize(3 + 3 + 3).contains(
        new GoldLabel("IRN_2019-05-01.txt", 2, true, false, "military", "USA"),
        new GoldLabel("IRN_2019-05-01.txt", 1, false, false, "", ""),
        new GoldLabel("RUS_72_2017.txt", 2, false, true, "", ""));
  }

  @Test
  void reviewersAreExportedAsUsersAndAPersonsCodingImportsAsReviews() throws Exception {
    Path store = SmallStore.create(dir);
    List<CaseDocument> docs = docs(store);
    CaseDocument speech = docs.stream().filter(d -> d.docId().equals("ungd:RUS_72_2017")).findFirst().orElseThrow();
    CaseDocument.Sentence first = speech.sentences().get(0);
    CaseDocument.Sentence third = speech.sentences().get(2);
    ReviewLog log = new ReviewLog(ReviewLog.besideStore(store));
    Instant t = Instant.parse("2026-01-02T03:04:05Z");
    // Ann first agrees with sentence 1, then changes her mind (the latest row wins); she adds a move to sentence 3
    log.append(new Review(t, "Ann Analyst", "RUS_72_2017.txt", "key-ungd:RUS_72_2017", 1, Hashes.sha256(first.text()),
        true, false, "military", "", true, false, "military", "", "browser", ""));
    log.append(new Review(t, "Ann Analyst", "RUS_72_2017.txt", "key-ungd:RUS_72_2017", 1, Hashes.sha256(first.text()),
        true, false, "societal", "", true, false, "military", "", "browser", ""));
    log.append(new Review(t, "Ann Analyst", "RUS_72_2017.txt", "key-ungd:RUS_72_2017", 3, Hashes.sha256(third.text()),
        true, false, "", "", false, false, "", "", "browser", ""));
    // a review of a sentence the run no longer has (its text changed) is not exported
    log.append(new Review(t, "Bob", "RUS_72_2017.txt", "key-ungd:RUS_72_2017", 2, Hashes.sha256("another text"),
        true, false, "", "", false, true, "", "", "browser", ""));
    Reviews reviews = Reviews.of(log.read().rows());
    Path qdpx = dir.resolve("reviewed.qdpx");
    QdpxExport.Result e = QdpxExport.project(store, qdpx, CaseDocuments.Filter.ALL, Set.of(), reviews::codings, "s", "t");
    assertThat(List.of(reviews.total(), reviews.current())).containsExactly(3, 2);
    assertThat(e.users()).containsExactly(MACHINE, "Ann Analyst");

    QdpxImport.Result r = QdpxImport.read(qdpx, store, TestData.file("refi-qda/Project.xsd"), Set.of());
    Map<QdpxImport.SentenceRef, Labels> ann = r.codings().get("Ann Analyst");
    assertThat(ann).containsExactly(
        Map.entry(new QdpxImport.SentenceRef("ungd:RUS_72_2017", 1), new Labels(true, false, "societal", "")),
        Map.entry(new QdpxImport.SentenceRef("ungd:RUS_72_2017", 3), new Labels(true, false, "", "")));

    // back as reviews: one per sentence Ann or the coder coded, with the coder's labels beside hers
    List<Review> back = Reviews.imported("Ann Analyst", r.documents(), ann, "qdpx:reviewed.qdpx", t);
    assertThat(back).extracting(Review::docFile, Review::sentenceNo, Review::move, Review::sector, Review::machineSector)
        .containsExactly(tuple("IRN_2019-05-01.txt", 2, false, "", "economic"),
            tuple("2016.json", 2, false, "", "military"),
            tuple("RUS_72_2017.txt", 1, true, "societal", "military"),
            tuple("RUS_72_2017.txt", 2, false, "", "military"),
            tuple("RUS_72_2017.txt", 3, true, "", ""));
    assertThat(back).allMatch(rv -> rv.source().equals("qdpx:reviewed.qdpx"));
    assertThat(ReviewLog.goldRows(back, "Ann Analyst")).contains("RUS_72_2017.txt\t1\t1\t0\tsocietal\t");
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
    Path schema = TestData.file("refi-qda/Project.xsd"); // skips here, not inside the lambda, without the data
    assertThatThrownBy(() -> QdpxImport.read(invalid, store, schema, Set.of()))
        .isInstanceOf(SchemaCheck.Invalid.class).hasMessageStartingWith(invalid + "!project.qde:3:")
        .hasMessageContaining("zzz");
  }
}
