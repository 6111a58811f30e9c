package org.dyadscope.collect.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyadscope.TestData;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.store.DocumentRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleIndexReaderTest {
  @TempDir Path dir;
  private final TitleIndexReader reader = new TitleIndexReader("RUS", "CC BY 4.0");

  @Test
  void kremlinSpeechIndexEntriesBecomeShortDocuments() throws IOException {
    RecordingSink s = new RecordingSink();
    long n = reader.read(TestData.file("kremlin/kremlin_speeches_index/2012.json"), "kremlin",
        "kremlin/kremlin_speeches_index/2012.json", s);
    assertThat(n).isEqualTo(63);
    assertThat(s.documents).hasSize(63);
    assertThat(s.quarantined).isEmpty();
    DocumentRow first = s.documents.get(0);
    assertThat(first.docId()).isEqualTo("kremlin:2012-1");
    assertThat(first.speaker()).isEqualTo("RUS");
    assertThat(first.docDate()).isEqualTo(LocalDate.of(2012, 10, 18));
    assertThat(first.year()).isEqualTo(2012);
    assertThat(first.url()).isEqualTo("http://en.kremlin.ru/events/president/transcripts/speeches/16681");
    assertThat(first.licence()).isEqualTo("CC BY 4.0");
    // the snippet only repeats the (cut-off) title: the text is the title alone
    assertThat(first.text()).isEqualTo("Congratulations on the new Russian Amateur Hockey League’s season");
    assertThat(first.line()).isEqualTo(1);
    // "Events\nReception marking National Unity Day\nVladimir Putin c": the cut-off word is dropped
    assertThat(s.documents.get(2).text()).isEqualTo("Reception marking National Unity Day\nVladimir Putin");
  }

  @Test
  void midIndexTitlesLoseTheirCutOffUrls() throws IOException {
    RecordingSink s = new RecordingSink();
    assertThat(reader.read(TestData.file("kremlin/mid_ru_index/2017.json"), "mid", "mid/2017.json", s))
        .isEqualTo(2541);
    assertThat(s.documents).hasSize(2540);
    // entry 2090's title is only a cut-off link: nothing to code, quarantined, not loaded empty
    assertThat(s.quarantined).singleElement().satisfies(q -> {
      assertThat(q.line()).isEqualTo(2090);
      assertThat(q.reason()).isEqualTo("entry 2090: the title (\"t\") is only links or markup, no text to code");
    });
    DocumentRow visa = s.documents.get(1);
    assertThat(visa.title()).isEqualTo("new entry visa formalities for russian citizens travelling to rwanda");
    assertThat(visa.url()).isNull();
    assertThat(s.documents.get(3).title()).isEqualTo(
        "press release on deputy foreign minister mikhail bogdanov’s meeting with iranian ambassador to russia mehdi sanai");
    assertThat(s.documents).filteredOn(d -> d.text().contains("http") || d.text().endsWith(" htt"))
        .extracting(DocumentRow::text).isEmpty();
  }

  @Test
  void badEntriesAreQuarantinedAndANonArrayFileFails() throws IOException {
    Path f = Files.writeString(dir.resolve("2020.json"), """
        [{"t":"Meeting on security","d":"2020-01-02","s":"Events\\nMeeting on security"},
         {"d":"2020-01-03","s":"x"},
         {"t":"Talks","d":"03.01.2020"},
         7]
        """);
    RecordingSink s = new RecordingSink();
    assertThat(reader.read(f, "k", "k/2020.json", s)).isEqualTo(4);
    assertThat(s.documents).singleElement().satisfies(d -> assertThat(d.docId()).isEqualTo("k:2020-1"));
    assertThat(s.quarantined).extracting(RecordingSink.Rejected::reason).containsExactly(
        "entry 2 has no title (\"t\")", "entry 3: date \"d\" is '03.01.2020', expected YYYY-MM-DD",
        "entry 4 is not a JSON object");
    assertThat(s.quarantined.get(0).line()).isEqualTo(2);
    // a title cut in the middle of an emoji: half a surrogate pair becomes U+FFFD, counted
    Path emoji = Files.writeString(dir.resolve("2021.json"), "[{\"t\":\"talks \\ud83c\",\"d\":\"2021-01-01\"}]");
    RecordingSink e = new RecordingSink();
    reader.read(emoji, "k", "k/2021.json", e);
    assertThat(e.documents).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("talks \uFFFD");
      assertThat(d.replacementChars()).isEqualTo(1);
    });
    Path obj = Files.writeString(dir.resolve("o.json"), "{\"t\": 1}");
    assertThatThrownBy(() -> reader.read(obj, "k", "k/o.json", new RecordingSink()))
        .hasMessageContaining("k/o.json: expected a JSON array");
    Path cut = Files.writeString(dir.resolve("c.json"), "[{\"t\":\"a\",\"d\":\"2020-01-01\"},{\"t\":");
    assertThatThrownBy(() -> reader.read(cut, "k", "k/c.json", new RecordingSink()))
        .hasMessageContaining("k/c.json: not valid JSON at line 1");
  }
}
