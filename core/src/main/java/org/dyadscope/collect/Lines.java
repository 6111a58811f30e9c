package org.dyadscope.collect;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The physical lines of a plain or zipped text file, decoded as strict UTF-8 one line at a time,
 * streaming (only the current line and a 64 KiB buffer are in memory).
 *
 * <p>A file whose first bytes are the zip signature {@code PK\3\4} is read as a zip archive: its
 * file members are read in archive order, directories skipped. Line numbers are 1-based and count
 * physical lines ({@code \n}-terminated; a final line without {@code \n} counts too); across the
 * members of a zip they keep counting, as if the members were concatenated, so that (file, line)
 * names one line. For the usual one-member GDELT or ICEWS zip this is the member's own numbering.
 *
 * <p>A trailing {@code \r} is dropped (CRLF files) and a UTF-8 byte-order mark at the start of a
 * member is skipped. A line that is not valid UTF-8 is not an error of the file: {@link #text()} is
 * null, {@link #error()} says what and where, and {@link #raw()} gives a lenient decoding to
 * quarantine. Decoding is lazy: a caller that splits {@link #buffer()} bytes itself (tabs and
 * ASCII never occur inside a multi-byte UTF-8 sequence) only pays for the fields it keeps.
 *
 * <p>Usage: {@code try (Lines in = Lines.open(p)) { while (in.next()) { ... in.text() ... } }}
 */
public final class Lines implements Closeable {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final int INITIAL_BUFFER = 1 << 16;
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINE_BYTES = 0x0A0A0A0A0A0A0A0AL;

  private final InputStream fileStream;
  private final ZipInputStream zip;
  private final InputStream in;
  /** Where the inflated bytes of a zip go for its content digest, or null. */
  private final ContentDigest contentDigest;
  private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  private byte[] buf = new byte[INITIAL_BUFFER];
  private int pos;
  private int limit;
  private boolean memberEof;
  private boolean atMemberStart = true;
  private String memberName;

  private long number;
  private int lineStart;
  private int lineLength;
  private boolean firstOfMember;
  private boolean decoded;
  private String text;
  private String error;
  private CharBuffer chars = CharBuffer.allocate(1024);

  private Lines(InputStream fileStream, ZipInputStream zip, String memberName, ContentDigest contentDigest) {
    this.fileStream = fileStream;
    this.zip = zip;
    this.in = zip != null ? zip : fileStream;
    this.memberName = memberName;
    this.contentDigest = contentDigest;
  }

  /**
   * Opens a plain or zipped file (detected by content, not by name).
   *
   * @throws IOException when the file cannot be opened, or a zip holds no file member (the message
   *     names the file)
   */
  public static Lines open(Path file) throws IOException {
    return open(Files.newInputStream(file), file.toString());
  }

  /**
   * Opens a plain or zipped stream (detected by content), e.g. a file of a distributed file system
   * or object store; closing the lines closes {@code stream}. A zip opened through
   * {@link ContentDigest#open} hands that digest the bytes it inflates.
   *
   * @param name the file's name or URI, for the error message
   * @throws IOException when a zip holds no file member (the message names {@code name})
   */
  public static Lines open(InputStream stream, String name) throws IOException {
    InputStream s = new BufferedInputStream(stream, INITIAL_BUFFER);
    try {
      if (!isZip(s)) {
        return new Lines(s, null, null, null);
      }
      ZipInputStream z = new ZipInputStream(s, StandardCharsets.UTF_8);
      ZipEntry e = nextFileEntry(z);
      if (e == null) {
        throw new IOException(name + ": zip archive holds no file to read");
      }
      return new Lines(s, z, e.getName(), ContentDigest.of(stream));
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** True when {@code s} starts with the zip signature; {@code s} must support mark, and is left where it was. */
  static boolean isZip(InputStream s) throws IOException {
    s.mark(ZIP_MAGIC.length);
    byte[] head = s.readNBytes(ZIP_MAGIC.length);
    s.reset();
    return Arrays.equals(head, ZIP_MAGIC);
  }

  /** The next member of {@code z} that is a file, not a folder; null after the last. */
  static ZipEntry nextFileEntry(ZipInputStream z) throws IOException {
    ZipEntry e;
    do {
      e = z.getNextEntry();
    } while (e != null && e.isDirectory());
    return e;
  }

  /**
   * Advances to the next physical line.
   *
   * @return false at the end of the file (of the last zip member)
   * @throws IOException when reading fails (truncated zip, I/O error)
   */
  public boolean next() throws IOException {
    int from = pos;
    while (true) {
      int nl = indexOfNewline(from);
      if (nl >= 0) {
        take(pos, nl);
        pos = nl + 1;
        return true;
      }
      if (!memberEof) {
        from = limit - pos; // bytes already scanned, after fill() moves them to the front
        fill();
        continue;
      }
      if (pos < limit) {
        // last line of the member, without a final newline
        take(pos, limit);
        pos = limit;
        return true;
      }
      if (zip == null || !nextMember()) {
        if (contentDigest != null) {
          contentDigest.end();
        }
        return false;
      }
      from = 0;
    }
  }

  private int indexOfNewline(int from) {
    byte[] b = buf;
    int i = from;
    for (int n = limit - Long.BYTES; i <= n; i += Long.BYTES) {
      long nl = TabFields.zeroBytes((long) WORDS.get(b, i) ^ NEWLINE_BYTES);
      if (nl != 0) {
        return i + (Long.numberOfTrailingZeros(nl) >>> 3);
      }
    }
    for (int n = limit; i < n; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Moves pending bytes to the front, grows the buffer if a line fills it, reads more. */
  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      memberEof = true;
    } else {
      if (contentDigest != null) {
        contentDigest.bytes(buf, limit, n);
      }
      limit += n;
    }
  }

  private boolean nextMember() throws IOException {
    ZipEntry e = nextFileEntry(zip);
    if (e == null) {
      return false;
    }
    memberName = e.getName();
    memberEof = false;
    atMemberStart = true;
    pos = 0;
    limit = 0;
    return true;
  }

  private void take(int start, int end) {
    number++;
    firstOfMember = atMemberStart;
    if (atMemberStart) {
      atMemberStart = false;
      if (end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
          && buf[start + 2] == (byte) 0xBF) {
        start += 3;
      }
    }
    if (end > start && buf[end - 1] == '\r') {
      end--;
    }
    lineStart = start;
    lineLength = end - start;
    decoded = false;
  }

  private void decode() {
    decoded = true;
    error = null;
    // Fast path: the JDK decodes ASCII/valid UTF-8 with intrinsics; it substitutes U+FFFD for bad
    // bytes, so only a line that then contains U+FFFD needs the strict decoder to tell a real
    // U+FFFD character from a decoding error.
    String s = new String(buf, lineStart, lineLength, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0) {
      s = decodeStrict(lineStart, lineLength);
    }
    text = s;
  }

  private String decodeStrict(int start, int length) {
    if (chars.capacity() < length) {
      chars = CharBuffer.allocate(Math.max(length, chars.capacity() * 2));
    }
    chars.clear();
    strict.reset();
    ByteBuffer bytes = ByteBuffer.wrap(buf, start, length);
    CoderResult r = strict.decode(bytes, chars, true);
    if (r.isUnderflow()) {
      r = strict.flush(chars);
    }
    if (r.isError()) {
      int at = bytes.position() - start;
      error = "malformed UTF-8 at byte " + (at + 1) + " of the line (" + r.length()
          + " bad byte" + (r.length() == 1 ? "" : "s") + ")";
      return null;
    }
    chars.flip();
    return chars.toString();
  }

  /** 1-based physical line number of the current line (continuing across zip members). */
  public long number() {
    return number;
  }

  /** True when the current line is the first of the plain file or of a zip member (a header line). */
  public boolean firstOfMember() {
    return firstOfMember;
  }

  /** The zip member being read, or null for a plain file. */
  public String member() {
    return memberName;
  }

  /** The current line without its line terminator, or null when it is not valid UTF-8. */
  public String text() {
    if (!decoded) {
      decode();
    }
    return text;
  }

  /**
   * Why the current line could not be decoded, e.g. "malformed UTF-8 at byte 17 of the line (1 bad
   * byte)"; null when it decoded.
   */
  public String error() {
    if (!decoded) {
      decode();
    }
    return error;
  }

  /** The current line decoded leniently (bad bytes as U+FFFD), for the quarantine table. */
  public String raw() {
    String t = text();
    return t != null ? t : new String(buf, lineStart, lineLength, StandardCharsets.UTF_8);
  }

  /**
   * The buffer holding the current line's bytes, from {@link #start()} for {@link #length()} bytes
   * (terminator excluded), for callers that split bytes before decoding. Valid until the next
   * {@link #next()}; do not modify.
   */
  public byte[] buffer() {
    return buf;
  }

  /** Offset of the current line in {@link #buffer()}. */
  public int start() {
    return lineStart;
  }

  /** Length of the current line in bytes, without its terminator (0 for an empty line). */
  public int length() {
    return lineLength;
  }

  /** Closes the file. */
  @Override
  public void close() throws IOException {
    if (zip != null) {
      zip.close();
    } else {
      fileStream.close();
    }
  }
}
