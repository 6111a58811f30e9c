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
 * {@link SentenceSplitter}) are shuffled once with {@code new Random(seed * 31 + fileName.hashCode())}
 * ({@link String#hashCode} is specified by the JLS, so the draw is the same on every JVM). Each
 * round of sampling takes the next positions of that one shuffle, so rounds never overlap and an
 * earlier round never changes:
 *
 * <ul>
 *   <li>round 1 ({@link #sample}): the first {@code perDocument} positions, the first half of them
 *       (rounded down) in {@code dev} and the rest in {@code test1}; then {@code extraDev} more in
 *       {@code dev};
 *   <li>later rounds ({@link #extend}): from position {@code skip}, {@code testCount} positions in
 *       {@code test} and then {@code devCount} in {@code dev}.
 * </ul>
 *
 * <p>Split names: {@code dev} may be read while writing lexicons; {@code test} is the held-out split
 * of the latest round, scored once per frozen lexicon and detector; {@code test1} to {@code test7}
 * are earlier rounds' held-out splits, retired when a later round replaced them (the flagship tunes
 * on {@code test1} only; {@link org.dyadscope.code.EvaluationReport#HELD_OUT_SPLITS}). A sample
 * changes only when the seed, the corpus or the sentence model changes; {@link #extend} labels its
 * held-out rows {@code test}, and retiring them is a rename in {@code sample.tsv}.
 *
 * <p>The flagship gold set is round 1 {@code sample(ungd, [RUS, IRN, USA, CHN], 2012, 2022, 6, 2,
 * 20120101)} (44 documents, 132 test1 and 220 dev sentences), round 2 {@code extend(..., 8, 5, 3,
 * 20120101)} (220 test2 and 132 dev), round 3 {@code extend(..., 16, 5, 3, 20120101)} (220 test3
 * and 132 dev), round 4 {@code extend(..., 24, 5, 3, 20120101)} (220 test4 and 132 dev), round 5
 * {@code extend(..., 32, 5, 3, 20120101)} (220 test5 and 132 dev), round 6 {@code extend(..., 40,
 * 8, 0, 20120101)} (352 test6, drawn after the trained move detector was frozen), round 7
 * {@code extend(..., 48, 8, 0, 20120101)} (352 test7, coded blind while the lexicon and the detector
 * stayed frozen, and sealed until scored) and round 8 {@code extend(..., 56, 8, 0, 20120101)} (342
 * test: three speeches are shorter than 64 sentences; coded blind the same way).
 */
public final class GoldSampler {
  private final SentenceSplitter splitter = new SentenceSplitter();

  /**
   * Round 1 of a gold sample.
   *
   * @param folder folder of UNGDC files
   * @param speakers speaker codes to keep, e.g. RUS, IRN, USA, CHN
   * @param fromYear first year (inclusive)
   * @param toYear last year (inclusive)
   * @param perDocument sentences per document split between dev and test1 (all of them when a
   *     document has fewer)
   * @param extraDev further sentences per document added to dev
   * @param seed the sampling seed
   * @return rows sorted by file and sentence number
   * @throws IOException when the folder or a file cannot be read
   */
  public List<SampleRow> sample(Path folder, List<String> speakers, int fromYear, int toYear,
      int perDocument, int extraDev, long seed) throws IOException {
    return draw(folder, speakers, fromYear, toYear, seed, (doc, i, size) -> {
      int k = Math.min(perDocument, size);
      if (i >= Math.min(perDocument + extraDev, size)) {
        return null;
      }
      return i < k / 2 || i >= k ? "dev" : "test1";
    });
  }

  /**
   * A later round of a gold sample: the shuffle positions after those earlier rounds took.
   *
   * @param folder folder of UNGDC files
   * @param speakers speaker codes to keep
   * @param fromYear first year (inclusive)
   * @param toYear last year (inclusive)
   * @param skip shuffle positions per document taken by earlier rounds ({@code perDocument +
   *     extraDev} of round 1)
   * @param testCount positions per document after {@code skip} put in {@code test}
   * @param devCount positions per document after those put in {@code dev}
   * @param seed the sampling seed of round 1
   * @return rows sorted by file and sentence number (fewer where a document runs out of sentences)
   * @throws IOException when the folder or a file cannot be read
   */
  public List<SampleRow> extend(Path folder, List<String> speakers, int fromYear, int toYear,
      int skip, int testCount, int devCount, long seed) throws IOException {
    return draw(folder, speakers, fromYear, toYear, seed, (doc, i, size) -> {
      if (i < skip || i >= skip + testCount + devCount) {
        return null;
      }
      return i < skip + testCount ? "test" : "dev";
    });
  }

  /**
   * A gold sample of about {@code n} sentences for a new case ({@code dyadscope gold sample}):
   * stratified by document, {@code n} shared as evenly as the documents allow (the first documents in
   * file order take one more when {@code n} does not divide), and within each document the first half
   * of its positions (rounded down) in {@code dev}, the rest in {@code test}, the held-out split.
   * Fewer than {@code n} when documents run out of sentences.
   *
   * @param n the sentences to draw, at least 1
   * @return rows sorted by file and sentence number
   * @throws IOException when the folder or a file cannot be read
   */
  public List<SampleRow> sample(Path folder, List<String> speakers, int fromYear, int toYear, int n, long seed)
      throws IOException {
    int documents = documents(folder, speakers, fromYear, toYear).size();
    if (documents == 0) {
      return List.of();
    }
    return draw(folder, speakers, fromYear, toYear, seed, (doc, i, size) -> {
      int k = Math.min(size, n / documents + (doc < n % documents ? 1 : 0));
      return i >= k ? null : i < k / 2 ? "dev" : "test";
    });
  }

  /** Split of shuffle position {@code i} of document {@code doc} (0-based, file order) of {@code size} sentences; null = not drawn. */
  private interface SplitRule {
    String split(int doc, int position, int size);
  }

  /** The speeches of the speakers and years, in file order. */
  private static List<Path> documents(Path folder, List<String> speakers, int fromYear, int toYear) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.sorted().toList();
    }
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      Optional<UngdFileName> n = UngdFileName.parse(f.getFileName().toString());
      if (n.isPresent() && speakers.contains(n.get().speaker()) && n.get().year() >= fromYear
          && n.get().year() <= toYear) {
        out.add(f);
      }
    }
    return out;
  }

  private List<SampleRow> draw(Path folder, List<String> speakers, int fromYear, int toYear,
      long seed, SplitRule rule) throws IOException {
    List<SampleRow> out = new ArrayList<>();
    List<Path> documents = documents(folder, speakers, fromYear, toYear);
    for (int d = 0; d < documents.size(); d++) {
      Path f = documents.get(d);
      String name = f.getFileName().toString();
      UngdFileName n = UngdFileName.parse(name).orElseThrow();
      String text = TextFold.nfc(SpeechText.decode(Files.readAllBytes(f)).text());
      List<Sentence> sentences = new ArrayList<>(splitter.split(text));
      Collections.shuffle(sentences, new Random(seed * 31 + name.hashCode()));
      for (int i = 0; i < sentences.size(); i++) {
        String split = rule.split(d, i, sentences.size());
        if (split != null) {
          Sentence s = sentences.get(i);
          out.add(new SampleRow(name, s.number(), s.start(), s.end(), split, n.speaker(), n.year()));
        }
      }
    }
    out.sort(Comparator.comparing(SampleRow::file).thenComparingInt(SampleRow::sentenceNo));
    return out;
  }
}
