package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyadscope.store.StoreQueries.column;
import static org.dyadscope.store.StoreQueries.count;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyadscope.TestData;
import org.dyadscope.collect.FileLoader;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.collect.documents.DocumentFileReader;
import org.dyadscope.collect.documents.TitleIndexReader;
import org.dyadscope.collect.ungd.UngdReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One UN General Debate speech of the real corpus under two names (a UNGDC file dated by its year
 * and a {@code documents} file dated to the day) is one document of the store.
 */
class DocumentCopiesTest {
  private static final SourceReader UNGD = new UngdReader("CC0 1.0");
  private static final SourceReader DOCS = new DocumentFileReader(null, null);

  @TempDir Path dir;
  private byte[] speech;

  @BeforeEach
  void copySpeech() throws Exception {
    speech = Files.readAllBytes(TestData.file("ungd/RUS_77_2022.txt"));
    Files.createDirectories(dir.resolve("ungd"));
    Files.createDirectories(dir.resolve("docs"));
    Files.write(dir.resolve("ungd/RUS_78_2023.txt"), speech);
    // the same speech as another site would serve it: a BOM and Windows line ends
    String text = new String(speech, StandardCharsets.UTF_8).replace("\n", "\r\n");
    Files.writeString(dir.resolve("docs/RUS_2023-09-23.txt"), "\uFEFF" + text);
    Files.writeString(dir.resolve("docs/USA_2023-09-23.txt"), text);
    Files.write(dir.resolve("docs/RUS_2021-09-25.txt"), Files.readAllBytes(TestData.file("ungd/RUS_76_2021.txt")));
  }

  private static void load(Store s, SourceReader reader, Path file, String label, String source) throws Exception {
    FileLoader.load(s, reader, file, label, source);
  }

  private void loadUngd(Store s) throws Exception {
    load(s, UNGD, dir.resolve("ungd/RUS_78_2023.txt"), "ungd/RUS_78_2023.txt", "ungd");
  }

  private void loadDocs(Store s, String name) throws Exception {
    load(s, DOCS, dir.resolve("docs/" + name), "docs/" + name, "docs");
  }

