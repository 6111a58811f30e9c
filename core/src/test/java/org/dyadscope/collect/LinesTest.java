package org.dyadscope.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinesTest {
  @TempDir Path tmp;

  private static List<String> all(Path p) throws IOException {
    List<String> out = new ArrayList<>();
    try (Lines in = Lines.open(p)) {
      while (in.next()) {
        out.add(in.number() + (in.firstOfMember() ? "*" : "") + ":"
            + (in.text() != null ? in.text() : "!" + in.error()));
      }
    }
    return out;
  }

  @Test
  void countsPhysicalLinesAndHandlesCrlfBomAndMissingFinalNewline() throws IOException {
    Path p = tmp.resolve("a.txt");
    Files.write(p, "\uFEFFa\tb\r\n\nc\u00e9\u4e2d\ufffd\nlast".getBytes(StandardCharsets.UTF_8));
    assertThat(all(p)).containsExactly("1*:a\tb", "2:", "3:c\u00e9\u4e2d\ufffd", "4:last");
  }

  @Test
  void reportsMalformedBytesPerLine() throws IOException {
    Path p = tmp.resolve("b.txt");
    try (OutputStream o = Files.newOutputStream(p)) {
      o.write("ok\n".getBytes(StandardCharsets.US_ASCII));
      o.write(new byte[] {'a', 'b', (byte) 0xFF, 'c', '\n'});
      o.write("fine\n".getBytes(StandardCharsets.US_ASCII));
    }
    try (Lines in = Lines.open(p)) {
      assertThat(in.next()).isTrue();
      assertThat(in.next()).isTrue();
      assertThat(in.text()).isNull();
      assertThat(in.error()).isEqualTo("malformed UTF-8 at byte 3 of the line (1 bad byte)");
      assertThat(in.raw()).isEqualTo("ab\uFFFDc");
      assertThat(in.next()).isTrue();
      assertThat(in.text()).isEqualTo("fine");
      assertThat(in.error()).isNull();
      assertThat(in.next()).isFalse();
    }
  }

  @Test
  void readsLinesLongerThanTheBuffer() throws IOException {
    String longLine = "x".repeat(300_000);
    Path p = tmp.resolve("c.txt");
    Files.writeString(p, "a\n" + longLine + "\nb\n");
    try (Lines in = Lines.open(p)) {
      in.next();
      in.next();
      assertThat(in.text()).isEqualTo(longLine);
      in.next();
      assertThat(in.text()).isEqualTo("b");
      assertThat(in.number()).isEqualTo(3);
      assertThat(in.next()).isFalse();
    }
  }

  @Test
  void readsZipMembersInOrderWithContinuingLineNumbers() throws IOException {
    Path p = tmp.resolve("d.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
      z.putNextEntry(new ZipEntry("dir/"));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("dir/one.tsv"));
      z.write("h\n1\n2".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("two.tsv"));
      z.write("h\n3\n".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    assertThat(all(p)).containsExactly("1*:h", "2:1", "3:2", "4*:h", "5:3");
    try (Lines in = Lines.open(p)) {
      in.next();
      assertThat(in.member()).isEqualTo("dir/one.tsv");
    }
  }

  @Test
  void emptyZipIsAnErrorNamingTheFile() throws IOException {
    Path p = tmp.resolve("empty.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
      z.putNextEntry(new ZipEntry("only/"));
      z.closeEntry();
    }
    assertThatThrownBy(() -> Lines.open(p)).isInstanceOf(IOException.class)
        .hasMessageContaining("empty.zip").hasMessageContaining("no file");
  }

  @Test
  void findsEveryNewlineWhateverItsPositionInAWord() throws IOException {
    java.util.Random random = new java.util.Random(7);
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < 5_000; k++) {
      String line = "\t\u0001\u000b".repeat(random.nextInt(5)) + "x".repeat(random.nextInt(20));
      expected.add(line);
      text.append(line).append('\n');
    }
    Path p = tmp.resolve("many.txt");
    Files.writeString(p, text);
    List<String> got = new ArrayList<>();
    try (Lines in = Lines.open(p)) {
      while (in.next()) {
        got.add(in.text());
      }
    }
    assertThat(got).isEqualTo(expected);
  }
}
