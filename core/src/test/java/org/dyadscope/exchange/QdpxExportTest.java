package org.dyadscope.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadscope.TestData;
import org.dyadscope.code.lexicon.Lexicon;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdpxExportTest {
  @TempDir Path dir;

  private QdpxExport.Result export(Path store, Path target) throws Exception {
    return QdpxExport.project(store, target, CaseDocuments.Filter.ALL, Set.of("USA", "ISIL", "IRN"),
        QdpxExport.NO_REVIEWS, "small case", "dyadscope test");
  }

  @Test
  void guidsAreVersion5AndMatchTheRfcVector() {
    // RFC 4122 / Python uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com")
    assertThat(Guids.v5(java.util.UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .isEqualTo("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    assertThat(Guids.of("source", "ungd:RUS_72_2017")).isEqualTo(Guids.of("source", "ungd:RUS_72_2017"))
        .isNotEqualTo(Guids.of("source", "ungd:RUS_73_2018")).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void plainTextCountsCodePointsAndMakesLineEndsLf() {
    PlainText t = PlainText.of("a🎄b\r\nc\rd");
    assertThat(t.lf()).isEqualTo("a🎄b\nc\nd");
    // UTF-16: a=0, 🎄=1..2, b=3, CR=4, LF=5, c=6, CR=7, d=8
    assertThat(t.codePoint(3)).isEqualTo(2);
    assertThat(t.codePoint(6)).isEqualTo(4);
    assertThat(t.codePoint(8)).isEqualTo(6);
    assertThat(t.lfOffset(5)).isEqualTo(4);
    assertThat(PlainText.utf16("a🎄b", 2)).isEqualTo(3);
    assertThatThrownBy(() -> PlainText.utf16("a🎄b", 4)).hasMessageContaining("outside the text of 3 code points");
  }

  @Test
  void exportedSelectionsSliceToTheCodedSentencesAndTheProjectValidates() throws Exception {
    Path store = SmallStore.create(dir);
    Path qdpx = dir.resolve("small.qdpx");
    QdpxExport.Result r = export(store, qdpx);
    List<CaseDocument> docs;
    try (Store s = Store.openReadOnly(store)) {
      docs = CaseDocuments.read(s.connection(), CaseDocuments.Filter.ALL);
    }
    assertThat(r.documents()).isEqualTo(3);
    QdpxProject p = ProjectReader.read(qdpx, null);
    List<String> expected = Packages.codedSentences(docs);
    assertThat(Packages.selectedTexts(p)).isEqualTo(expected);
    assertThat(r.selections()).isEqualTo(expected.size());
    // the title's threat sentence starts with an emoji, after another one (each 1 code point, 2 UTF-16 units)
    assertThat(expected).contains("🎉 The threat of terrorism from ISIL endangers our people.",
        "The United States threatens the security of Iran with sanctions.");
    assertThat(r.users()).containsExactly("dyadscope coder " + Lexicon.builtIn().version());

    Map<String, byte[]> entries = Packages.entries(qdpx);
    assertThat(entries.keySet()).first().isEqualTo("project.qde");
    assertThat(entries.keySet()).allMatch(n -> n.equals("project.qde") || n.matches("sources/[0-9a-f-]{36}\\.txt"));
    byte[] qde = entries.get("project.qde");
    assertThat(new String(qde, 0, 5, StandardCharsets.UTF_8)).isEqualTo("<?xml"); // no byte-order mark
    String xml = new String(qde, StandardCharsets.UTF_8);
    assertThat(xml).doesNotContain("richTextPath").contains("plainTextPath=\"internal://");
    String crlfSource = new String(entries.get("sources/" + ProjectWriter.sourceGuid("docs:IRN_2019-05-01") + ".txt"),
        StandardCharsets.UTF_8);
    assertThat(crlfSource).isEqualTo(SmallStore.CRLF.replace("\r\n", "\n"));

    SchemaCheck.validate(qde, TestData.file("refi-qda/Project.xsd"), "project.qde");
  }

  @Test
  void twoExportsOfOneRunAreIdenticalByteForByte() throws Exception {
    Path store = SmallStore.create(dir);
    export(store, dir.resolve("a.qdpx"));
    export(store, dir.resolve("b.qdpx"));
    assertThat(Files.readAllBytes(dir.resolve("a.qdpx"))).isEqualTo(Files.readAllBytes(dir.resolve("b.qdpx")));
  }

  @Test
  void aBrokenProjectIsRejectedWithItsLine() throws Exception {
    Path store = SmallStore.create(dir);
    Path qdpx = dir.resolve("small.qdpx");
    export(store, qdpx);
    String xml = new String(Packages.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
    // a Description after the selections breaks the schema's element order
    String broken = xml.replaceFirst("(<PlainTextSelection [^>]*>)", "$1\n<Coding guid=\"not-a-guid\"/>");
    int line = (int) broken.substring(0, broken.indexOf("not-a-guid")).lines().count();
    Path schema = TestData.file("refi-qda/Project.xsd"); // skips here, not inside the lambda, without the data
    assertThatThrownBy(() -> SchemaCheck.validate(broken.getBytes(StandardCharsets.UTF_8), schema, "x.qdpx!project.qde"))
        .isInstanceOf(SchemaCheck.Invalid.class)
        .hasMessageStartingWith("x.qdpx!project.qde:" + line + ":")
        .hasMessageContaining("not-a-guid");
  }

  @Test
  void theCodebookAloneValidatesAgainstCodebookXsd() throws Exception {
    Path qdc = dir.resolve("codebook.qdc");
    int codes = QdpxExport.codebook(qdc, Set.of("USA", "ISIL"), "dyadscope test");
    // 2 moves x (1 + 5 sectors) + sector category with 5 + threat source category with 2
    assertThat(codes).isEqualTo(12 + 6 + 3);
    byte[] xml = Files.readAllBytes(qdc);
    assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"")
        .contains("name=\"threat source\" isCodable=\"false\"");
    SchemaCheck.validate(xml, TestData.file("refi-qda/Codebook.xsd"), "codebook.qdc");
  }
}