  @Test
  void aYearDatedAndADayDatedCopyAreOneDocumentWithTheDayKept() throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      loadUngd(s);
      loadDocs(s, "RUS_2023-09-23.txt");
      assertThat(column(s, "SELECT doc_id || ' ' || speaker || ' ' || session || ' ' || year || ' ' || doc_date"
          + " || ' ' || title FROM documents"))
          .containsExactly("ungd:RUS_78_2023 RUS 78 2023 2023-09-23 UN General Debate, session 78 (2023): RUS");
      assertThat(column(s, "SELECT concat_ws(' / ', doc_id, file, copy_of, copy_of_file, relation, differences)"
          + " FROM document_copies")).containsExactly("docs:RUS_2023-09-23 / docs/RUS_2023-09-23.txt / "
          + "ungd:RUS_78_2023 / ungd/RUS_78_2023.txt / compatible / session: 78 | (none); date: 2023 | 2023-09-23; title: UN General Debate, session 78"
          + " (2023): RUS | (none)");
      assertThat(column(s, "SELECT concat_ws(',', rows_read, rows_loaded, rows_quarantined, rows_duplicate,"
          + " rows_filtered) FROM provenance ORDER BY file")).containsExactly("1,0,0,1,0", "1,1,0,0,0");
      // the stored text is the UNGDC file's, as loaded first
      assertThat(count(s, "SELECT chars FROM documents"))
          .isEqualTo(new String(speech, StandardCharsets.UTF_8).length());
    }
  }

  @Test
  void theDayDatedCopyLoadedFirstKeepsItsDateAndGainsTheSession() throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      loadDocs(s, "RUS_2023-09-23.txt");
      loadUngd(s);
      assertThat(column(s, "SELECT concat_ws(' ', doc_id, session, year, doc_date, title) FROM documents"))
          .containsExactly("docs:RUS_2023-09-23 78 2023 2023-09-23 UN General Debate, session 78 (2023): RUS");
      assertThat(column(s, "SELECT relation || ': ' || differences FROM document_copies")).containsExactly(
          "compatible: session: (none) | 78; date: 2023-09-23 | 2023; title: (none) | UN General Debate, session"
              + " 78 (2023): RUS");
    }
  }

  @Test
  void aCopyWithAnotherSpeakerIsOneDocumentAndAReportedConflict() throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      loadUngd(s);
      loadDocs(s, "USA_2023-09-23.txt");
      assertThat(column(s, "SELECT concat_ws(' ', doc_id, speaker, doc_date) FROM documents"))
          .containsExactly("ungd:RUS_78_2023 RUS"); // a conflict changes nothing stored
      assertThat(column(s, "SELECT relation || ': ' || differences FROM document_copies"))
          .containsExactly("conflict: speaker: RUS | USA; session: 78 | (none); date: 2023 | 2023-09-23; title: UN"
              + " General Debate, session 78 (2023): RUS | (none)");
    }
  }

  @Test
  void aSidecarCopyWithItsOwnTitleIsAConflictAndFillsNothingIn() throws Exception {
    Files.write(dir.resolve("docs/lavrov.txt"), speech);
    Files.writeString(dir.resolve("docs/lavrov.txt.meta.json"),
        "{\"speaker\": \"RUS\", \"date\": \"2023-09-23\", \"title\": \"Statement by Sergey Lavrov\"}");
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      loadUngd(s);
      loadDocs(s, "lavrov.txt");
      assertThat(column(s, "SELECT concat_ws(' ', doc_id, doc_date) FROM documents")).containsExactly("ungd:RUS_78_2023");
      assertThat(column(s, "SELECT concat_ws(' ', doc_id, title, relation, differences) FROM document_copies"))
          .containsExactly("docs:lavrov Statement by Sergey Lavrov conflict session: 78 | (none); date: 2023 |"
              + " 2023-09-23; title: UN General Debate, session 78 (2023): RUS | Statement by Sergey Lavrov");
    }
  }

  @Test
  void differentTextsStayTwoDocumentsAndReloadingKeepsOneCopyRow() throws Exception {
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      loadUngd(s);
      loadDocs(s, "RUS_2021-09-25.txt");
      assertThat(count(s, "SELECT count(*) FROM documents")).isEqualTo(2);
      assertThat(count(s, "SELECT count(*) FROM document_copies")).isZero();
      for (int i = 0; i < 2; i++) {
        loadDocs(s, "RUS_2023-09-23.txt");
        loadUngd(s);
      }
      assertThat(count(s, "SELECT count(*) FROM documents")).isEqualTo(2);
      assertThat(column(s, "SELECT doc_id FROM document_copies")).containsExactly("docs:RUS_2023-09-23");
      assertThat(count(s, "SELECT sum(rows_duplicate) FROM provenance")).isEqualTo(1);
      assertThat(count(s, "SELECT count(*) FROM provenance WHERE rows_read <> rows_loaded + rows_quarantined"
          + " + rows_duplicate + rows_filtered")).isZero();
    }
  }

  @Test
  void aRepeatedIndexEntryIsStoredOnceButTheSameTitleOnAnotherDayIsAnotherDocument() throws Exception {
    Path index = dir.resolve("2019.json");
    String call = "\"t\": \"Telephone conversation with President of Iran Hassan Rouhani\"";
    Files.writeString(index, "[{" + call + ", \"d\": \"2019-01-10\"}, {" + call + ", \"d\": \"2019-02-11\"},"
        + " {" + call + ", \"d\": \"2019-01-10\"}]");
    try (Store s = Store.open(dir.resolve("t.duckdb"))) {
      load(s, new TitleIndexReader("RUS", null), index, "kremlin/2019.json", "kremlin");
      assertThat(column(s, "SELECT doc_id FROM documents ORDER BY line")).isEqualTo(List.of("kremlin:2019-1",
          "kremlin:2019-2"));
      assertThat(column(s, "SELECT concat_ws(' ', doc_id, line, copy_of, relation) FROM document_copies"))
          .containsExactly("kremlin:2019-3 3 kremlin:2019-1 identical");
      assertThat(column(s, "SELECT concat_ws(',', rows_read, rows_loaded, rows_duplicate) FROM provenance"))
          .containsExactly("3,2,1");
    }
  }
}
