package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyadscope.store.DocumentIdentity.Comparison;
import org.dyadscope.store.DocumentIdentity.Meta;
import org.dyadscope.store.DocumentIdentity.Relation;
import org.junit.jupiter.api.Test;

class DocumentIdentityTest {
  private static DocumentRow doc(String id, String text, LocalDate date, String url, boolean entry) {
    return new DocumentRow(id, "s", "RUS", null, date == null ? null : date.getYear(), date, null, url,
        text, 0, "f", 1, null, entry);
  }

  private static Meta meta(String speaker, Integer session, Integer year, LocalDate date, String title) {
    return new Meta("ungd:RUS_78_2023", "ungd/RUS_78_2023.txt", speaker, session, year, date, title);
  }

  @Test
  void bomNfcWhitespaceCaseAndTypographicQuotesDoNotMakeAnotherText() {
    String a = "We reject the \"unipolar\" order.\nRussia's position";
    String b = "\uFEFF  WE REJECT the “unipolar”   order.\r\n\tRussia’s position \n";
    assertThat(DocumentIdentity.normalise(b)).isEqualTo("we reject the \"unipolar\" order. russia's position");
    assertThat(DocumentIdentity.key(doc("a", a, null, null, false)))
        .isEqualTo(DocumentIdentity.key(doc("b", b, LocalDate.of(2023, 9, 23), "u", false)))
        .hasSize(64);
    // decomposed é (e + U+0301) is the composed one after NFC
    assertThat(DocumentIdentity.normalise("Cafe\u0301")).isEqualTo(DocumentIdentity.normalise("Café"));
    assertThat(DocumentIdentity.key(doc("a", a, null, null, false)))
        .isNotEqualTo(DocumentIdentity.key(doc("c", a + " today", null, null, false)));
  }

  @Test
  void anIndexEntryIsTheSameDocumentOnlyOnTheSameDateAndUrl() {
    String t = "Telephone conversation with President of Iran Hassan Rouhani";
    LocalDate d = LocalDate.of(2019, 1, 10);
    String k = DocumentIdentity.key(doc("k-1", t, d, null, true));
    assertThat(DocumentIdentity.key(doc("k-2", t, d, null, true))).isEqualTo(k);
    assertThat(DocumentIdentity.key(doc("k-3", t, d.plusDays(1), null, true))).isNotEqualTo(k);
    assertThat(DocumentIdentity.key(doc("k-4", t, d, "http://en.kremlin.ru/events/1", true))).isNotEqualTo(k);
  }

  @Test
  void aYearAndAFullDateOfThatYearAreCompatibleAndTheFullDateIsKept() {
    Comparison c = DocumentIdentity.compare(meta("RUS", 78, 2023, null, "UN General Debate"),
        meta("RUS", null, 2023, LocalDate.of(2023, 9, 23), null));
    assertThat(c.relation()).isEqualTo(Relation.COMPATIBLE);
    assertThat(c.differences()).isEqualTo("session: 78 | (none); date: 2023 | 2023-09-23; title: UN General Debate | (none)");
    assertThat(c.merged()).isEqualTo(meta("RUS", 78, 2023, LocalDate.of(2023, 9, 23), "UN General Debate"));
    // the other way round the full date stays
    Comparison back = DocumentIdentity.compare(meta("RUS", null, 2023, LocalDate.of(2023, 9, 23), null),
        meta("RUS", 78, 2023, null, null));
    assertThat(back.relation()).isEqualTo(Relation.COMPATIBLE);
    assertThat(back.merged().date()).isEqualTo(LocalDate.of(2023, 9, 23));
    assertThat(back.merged().session()).isEqualTo(78);
  }

  @Test
  void anotherSpeakerDateYearOrTitleIsAConflictAndChangesNothing() {
    Meta kept = meta("RUS", 78, 2023, LocalDate.of(2023, 9, 23), "Statement");
    Comparison speaker = DocumentIdentity.compare(kept, meta("USA", 78, 2023, LocalDate.of(2023, 9, 23), "statement"));
    assertThat(speaker.relation()).isEqualTo(Relation.CONFLICT);
    assertThat(speaker.differences()).isEqualTo("speaker: RUS | USA"); // titles differ only in case
    assertThat(speaker.merged()).isEqualTo(kept);
    assertThat(DocumentIdentity.compare(kept, meta("RUS", 78, 2023, LocalDate.of(2023, 9, 22), "Statement"))
        .differences()).isEqualTo("date: 2023-09-23 | 2023-09-22");
    Comparison year = DocumentIdentity.compare(kept, meta("RUS", null, 2022, null, null));
    assertThat(year.relation()).isEqualTo(Relation.CONFLICT);
    assertThat(year.differences()).isEqualTo("session: 78 | (none); year: 2023 | 2022; date: 2023-09-23 | 2022;"
        + " title: Statement | (none)");
    assertThat(DocumentIdentity.compare(kept, meta("RUS", 78, 2023, LocalDate.of(2023, 9, 23), "Address")).relation())
        .isEqualTo(Relation.CONFLICT);
    assertThat(DocumentIdentity.compare(kept, kept)).isEqualTo(new Comparison(Relation.IDENTICAL, null, kept));
  }

  @Test
  void aTitleThatIsOnlyTheFileNameIsNoTitle() {
    DocumentRow r = new DocumentRow("docs:RUS_2023-09-23", "docs", "RUS", null, 2023, LocalDate.of(2023, 9, 23),
        "RUS_2023-09-23", null, "text", 0, "docs/RUS_2023-09-23.txt", 1, null);
    assertThat(Meta.of(r).title()).isNull();
    assertThat(DocumentIdentity.ownTitle("ungd:RUS_78_2023", "UN General Debate, session 78 (2023): RUS"))
        .isEqualTo("UN General Debate, session 78 (2023): RUS");
  }
}
