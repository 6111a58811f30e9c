package org.dyadscope.code.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.code.model.EmbeddingCache;
import org.dyadscope.code.model.SentenceEncoder;
import org.dyadscope.collect.ungd.SpeechText;
import org.dyadscope.collect.ungd.UngdFileName;
import org.dyadscope.store.Store;

/**
 * Sentence-embedding throughput (not a test): the first {@code N} sentences of the UNGD speeches of
 * a folder (file-name order) embedded through {@link EmbeddingCache} into a fresh store (cold: every
 * sentence embedded), then read again by a new cache over the same store (warm: every sentence a
 * cache hit); prints sentences per second of each, the model's load excluded. Encodes
 * {@code availableProcessors()} sentences at a time. Run by {@code bench/code/embed.sh}.
 *
 * <p>Usage: {@code EmbeddingBenchmark UNGD_FOLDER STORE_FILE [N=1000]}.
 */
public final class EmbeddingBenchmark {
  private EmbeddingBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: EmbeddingBenchmark UNGD_FOLDER STORE_FILE [N]");
      System.exit(2);
    }
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    DocumentCoder coder = DocumentCoder.builtIn();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      for (Path f : s.sorted().toList()) {
        Optional<UngdFileName> name = UngdFileName.parse(f.getFileName().toString());
        if (name.isPresent() && texts.size() < n) {
          for (SentenceCoding c : coder.code(SpeechText.decode(Files.readAllBytes(f)).text(), name.get().speaker(),
              String.valueOf(name.get().year()), name.get().docId())) {
            if (texts.size() < n) {
              texts.add(c.text());
            }
          }
        }
      }
    }
    Path storeFile = Path.of(args[1]);
    Files.deleteIfExists(storeFile);
    int threads = Runtime.getRuntime().availableProcessors();
    try (SentenceEncoder encoder = SentenceEncoder.open(threads); Store store = Store.open(storeFile)) {
      long t0 = System.nanoTime();
      EmbeddingCache cold = new EmbeddingCache(store.connection(), encoder);
      cold.vectors(texts);
      double coldS = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      EmbeddingCache warm = new EmbeddingCache(store.connection(), encoder);
      warm.vectors(texts);
      double warmS = (System.nanoTime() - t1) / 1e9;
      System.out.printf(Locale.ROOT, "%d sentences, %d thread(s): cold %.1f sentences/s (%d embedded, %.1f s),"
          + " warm %.0f sentences/s (%d embedded, %.2f s)%n", texts.size(), threads, texts.size() / coldS,
          cold.embedded(), coldS, texts.size() / warmS, warm.embedded(), warmS);
    }
    Files.deleteIfExists(storeFile);
  }
}
