package org.dyadscope.code.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.collect.ungd.SpeechText;
import org.dyadscope.collect.ungd.UngdFileName;

/**
 * Coding throughput benchmark (not a test): codes the UNGD speeches of a folder over and over, on
 * one thread, until at least {@code minSentences} sentences are coded, sentence splitting included,
 * after one warm-up pass; prints sentences per second. Run by {@code bench/code/run.sh}.
 *
 * <p>Usage: {@code CodingBenchmark UNGD_FOLDER [MIN_SENTENCES=100000]}.
 */
public final class CodingBenchmark {
  private CodingBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CodingBenchmark UNGD_FOLDER [MIN_SENTENCES]");
      System.exit(2);
    }
    long minSentences = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
    List<String[]> docs = new ArrayList<>(); // text, speaker, year, id
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      for (Path f : s.sorted().toList()) {
        Optional<UngdFileName> n = UngdFileName.parse(f.getFileName().toString());
        if (n.isPresent()) {
          docs.add(new String[] {SpeechText.decode(Files.readAllBytes(f)).text(), n.get().speaker(),
              String.valueOf(n.get().year()), n.get().docId()});
        }
      }
    }
    if (docs.isEmpty()) {
      System.err.println(args[0] + ": no UNGD speech files (ISO3_session_year.txt)");
      System.exit(1);
    }
    DocumentCoder coder = DocumentCoder.builtIn();
    long chars = 0;
    long perPass = 0;
    for (String[] d : docs) { // warm-up pass
      perPass += coder.code(d[0], d[1], d[2], d[3]).size();
      chars += d[0].length();
    }
    long sentences = 0;
    long moves = 0;
    int passes = 0;
    long t0 = System.nanoTime();
    while (sentences < minSentences) {
      for (String[] d : docs) {
        var codings = coder.code(d[0], d[1], d[2], d[3]);
        sentences += codings.size();
        for (var c : codings) {
          moves += c.move() ? 1 : 0;
        }
      }
      passes++;
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "corpus: %d documents, %d sentences, %d chars per pass; lexicon %s%n",
        docs.size(), perPass, chars, coder.lexiconVersion());
    System.out.printf(Locale.ROOT, "coded %d sentences (%d passes, %d moves) in %.2f s on one thread%n",
        sentences, passes, moves, secs);
    System.out.printf(Locale.ROOT, "throughput: %.0f sentences/s (%.1f MB of text/s)%n",
        sentences / secs, passes * chars / secs / 1e6);
  }
}
