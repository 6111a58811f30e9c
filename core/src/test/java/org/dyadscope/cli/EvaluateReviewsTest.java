package org.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dyadscope.TestData;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.code.gold.GoldCorpus;
import org.dyadscope.review.Hashes;
import org.dyadscope.review.Review;
import org.dyadscope.review.ReviewLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --reviews}: the coder scored against analysts' reviews of a real speech
 * (RUS_72_2017.txt): reviews that confirm the coder score 1.0, a corrected one counts against it,
 * a review whose sentence text changed is left out and named, a review of another document counted.
 */
class EvaluateReviewsTest {
  private static final Path CASE = Path.of("cases/russia-iran-2012-2022");
  @TempDir Path dir;

  private static Review review(SentenceCoding c, boolean move, String sha) {
    return new Review(Instant.parse("2026-12-07T04:00:00Z"), "Ana", "RUS_72_2017.txt", "", c.sentenceNo(), sha, move,
        c.desecuritizing(), c.sectorLabel(), c.threatSource() == null ? "" : c.threatSource(), c.move(),
        c.desecuritizing(), c.sectorLabel(), c.threatSource(), "browser", "");
  }

  @Test
  void theCoderAgainstReviewsOfASpeech() throws Exception {
    Path data = TestData.file("ungd/RUS_72_2017.txt").getParent().getParent();
    List<SentenceCoding> codings = GoldCorpus.code(DocumentCoder.forCase(CASE), List.of("RUS_72_2017.txt"),
        data.resolve("ungd"), "test");
    List<SentenceCoding> moves = codings.stream().filter(SentenceCoding::move).limit(4).toList();
    List<SentenceCoding> others = codings.stream().filter(c -> !c.move()).limit(4).toList();
    assertThat(moves).hasSize(4);
    ReviewLog log = new ReviewLog(dir.resolve("reviews.tsv"));
    for (SentenceCoding c : List.of(moves.get(0), moves.get(1), moves.get(2), others.get(0), others.get(1))) {
      log.append(review(c, c.move(), Hashes.sha256(c.text())));
    }
    CliRunner.Result agree = CliRunner.run("evaluate", CASE.toString(), "--data", data.toString(), "--reviews",
        log.file().toString());
    assertThat(agree.exitCode()).as(agree.err()).isZero();
    assertThat(agree.out()).contains(log.file() + ": 5 reviewed sentences, 5 scored")
        .contains("analysts' reviews (dyadscope serve): gold reviews.tsv, split reviews: 5 sentences (0 without a coding)")
        .contains("move            P 1.000 R 1.000 F1 1.000 (tp 3, fp 0, fn 0;");

    // an analyst corrects one move (the latest review wins), another review's sentence has changed,
    // and a review of a title-index entry cannot be coded from the speeches
    log.append(review(moves.get(0), false, Hashes.sha256(moves.get(0).text())));
    log.append(review(others.get(2), true, Hashes.sha256("another sentence")));
    log.append(new Review(Instant.parse("2026-12-07T04:05:00Z"), "Ana", "kremlin_2019.json:12", "", 1, "x", true, false,
        "", "", null, null, null, null, "browser", ""));
    CliRunner.Result corrected = CliRunner.run("evaluate", CASE.toString(), "--data", data.toString(), "--reviews",
        log.file().toString());
    assertThat(corrected.exitCode()).as(corrected.err()).isZero();
    assertThat(corrected.out()).contains(": 7 reviewed sentences, 5 scored (UN General Debate speeches whose sentence is"
        + " unchanged), 1 of other documents left out")
        .contains("move            P 0.667 R 1.000 F1 0.800 (tp 2, fp 1, fn 0;");
    assertThat(corrected.err()).contains("review of RUS_72_2017.txt sentence " + others.get(2).sentenceNo()
        + " left out: the sentence's text changed");
  }
}
