package org.dyadscope.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids of one file's events an actor filter left out, packed for {@code left_out_event_ids}
 * ({@link EventIds#pack}) in chunks of about {@value #CHUNK} bytes, one table row each: memory stays
 * the data's own size (about 13 bytes a GDELT id), where one growing buffer would hold up to twice
 * that, and again a copy of it when written.
 */
final class PackedIds {
  static final int CHUNK = 1 << 20;
  private final List<byte[]> chunks = new ArrayList<>();
  private final ByteArrayOutputStream current = new ByteArrayOutputStream(CHUNK + 1024);
  private final DataOutputStream out = new DataOutputStream(current);

  void add(String id, int epochDay) {
    EventIds.pack(out, id, epochDay);
    if (current.size() >= CHUNK) {
      chunks.add(current.toByteArray());
      current.reset();
    }
  }

  /** Every id added since the last {@link #clear}, in chunks. */
  List<byte[]> chunks() {
    List<byte[]> all = new ArrayList<>(chunks);
    if (current.size() > 0) {
      all.add(current.toByteArray());
    }
    return all;
  }

  void clear() {
    chunks.clear();
    current.reset();
  }
}
