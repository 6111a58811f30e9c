package org.dyadscope.collect;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The SHA-256 of a zip file's content, taken from the bytes {@link Lines} inflates while a reader
 * reads the file, so that a zip is inflated once, not a second time for its digest: the same
 * digest as {@link FileDigest.Sha256#content()} (the file members' bytes in archive order).
 *
 * <p>A reader opens the file through {@link #open}; {@link Lines#open(InputStream, String)} finds
 * this digest behind the stream and hands it every chunk it inflates, and says when it has read
 * the last member to its end. The chunks are copied and hashed on a thread of its own (SHA-256 of
 * the 1.6 GB inflated from a 4 million row GDELT zip takes about 1.1 CPU seconds), through a queue
 * of at most {@value #QUEUED} chunks, so memory stays flat. A plain file is not digested here (its
 * content digest is its file digest). One instance per file, fed from one thread.
 */
public final class ContentDigest {
  private static final int QUEUED = 4;
  /**
   * Bytes gathered before a hand-over: an inflating read gives a few KB at a time, and handing each
   * over on its own cost more system time than the digest saved.
   */
  private static final int BLOCK = 1 << 18;

  private final MessageDigest sha256;
  /** The digest's thread, started at the first block (a plain file never starts it). */
  private HandOff<byte[]> digester;
  private byte[] block = new byte[BLOCK];
  private int filled;
  private boolean complete;
  private boolean finished;
  private String hex;

  public ContentDigest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without SHA-256", e);
    }
  }

  /** The file's bytes, with this digest behind them for {@link Lines} to find; closing it closes the file. */
  public InputStream open(Path file) throws IOException {
    return tap(Files.newInputStream(file));
  }

  /**
   * {@code stream} (a file of a distributed file system, say) with this digest behind it for
   * {@link Lines} to find; closing it closes {@code stream}.
   */
  public InputStream tap(InputStream stream) {
    return new Tapped(stream, this);
  }

  /** This digest behind {@code stream} when it was opened by {@link #open}, else null. */
  static ContentDigest of(InputStream stream) {
    return stream instanceof Tapped t ? t.digest : null;
  }

  /** A chunk of inflated content, in order; copied, since the caller reuses its buffer. */
  void bytes(byte[] b, int off, int len) {
    if (finished) {
      return;
    }
    while (len > 0) {
      int n = Math.min(len, BLOCK - filled);
      System.arraycopy(b, off, block, filled, n);
      filled += n;
      off += n;
      len -= n;
      if (filled == BLOCK) {
        handOver();
      }
    }
  }

  private void handOver() {
    if (digester == null) {
      digester = new HandOff<>("content-digest", QUEUED, sha256::update);
    }
    digester.put(filled == BLOCK ? block : Arrays.copyOf(block, filled));
    block = new byte[BLOCK];
    filled = 0;
  }

  /** The last member was read to its end: every content byte has been handed over. */
  void end() {
    complete = true;
  }

  /**
   * Waits for the digest: lower-case hex SHA-256 of the content, or null when the content was not
   * read to its end (the file is plain, or its reader stopped early) or the digest thread failed:
   * then it must be digested from the file ({@link FileDigest#sha256WithContent(Path)}). Call it in
   * every case, also after the reader failed: it ends the digest thread.
   */
  public String finish() {
    if (!finished) {
      try {
        if (filled > 0) {
          handOver();
        }
      } finally {
        finished = true;
        if (digester != null) {
          digester.finish();
          hex = digester.failure() == null ? HexFormat.of().formatHex(sha256.digest()) : null;
        }
      }
    }
    return complete ? hex : null;
  }

  /** Opens a file's bytes again (a local path, a distributed file system's stream). */
  @FunctionalInterface
  public interface Reopen {
    InputStream open() throws IOException;
  }

  /**
   * The content SHA-256 of the file whose file digest is {@code ofFile} ({@link
   * FileDigest#sha256OfFile}): a plain file's is its file digest; a zip's is this digest's ({@link
   * #finish}), or, when the reader did not read it to its end, taken by inflating the file again
   * from {@code reopen}.
   *
   * @throws IOException when the file must be read again and cannot be
   */
  public String content(FileDigest.Sha256 ofFile, Reopen reopen) throws IOException {
    if (ofFile.content() != null) {
      return ofFile.content();
    }
    String inflated = finish();
    return inflated != null ? inflated : FileDigest.sha256WithContent(reopen.open()).content();
  }

  private static final class Tapped extends FilterInputStream {
    private final ContentDigest digest;

    Tapped(InputStream in, ContentDigest digest) {
      super(in);
      this.digest = digest;
    }
  }
}
