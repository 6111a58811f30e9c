package org.dyadscope.collect;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipInputStream;

/**
 * Digests of a file's bytes, streamed: SHA-256 of the file and of its content for the provenance
 * table, MD5 for GDELT's lists.
 */
public final class FileDigest {
  /** Read size: 64 KiB reads hash a large file with few system calls. */
  private static final int BUFFER = 1 << 16;

  private FileDigest() {}

  /**
   * Lower-case hex SHA-256 digests of a file.
   *
   * @param file of the file's bytes as stored (what {@code sha256sum} prints)
   * @param content of its decompressed content: for a zip (told by content, as {@link Lines} does)
   *     the bytes of its file members in archive order, so a one-member zip and its plain member
   *     have the same content digest; for a plain file the same as {@code file}
   */
  public record Sha256(String file, String content) {}

  /** Both SHA-256 digests of {@code file} in one read; throws {@link IOException} when it cannot be read. */
  public static Sha256 sha256WithContent(Path file) throws IOException {
    return sha256WithContent(Files.newInputStream(file));
  }

  /**
   * Both SHA-256 digests of the bytes of {@code stream} (read to its end and closed), as
   * {@link #sha256WithContent(Path)} gives them for a file; for a file of a distributed file system.
   */
  public static Sha256 sha256WithContent(InputStream stream) throws IOException {
    MessageDigest whole = digest("SHA-256");
    // the buffer sits above the digest, so the peek at the zip signature is hashed once
    try (InputStream in = new BufferedInputStream(new DigestInputStream(stream, whole), BUFFER)) {
      if (!Lines.isZip(in)) {
        in.transferTo(OutputStream.nullOutputStream());
        String hex = HexFormat.of().formatHex(whole.digest());
        return new Sha256(hex, hex);
      }
      MessageDigest content = digest("SHA-256");
      ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
      byte[] buf = new byte[BUFFER];
      while (Lines.nextFileEntry(zip) != null) {
        int n;
        while ((n = zip.read(buf)) > 0) {
          content.update(buf, 0, n);
        }
      }
      in.transferTo(OutputStream.nullOutputStream()); // the central directory, for the file's digest
      return new Sha256(HexFormat.of().formatHex(whole.digest()), HexFormat.of().formatHex(content.digest()));
    }
  }

  /**
   * The SHA-256 of {@code file}'s bytes, and for a plain file of its content too (the same); for a
   * zip the content digest is null, to be taken from the bytes a reader inflates
   * ({@link ContentDigest}) instead of inflating the file a second time.
   *
   * @throws IOException when the file cannot be read
   */
  public static Sha256 sha256OfFile(Path file) throws IOException {
    return sha256OfFile(Files.newInputStream(file));
  }

  /** As {@link #sha256OfFile(Path)}, for the bytes of {@code stream} (read to its end and closed). */
  public static Sha256 sha256OfFile(InputStream stream) throws IOException {
    MessageDigest whole = digest("SHA-256");
    try (InputStream in = new BufferedInputStream(new DigestInputStream(stream, whole), BUFFER)) {
      boolean zip = Lines.isZip(in);
      in.transferTo(OutputStream.nullOutputStream());
      String hex = HexFormat.of().formatHex(whole.digest());
      return new Sha256(hex, zip ? null : hex);
    }
  }

  /** Lower-case hex SHA-256 of {@code file}; throws {@link IOException} when it cannot be read. */
  public static String sha256(Path file) throws IOException {
    return hex(file, "SHA-256");
  }

  /** Lower-case hex MD5 of {@code file} (GDELT publishes MD5 sums of its files). */
  public static String md5(Path file) throws IOException {
    return hex(file, "MD5");
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without " + algorithm, e);
    }
  }

  private static String hex(Path file, String algorithm) throws IOException {
    MessageDigest md = digest(algorithm);
    byte[] buf = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
