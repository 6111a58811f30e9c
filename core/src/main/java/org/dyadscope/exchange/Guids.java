package org.dyadscope.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based GUIDs (RFC 4122 version 5: SHA-1 of a fixed namespace and a name) for the elements of
 * a REFI-QDA project, so that two exports of the same run name every source, selection, code,
 * coding and user alike, byte for byte. The name is the element's kind and its stable keys (the
 * document id, the sentence number, the code's path, the user's name) joined by U+001F, a
 * character none of them holds.
 */
public final class Guids {
  /** dyadscope's namespace for REFI-QDA GUIDs; fixed forever, or every export changes. */
  private static final UUID NAMESPACE = UUID.fromString("5f0c7a52-2b1e-4d3e-9a61-6c2f4e8b1d07");

  private Guids() {}

  /**
   * The GUID of an element of {@code kind} with {@code keys}.
   *
   * @return lower-case {@code 8-4-4-4-12} hex, as the schema's GUIDType accepts
   */
  public static String of(String kind, Object... keys) {
    StringBuilder name = new StringBuilder(kind);
    for (Object k : keys) {
      name.append('\u001f').append(k);
    }
    return v5(NAMESPACE, name.toString());
  }

  /** RFC 4122 version-5 UUID of {@code name} (UTF-8) in {@code namespace}. */
  static String v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    h[6] = (byte) ((h[6] & 0x0f) | 0x50); // version 5
    h[8] = (byte) ((h[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
    return new UUID(b.getLong(), b.getLong()).toString();
  }
}
