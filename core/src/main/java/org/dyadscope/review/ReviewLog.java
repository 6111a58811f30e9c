package org.dyadscope.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadscope.code.gold.GoldFile;
import org.dyadscope.code.gold.GoldLabel;

/**
 * The analysts' reviews of the coder, kept apart from the store: an append-only UTF-8 TSV
 * ({@value #FILE}, header {@link Review#COLUMNS}) beside the store, which {@code dyadscope run}
 * leaves alone. Each review is one {@code write} of one whole line followed by {@code force}, under a
 * file lock, so a crash leaves at most a torn last line, which {@link #read} reports by its line
 * number (and the next append starts on a new line). The latest row per reviewer, document file and
 * sentence wins ({@link #latest}).
 */
public final class ReviewLog {
  public static final String FILE = "reviews.tsv";

  private final Path file;

  public ReviewLog(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** {@value #FILE} in the folder of {@code store}. */
  public static Path besideStore(Path store) {
    return store.toAbsolutePath().getParent().resolve(FILE);
  }

  public Path file() {
    return file;
  }

  /** The rows of the file and what could not be read, each as {@code file:line: problem}. */
  public record Contents(List<Review> rows, List<String> problems) {}

  /**
   * Appends {@code r} (already {@link Review#check checked}), creating the file with its header.
   *
   * @throws IOException when the file cannot be written; nothing of the row is then kept but
   *     possibly a torn line, which {@link #read} reports
   */
  public synchronized void append(Review r) throws IOException {
    Files.createDirectories(file.getParent());
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.READ);
        FileLock lock = ch.lock()) {
      long size = ch.size();
      StringBuilder line = new StringBuilder();
      if (size == 0) {
        line.append(String.join("\t", Review.COLUMNS)).append('\n');
      } else if (!endsWithNewline(ch, size)) {
        line.append('\n'); // a torn last line stays reported on its own; this row starts clean
      }
      line.append(r.toTsv()).append('\n');
      ByteBuffer buf = ByteBuffer.wrap(line.toString().getBytes(StandardCharsets.UTF_8));
      long at = size;
      while (buf.hasRemaining()) {
        at += ch.write(buf, at);
      }
      ch.force(true);
    }
  }

  private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    ch.read(last, size - 1);
    return last.get(0) == '\n';
  }

  /**
   * Every row of the file in file order (empty when there is no file); a line that does not parse
   * (a torn last line, a hand edit) is left out and named in {@link Contents#problems}.
   *
   * @throws IOException when the file exists but cannot be read, or its header is not {@link Review#COLUMNS}
   */
  public synchronized Contents read() throws IOException {
    if (!Files.exists(file)) {
      return new Contents(List.of(), List.of());
    }
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    List<Review> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (lines.isEmpty()) {
      return new Contents(rows, problems);
    }
    if (!lines.get(0).equals(String.join("\t", Review.COLUMNS))) {
      throw new IOException(file + ":1: not a review file (its header is not " + String.join(",", Review.COLUMNS)
          + "); give another --reviews file");
    }
    boolean torn = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      try {
        rows.add(Review.parse(lines.get(i)));
      } catch (IllegalArgumentException e) {
        problems.add(file + ":" + (i + 1) + ": " + (torn && i == lines.size() - 1 ? "torn last line, " : "")
            + e.getMessage() + "; the line is left out");
      }
    }
    return new Contents(rows, problems);
  }

  /** The latest review per reviewer, document file and sentence, in the order of their latest rows. */
  public static List<Review> latest(List<Review> rows) {
    Map<List<Object>, Review> last = new LinkedHashMap<>();
    for (Review r : rows) {
      last.remove(r.key());
      last.put(r.key(), r);
    }
    return List.copyOf(last.values());
  }

  /**
   * The reviews as labels of the gold set: one per sentence, the latest review of it by any reviewer
   * (or by {@code reviewer} alone when given), in file order of those reviews.
   */
  public static List<GoldLabel> goldLabels(List<Review> rows, String reviewer) {
    Map<List<Object>, Review> last = new LinkedHashMap<>();
    for (Review r : rows) {
      if (reviewer == null || reviewer.equals(r.reviewer())) {
        List<Object> k = List.of(r.docFile(), r.sentenceNo());
        last.remove(k);
        last.put(k, r);
      }
    }
    return last.values().stream().map(r -> new GoldLabel(r.docFile(), r.sentenceNo(), r.move(), r.desecuritizing(),
        r.sector(), r.threatSource())).toList();
  }

  /** {@link #goldLabels} as lines of the gold-set format ({@link GoldFile#HEADER}, as {@code gold/gold.tsv}), the header first. */
  public static List<String> goldRows(List<Review> rows, String reviewer) {
    List<String> out = new ArrayList<>();
    out.add(GoldFile.HEADER);
    for (GoldLabel g : goldLabels(rows, reviewer)) {
      // the file escaped as in reviews.tsv, so a row stays one line
      out.add(new GoldLabel(Review.esc(g.file()), g.sentenceNo(), g.move(), g.desecuritizing(), g.sector(),
          g.threatSource()).row());
    }
    return out;
  }

  /** {@link #goldRows(List, String)} of this file's readable rows. */
  public List<String> goldRows() throws IOException {
    return goldRows(read().rows(), null);
  }
}
