package org.dyadscope.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Digests of a file's bytes, streamed: SHA-256 for the provenance table, MD5 for GDELT's lists. */
public final class FileDigest {
  private FileDigest() {}

  /** Lower-case hex SHA-256 of {@code file}; throws {@link IOException} when it cannot be read. */
  public static String sha256(Path file) throws IOException {
    return hex(file, "SHA-256");
  }

  /** Lower-case hex MD5 of {@code file} (GDELT publishes MD5 sums of its files). */
  public static String md5(Path file) throws IOException {
    return hex(file, "MD5");
  }

  private static String hex(Path file, String algorithm) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without " + algorithm, e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
