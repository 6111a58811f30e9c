package org.dyadscope.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.dyadscope.code.gold.GoldFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review file: append, read back, torn lines, the latest review per key, gold rows, validation. */
class ReviewLogTest {
  @TempDir Path dir;

  private static Review review(String at, String reviewer, String file, int sentence, boolean move, String sector,
      String note) {
    return new Review(Instant.parse(at), reviewer, file, "ab12", sentence, "cd34", move, false, sector, "",
        !move, false, "", "USA", "browser", note);
  }

  @Test
  void rowsRoundTripWithTabsAndLineBreaksInANote() throws Exception {
    ReviewLog log = new ReviewLog(dir.resolve(ReviewLog.FILE));
    Review r = review("2026-12-07T04:00:00Z", "Ana", "RUS_72_2017.txt", 12, true, "military", "tab\there\nline 2 \\ end");
    log.append(r);
    List<String> lines = Files.readAllLines(log.file());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo(String.join("\t", Review.COLUMNS));
    assertThat(lines.get(1)).isEqualTo("2026-12-07T04:00:00Z\tAna\tRUS_72_2017.txt\tab12\t12\tcd34\t1\t0\tmilitary\t\t0\t0"
        + "\t\tUSA\tbrowser\ttab\\there\\nline 2 \\\\ end");
    ReviewLog.Contents c = log.read();
    assertThat(c.problems()).isEmpty();
    assertThat(c.rows()).containsExactly(r);
  }

  @Test
  void aTornLastLineIsReportedByNumberAndTheNextRowStartsOnANewLine() throws Exception {
    ReviewLog log = new ReviewLog(dir.resolve(ReviewLog.FILE));
    log.append(review("2026-12-07T04:00:00Z", "Ana", "IRN_70_2015.txt", 3, true, "", ""));
    Files.writeString(log.file(), "2026-12-07T04:01:00Z\tAna\tIRN_70", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    ReviewLog.Contents torn = log.read();
    assertThat(torn.rows()).hasSize(1);
    assertThat(torn.problems()).singleElement().asString()
        .startsWith(log.file() + ":3: torn last line, has 3 fields, not 16");
    Review next = review("2026-12-07T04:02:00Z", "Ana", "IRN_70_2015.txt", 4, false, "", "");
    log.append(next);
    ReviewLog.Contents after = log.read();
    assertThat(after.rows()).hasSize(2).last().isEqualTo(next);
    assertThat(after.problems()).singleElement().asString().startsWith(log.file() + ":3: has 3 fields");
  }

  @Test
  void theLatestReviewPerReviewerDocumentAndSentenceWins() throws Exception {
    Review a1 = review("2026-12-07T04:00:00Z", "Ana", "RUS_72_2017.txt", 12, true, "military", "");
    Review b1 = review("2026-12-07T04:01:00Z", "Ben", "RUS_72_2017.txt", 12, false, "", "");
    Review a2 = review("2026-12-07T04:02:00Z", "Ana", "RUS_72_2017.txt", 12, false, "political", "changed my mind");
    Review a3 = review("2026-12-07T04:03:00Z", "Ana", "RUS_72_2017.txt", 13, true, "", "");
    assertThat(ReviewLog.latest(List.of(a1, b1, a2, a3))).containsExactly(b1, a2, a3);
    // gold rows: one per sentence, the latest review of it by anyone, or by one reviewer
    assertThat(ReviewLog.goldRows(List.of(a1, b1, a2, a3), null)).containsExactly(GoldFile.HEADER,
        "RUS_72_2017.txt\t12\t0\t0\tpolitical\t", "RUS_72_2017.txt\t13\t1\t0\t\t");
    assertThat(ReviewLog.goldRows(List.of(a1, b1, a2, a3), "Ben")).containsExactly(GoldFile.HEADER,
        "RUS_72_2017.txt\t12\t0\t0\t\t");
  }

  @Test
  void aFileWithAnotherHeaderIsRefused() throws Exception {
    Path f = Files.writeString(dir.resolve("other.tsv"), "file\tsentence_no\n");
    assertThatThrownBy(() -> new ReviewLog(f).read()).hasMessageContaining(f + ":1: not a review file");
  }

  @Test
  void valuesOutsideTheirListsAreRefusedNamingTheValidOnes() {
    Set<String> actors = Set.of("USA", "RUS", "IRN");
    assertThatThrownBy(() -> review("2026-12-07T04:00:00Z", "Ana", "f.txt", 1, true, "Military", "").check(actors))
        .isInstanceOf(ReviewException.class)
        .hasMessage("unknown sector 'Military'; valid: military, political, economic, societal, environmental or empty")
        .extracting(e -> ((ReviewException) e).valid()).asList().hasSize(5);
    Review badSource = new Review(Instant.EPOCH, "Ana", "f.txt", "", 1, "x", true, false, "", "ISR", null, null, null,
        null, "browser", "");
    assertThatThrownBy(() -> badSource.check(actors)).hasMessageContaining("unknown threat_source 'ISR'")
        .hasMessageContaining("IRN, RUS, USA");
    assertThatThrownBy(() -> review("2026-12-07T04:00:00Z", " ", "f.txt", 1, true, "", "").check(actors))
        .hasMessageStartingWith("reviewer must be 1 to 80 characters");
    assertThatThrownBy(() -> review("2026-12-07T04:00:00Z", "x".repeat(81), "f.txt", 1, true, "", "").check(actors))
        .hasMessageStartingWith("reviewer must be 1 to 80 characters");
    review("2026-12-07T04:00:00Z", "x".repeat(80), "f.txt", 1, true, "economic", "").check(actors);
  }
}
