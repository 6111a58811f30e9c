package org.dyadscope.collect.ungd;

import org.dyadscope.collect.RecordingSink;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyadscope.TestData;
import org.dyadscope.store.DocumentRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UngdReaderTest {
  private final UngdReader reader = new UngdReader("CC0 1.0");

  @TempDir Path dir;

  @Test
  void loadsTheFortyFourSpeechesAndQuarantinesTheReadme() throws IOException {
    Path folder = TestData.file("ungd");
    RecordingSink sink = new RecordingSink();
    long read = 0;
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.sorted().toList();
    }
    for (Path f : files) {
      read += reader.read(f, "ungd", "ungd/" + f.getFileName(), sink);
    }
    // 4 speakers (RUS, IRN, USA, CHN) x sessions 67..77, plus README.txt
    assertThat(sink.documents).hasSize(44);
    assertThat(sink.quarantined).singleElement()
        .satisfies(q -> assertThat(q.raw()).isEqualTo("README.txt"));
    assertThat(read).isEqualTo(sink.total()).isEqualTo(45);
    assertThat(sink.documents).allSatisfy(d -> {
      assertThat(d.text()).doesNotStartWith("\uFEFF");
      assertThat(d.replacementChars()).isZero();
      assertThat(d.year()).isEqualTo(d.session() + 1945);
    });
  }

  @Test
  void russia2015SpeechHasItsMetadataAndText() throws IOException {
    Path f = TestData.file("ungd/RUS_70_2015.txt");
    RecordingSink sink = new RecordingSink();
    assertThat(reader.read(f, "ungd", "ungd/RUS_70_2015.txt", sink)).isEqualTo(1);
    DocumentRow d = sink.documents.get(0);
    assertThat(d.docId()).isEqualTo("ungd:RUS_70_2015");
    assertThat(d.source()).isEqualTo("ungd");
    assertThat(d.speaker()).isEqualTo("RUS");
    assertThat(d.session()).isEqualTo(70);
    assertThat(d.year()).isEqualTo(2015);
    assertThat(d.docDate()).isNull();
    assertThat(d.title()).isEqualTo("UN General Debate, session 70 (2015): RUS");
    assertThat(d.licence()).isEqualTo("CC0 1.0");
    assertThat(d.file()).isEqualTo("ungd/RUS_70_2015.txt");
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.text()).startsWith("The seventieth anniversary of the United Nations")
        .contains("at the meeting in Yalta of the leaders of the coalition against Hitler");
  }

  @Test
  void realBomFileLosesItsBom() throws IOException {
    Path f = TestData.file("ungd/RUS_67_2012.txt");
    assertThat(Files.readAllBytes(f)).startsWith(0xEF, 0xBB, 0xBF);
    RecordingSink sink = new RecordingSink();
    reader.read(f, "ungd", "ungd/RUS_67_2012.txt", sink);
    assertThat(sink.documents.get(0).text()).doesNotStartWith("\uFEFF").startsWith("For over a year and a half, the situa");
  }

  @Test
  void utf8BomFileDecodesAndIsNfcNormalised() throws IOException {
    byte[] body = "Cafe\u0301 in Gene\u0300ve".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path f = Files.write(dir.resolve("FRA_70_2015.txt"), bytes);
    RecordingSink sink = new RecordingSink();
    reader.read(f, "ungd", "FRA_70_2015.txt", sink);
    assertThat(sink.documents.get(0).text()).isEqualTo("Café in Genève");
    assertThat(sink.documents.get(0).replacementChars()).isZero();
  }

  @Test
  void windows1252FileDecodesCurlyQuotesAndDashes() throws IOException {
    // "Côte d’Ivoire – peace" in Windows-1252: ô = F4, ’ = 92, – = 96 (0x92/0x96 are C1 controls in Latin-1)
    byte[] bytes = {'C', (byte) 0xF4, 't', 'e', ' ', 'd', (byte) 0x92, 'I', 'v', 'o', 'i', 'r', 'e',
        ' ', (byte) 0x96, ' ', 'p', 'e', 'a', 'c', 'e'};
    Path f = Files.write(dir.resolve("CIV_70_2015.txt"), bytes);
    RecordingSink sink = new RecordingSink();
    reader.read(f, "ungd", "CIV_70_2015.txt", sink);
    assertThat(sink.documents.get(0).text()).isEqualTo("Côte d’Ivoire – peace");
    assertThat(sink.documents.get(0).replacementChars()).isZero();
    assertThat(SpeechText.decode(bytes).charset()).isEqualTo("windows-1252");
  }

  @Test
  void undefinedWindows1252BytesAreCountedAsReplacements() {
    // 0x81 and 0x8D are undefined in Windows-1252; 0xE9 alone is invalid UTF-8 (forces the fallback)
    SpeechText t = SpeechText.decode(new byte[] {'a', (byte) 0x81, 'b', (byte) 0x8D, (byte) 0xE9});
    assertThat(t.charset()).isEqualTo("windows-1252");
    assertThat(t.text()).isEqualTo("a\uFFFDb\uFFFDé");
    assertThat(t.replacementChars()).isEqualTo(2);
  }

  @Test
  void utf16FileWithBomDecodes() {
    SpeechText t = SpeechText.decode("\uFEFFPeace".getBytes(StandardCharsets.UTF_16LE));
    assertThat(t.text()).isEqualTo("Peace");
  }

  @Test
  void emptyFileIsQuarantined() throws IOException {
    Path f = Files.write(dir.resolve("RUS_70_2015.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF, '\r', '\n'});
    RecordingSink sink = new RecordingSink();
    assertThat(reader.read(f, "ungd", "RUS_70_2015.txt", sink)).isEqualTo(1);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.quarantined).singleElement().satisfies(q -> {
      assertThat(q.line()).isEqualTo(1);
      assertThat(q.reason()).contains("holds no text").contains("ISO3_session_year.txt");
    });
  }

  @Test
  void badlyNamedFilesAreQuarantined() throws IOException {
    for (String name : List.of("russia_2015.txt", "RUS_70_2016.txt", "rus_70_2015.txt",
        "RUS_70_2015.TXT", "RUS-70-2015.txt")) {
      Path f = Files.writeString(dir.resolve(name), "Some speech.");
      RecordingSink sink = new RecordingSink();
      assertThat(reader.read(f, "ungd", name, sink)).isEqualTo(1);
      assertThat(sink.documents).as(name).isEmpty();
      assertThat(sink.quarantined).as(name).singleElement().satisfies(q -> {
        assertThat(q.line()).isEqualTo(1);
        assertThat(q.reason()).contains("ISO3_session_year.txt").contains(name);
      });
    }
  }

  @Test
  void fileNameParsesSpeakerSessionAndYear() {
    assertThat(UngdFileName.parse("USA_1_1946.txt"))
        .contains(new UngdFileName("USA", 1, 1946));
    assertThat(UngdFileName.parse("USA_0_1945.txt")).isEmpty();
    assertThat(new UngdFileName("IRN", 77, 2022).docId()).isEqualTo("ungd:IRN_77_2022");
  }
}
