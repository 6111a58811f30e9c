package org.dyadscope.code.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.dyadscope.code.text.Sentence;
import org.dyadscope.code.text.SentenceSplitter;
import org.dyadscope.code.text.TextFold;
import org.dyadscope.collect.ungd.SpeechText;
import org.dyadscope.collect.ungd.UngdFileName;

/**
 * Draws the gold-set sample from UN General Debate speeches: stratified by document (so by speaker
 * and year), seeded, reproducible.
 *
 * <p>For each file {@code SPK_session_year.txt} of a chosen speaker and year, the sentences (by
 * {@link SentenceSplitter}) are shuffled with {@code new Random(seed * 31 + fileName.hashCode())}
 * ({@link String#hashCode} is specified by the JLS, so the draw is the same on every JVM); the
 * first {@code perDocument} are kept, the first half of them (rounded down) in the {@code dev}
 * split and the rest in {@code test}; the next {@code extraDev} of the same shuffle are added to
 * {@code dev} (a later extension of the development set that leaves every earlier row, and the test
 * split, unchanged). Every speaker-year stratum is thus in both splits. A sample changes only when
 * the seed, the corpus or the sentence model changes.
 *
 * <p>The flagship gold set is {@code sample(ungd, [RUS, IRN, USA, CHN], 2012, 2022, 6, 2,
 * 20120101)}: 44 documents, 132 test and 220 dev sentences.
 */
public final class GoldSampler {
  private final SentenceSplitter splitter = new SentenceSplitter();

  /**
   * Samples sentences.
   *
   * @param folder folder of UNGDC files
   * @param speakers speaker codes to keep, e.g. RUS, IRN, USA, CHN
   * @param fromYear first year (inclusive)
   * @param toYear last year (inclusive)
   * @param perDocument sentences per document split between dev and test (all of them when a
   *     document has fewer)
   * @param extraDev further sentences per document added to dev
   * @param seed the sampling seed
   * @return rows sorted by file and sentence number
   * @throws IOException when the folder or a file cannot be read
   */
  public List<SampleRow> sample(Path folder, List<String> speakers, int fromYear, int toYear,
      int perDocument, int extraDev, long seed) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.sorted().toList();
    }
    List<SampleRow> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Optional<UngdFileName> n = UngdFileName.parse(name);
      if (n.isEmpty() || !speakers.contains(n.get().speaker()) || n.get().year() < fromYear
          || n.get().year() > toYear) {
        continue;
      }
      String text = TextFold.nfc(SpeechText.decode(Files.readAllBytes(f)).text());
      List<Sentence> sentences = new ArrayList<>(splitter.split(text));
      Collections.shuffle(sentences, new Random(seed * 31 + name.hashCode()));
      int k = Math.min(perDocument, sentences.size());
      int all = Math.min(perDocument + extraDev, sentences.size());
      for (int i = 0; i < all; i++) {
        Sentence s = sentences.get(i);
        String split = i < k / 2 || i >= k ? "dev" : "test";
        out.add(new SampleRow(name, s.number(), s.start(), s.end(), split, n.get().speaker(),
            n.get().year()));
      }
    }
    out.sort(Comparator.comparing(SampleRow::file).thenComparingInt(SampleRow::sentenceNo));
    return out;
  }
}
