package org.dyadscope.collect.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dyadscope.TestData;
import org.dyadscope.collect.FileLoader;
import org.dyadscope.collect.FileResult;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFileReaderTest {
  @TempDir Path dir;
  private final DocumentFileReader reader = new DocumentFileReader(null, null);

  private RecordingSink read(Path f) throws IOException {
    RecordingSink sink = new RecordingSink();
    long n = reader.read(f, "docs", "docs/" + f.getFileName(), sink);
    assertThat(n).isEqualTo(sink.documents.size() + sink.quarantined.size());
    return sink;
  }

  private DocumentRow one(Path f) throws IOException {
    RecordingSink s = read(f);
    assertThat(s.quarantined).isEmpty();
    assertThat(s.documents).hasSize(1);
    return s.documents.get(0);
  }

  @Test
  void htmlGivesVisibleTextInBlocksWithTitleAndNameMetadata() throws IOException {
    Path f = Files.writeString(dir.resolve("RUS_2019-03-01_statement.html"), """
        <!DOCTYPE html><html><head><title>Statement on NATO</title>
        <style>p { color: red }</style><script>var threat = 1;</script></head>
        <body><h1>Statement</h1><p>NATO’s   expansion
        threatens our security.</p><noscript>Enable JavaScript</noscript>
        <ul><li>First point</li><li>Second&nbsp;point</li></ul>Tail<br>line</body></html>
        """);
    DocumentRow d = one(f);
    assertThat(d.docId()).isEqualTo("docs:RUS_2019-03-01_statement");
    assertThat(d.speaker()).isEqualTo("RUS");
    assertThat(d.docDate()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(d.year()).isEqualTo(2019);
    assertThat(d.title()).isEqualTo("Statement on NATO");
    assertThat(d.text()).isEqualTo("Statement\nNATO’s expansion threatens our security.\nFirst point\n"
        + "Second point\nTail\nline"); // jsoup shows &nbsp; as a plain space
    assertThat(d.replacementChars()).isZero();
    assertThat(d.file()).isEqualTo("docs/RUS_2019-03-01_statement.html");
  }

  @Test
  void windows1252FallbackNotLatin1AndDeclaredCharsets() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    // 0x93/0x94 are curly quotes in Windows-1252 (C1 controls in Latin-1); 0x81 is undefined there
    Path txt = Files.write(dir.resolve("IRN_2015_note.txt"),
        "We reject the \u201Cso-called\u201D threat \u2014 caf\u00E9.".getBytes(cp1252));
    DocumentRow t = one(txt);
    assertThat(t.text()).isEqualTo("We reject the “so-called” threat — café.");
    assertThat(t.replacementChars()).isZero();
    assertThat(t.speaker()).isEqualTo("IRN");
    assertThat(t.year()).isEqualTo(2015);
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', ' ', (byte) 0x81, ' ', (byte) 0xE9});
    assertThat(one(bad).text()).isEqualTo("a \uFFFD é");
    assertThat(one(bad).replacementChars()).isEqualTo(1);
    // an HTML page declaring windows-1251 (Russian) is read in that charset, not as Windows-1252
    byte[] ru = "<html><head><meta charset=\"windows-1251\"></head><body><p>Угроза НАТО</p></body></html>"
        .getBytes(Charset.forName("windows-1251"));
    assertThat(one(Files.write(dir.resolve("ru.html"), ru)).text()).isEqualTo("Угроза НАТО");
  }

  @Test
  void utf8BomAndNfc() throws IOException {
    byte[] body = "Cafe\u0301 and Co\u0302te d’Ivoire".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    DocumentRow d = one(Files.write(dir.resolve("x.txt"), withBom));
    assertThat(d.text()).isEqualTo("Café and Côte d’Ivoire");
    assertThat(d.speaker()).isNull();
    assertThat(d.title()).isEqualTo("x");
    assertThat(d.licence()).isNull();
  }

  @Test
  void theSourceLicenceHoldsWhereTheSidecarStatesNone() throws IOException {
    DocumentFileReader licensed = new DocumentFileReader("RUS", "CC BY 4.0");
    Path f = Files.writeString(dir.resolve("a.txt"), "Terrorism threatens us all.");
    RecordingSink sink = new RecordingSink();
    licensed.read(f, "docs", "a.txt", sink);
    assertThat(sink.documents.get(0).licence()).isEqualTo("CC BY 4.0");
    Path g = Files.writeString(dir.resolve("b.txt"), "Dialogue is the way.");
    Files.writeString(dir.resolve("b.txt.meta.json"), "{\"licence\": \"CC0 1.0\"}");
    licensed.read(g, "docs", "b.txt", sink);
    assertThat(sink.documents.get(1).licence()).isEqualTo("CC0 1.0");
  }

  @Test
  void sidecarOverridesTheFileNameAndABadSidecarQuarantinesItsDocument() throws IOException {
    Path f = Files.writeString(dir.resolve("RUS_2019_speech.txt"), "Terrorism threatens us all.");
    Files.writeString(dir.resolve("RUS_2019_speech.txt.meta.json"),
        "{\"speaker\": \"irn\", \"date\": \"2020-05\", \"title\": \"A speech\", \"url\": \"https://x.org/1\","
            + " \"licence\": \"CC BY 4.0\"}");
    DocumentRow d = one(f);
    assertThat(d.speaker()).isEqualTo("IRN");
    assertThat(d.year()).isEqualTo(2020);
    assertThat(d.docDate()).isNull();
    assertThat(d.title()).isEqualTo("A speech");
    assertThat(d.url()).isEqualTo("https://x.org/1");
    assertThat(d.licence()).isEqualTo("CC BY 4.0");
    // the sidecar itself is metadata: no rows
    assertThat(reader.read(dir.resolve("RUS_2019_speech.txt.meta.json"), "docs", "m", new RecordingSink()))
        .isZero();
    Path g = Files.writeString(dir.resolve("g.txt"), "text");
    Files.writeString(dir.resolve("g.txt.meta.json"), "{\"date\": \"13/2020\"}");
    RecordingSink s = read(g);
    assertThat(s.documents).isEmpty();
    assertThat(s.quarantined).singleElement().satisfies(q ->
        assertThat(q.reason()).isEqualTo("g.txt: bad sidecar: g.txt.meta.json: date '13/2020' is not YYYY, YYYY-MM or YYYY-MM-DD"));
  }

  @Test
  void binaryEmptyAndBrokenFilesAreOneQuarantinedRowEach() throws IOException {
    RecordingSink bin = read(Files.write(dir.resolve("image.dat"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}));
    assertThat(bin.quarantined).singleElement().satisfies(q -> assertThat(q.reason())
        .isEqualTo("image.dat: not a text document (binary content: NUL bytes); expected .txt, .html or .pdf"));
    RecordingSink empty = read(Files.writeString(dir.resolve("empty.html"), "<html><body> <script>x()</script></body></html>"));
    assertThat(empty.quarantined).singleElement().satisfies(q ->
        assertThat(q.reason()).isEqualTo("empty.html: no text after extraction (empty document)"));
    RecordingSink notPdf = read(Files.writeString(dir.resolve("fake.pdf"), "this is not a PDF"));
    assertThat(notPdf.quarantined).singleElement().satisfies(q ->
        assertThat(q.reason()).startsWith("fake.pdf: not a readable PDF ("));
  }

  private Path pdf(String name, String line, String userPassword) throws IOException {
    Path p = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(line);
        cs.endText();
      }
      doc.getDocumentInformation().setTitle("Test PDF");
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(p.toFile());
    }
    return p;
  }

  @Test
  void pdfTextAndEncryptedPdfQuarantined() throws IOException {
    DocumentRow d = one(pdf("USA_2017-09-19_speech.pdf", "The regime threatens the world.", null));
    assertThat(d.text()).isEqualTo("The regime threatens the world.");
    assertThat(d.title()).isEqualTo("Test PDF");
    assertThat(d.speaker()).isEqualTo("USA");
    RecordingSink locked = read(pdf("locked.pdf", "secret", "user-password"));
    assertThat(locked.documents).isEmpty();
    assertThat(locked.quarantined).singleElement().satisfies(q -> assertThat(q.reason())
        .isEqualTo("locked.pdf: encrypted PDF (password-protected); decrypt it or remove it"));
  }

  @Test
  void realPdfAndHtmlFromThePloverCodebook() throws IOException {
    DocumentRow pdf = one(TestData.file("plover/PLOVER_MANUAL.pdf"));
    assertThat(pdf.text()).contains("PLOVER");
    assertThat(pdf.text().length()).isGreaterThan(50_000);
    assertThat(pdf.replacementChars()).isZero();
    DocumentRow html = one(TestData.file("plover/plover_reference.html"));
    assertThat(html.text()).contains("PLOVER").doesNotContain("<");
  }

  @Test
  void aFolderLoadsIntoTheStoreWithItsBadFilesCountedInProvenance() throws Exception {
    Path ok = Files.writeString(dir.resolve("RUS_2020_a.txt"), "NATO threatens Russia.");
    Path locked = pdf("RUS_2020_b.pdf", "secret", "pw");
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      FileResult a = FileLoader.load(store, reader, ok, "docs/RUS_2020_a.txt", "docs");
      FileResult b = FileLoader.load(store, reader, locked, "docs/RUS_2020_b.pdf", "docs");
      assertThat(a.rowsLoaded()).isEqualTo(1);
      assertThat(b.rowsRead()).isEqualTo(1);
      assertThat(b.rowsQuarantined()).isEqualTo(1);
      try (var st = store.connection().createStatement();
          var rs = st.executeQuery("SELECT count(*), min(speaker), min(year) FROM documents")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
        assertThat(rs.getString(2)).isEqualTo("RUS");
        assertThat(rs.getInt(3)).isEqualTo(2020);
      }
    }
  }
}
