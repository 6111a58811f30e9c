package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentDigestTest {
  @TempDir Path tmp;

  /** A zip with a folder and two file members, larger than one hand-over block together. */
  private Path zip() throws IOException {
    Path p = tmp.resolve("two.zip");
    StringBuilder a = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      a.append(i).append("\tline of the first member \u00e9\n");
    }
    try (OutputStream o = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry("dir/"));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("dir/a.CSV"));
      z.write(a.toString().getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("b.CSV"));
      z.write("x\ny without a final newline".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return p;
  }

  private static long readLines(ContentDigest digest, Path file, long stopAfter) throws IOException {
    long n = 0;
    try (Lines in = Lines.open(digest.open(file), file.toString())) {
      while (n < stopAfter && in.next()) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aZipReadToItsEndGivesTheContentDigestOfInflatingItAgain() throws IOException {
    Path zip = zip();
    ContentDigest digest = new ContentDigest();
    assertThat(readLines(digest, zip, Long.MAX_VALUE)).isEqualTo(40_002);
    String expected = FileDigest.sha256WithContent(zip).content();
    assertThat(digest.finish()).isEqualTo(expected).hasSize(64);
    assertThat(FileDigest.sha256OfFile(zip)).isEqualTo(new FileDigest.Sha256(FileDigest.sha256(zip), null));
  }

  @Test
  void aReaderThatStopsEarlyOrAPlainFileGivesNoDigest() throws IOException {
    ContentDigest early = new ContentDigest();
    Path zip = zip();
    readLines(early, zip, 10);
    assertThat(early.finish()).isNull();
    // then the content digest is taken by inflating the file again
    assertThat(early.content(FileDigest.sha256OfFile(zip), () -> Files.newInputStream(zip)))
        .isEqualTo(FileDigest.sha256WithContent(zip).content());

    Path plain = tmp.resolve("plain.CSV");
    Files.writeString(plain, "a\nb\n");
    ContentDigest none = new ContentDigest();
    assertThat(readLines(none, plain, Long.MAX_VALUE)).isEqualTo(2);
    assertThat(none.finish()).isNull();
    String sha = FileDigest.sha256(plain);
    assertThat(FileDigest.sha256OfFile(plain)).isEqualTo(new FileDigest.Sha256(sha, sha));
    assertThat(none.content(FileDigest.sha256OfFile(plain), () -> {
      throw new AssertionError("a plain file is not read again");
    })).isEqualTo(sha);
  }
}
