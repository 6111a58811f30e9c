package org.dyadscope.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids of one file's events an actor filter left out, packed for {@code left_out_event_ids} in
 * chunks of about {@value #CHUNK} bytes, one table row each: memory stays the data's own size, where
 * one growing buffer would hold up to twice that, and again a copy of it when written.
 *
 * <p>A chunk is the byte {@value #DELTA_FORMAT}, then per id: an id that is a decimal number of 1 to
 * 18 digits (every GDELT and ICEWS id, see {@link EventIds#numeric}) as its difference from the
 * chunk's previous such id, any other id as a marker and its text; then its event day as the
 * difference from the previous id's day (variable-length integers, see {@link #writeVarLong}).
 * Consecutive GDELT ids of one day take 2 bytes each, where the earlier layout (per id its text
 * as {@code DataOutput.writeUTF} and its day as 4 bytes, about 16 bytes a GDELT id; still read)
 * made the 5.2 million ids the filter leaves out of the bench's 8-million-row file 66 MB, more than
 * the load's DuckDB memory limit could commit.
 */
final class PackedIds {
  static final int CHUNK = 1 << 20;
  /** First byte of a chunk in the delta layout; an earlier chunk starts with an id's 2-byte length, below 0xFF00. */
  static final int DELTA_FORMAT = 0xFF;

  /** Receives each id of a chunk with its event day (days since 1970-01-01). */
  @FunctionalInterface
  interface IdDay {
    void accept(String id, int epochDay);
  }

  private final List<byte[]> chunks = new ArrayList<>();
  private final ByteArrayOutputStream current = new ByteArrayOutputStream(CHUNK + 1024);
  private final DataOutputStream out = new DataOutputStream(current);
  private long lastId;
  private int lastDay;

  void add(String id, int epochDay) {
    if (current.size() == 0) {
      current.write(DELTA_FORMAT);
      lastId = 0;
      lastDay = 0;
    }
    long key = EventIds.numeric(id);
    try {
      if (key >= 0) {
        writeVarLong(out, zigzag(key - lastId) << 1);
        lastId = key;
      } else {
        writeVarLong(out, 1);
        out.writeUTF(id);
      }
      writeVarLong(out, zigzag((long) epochDay - lastDay));
    } catch (IOException e) { // a ByteArrayOutputStream never fails; an id over 65,535 bytes does
      throw new StoreException("event id too long to record: " + id.substring(0, 80) + "...", e);
    }
    lastDay = epochDay;
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

  /**
   * Hands every id of {@code chunk} (either layout) to {@code to}, in the order they were added.
   *
   * @throws IOException when the chunk is cut or damaged
   */
  static void unpack(byte[] chunk, IdDay to) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(chunk));
    if (chunk.length == 0 || (chunk[0] & 0xFF) != DELTA_FORMAT) {
      while (in.available() > 0) {
        to.accept(in.readUTF(), in.readInt());
      }
      return;
    }
    in.readUnsignedByte();
    long id = 0;
    long day = 0;
    while (in.available() > 0) {
      long v = readVarLong(in);
      String text;
      if ((v & 1) == 1) {
        text = in.readUTF();
      } else {
        id += unzigzag(v >>> 1);
        text = Long.toString(id);
      }
      day += unzigzag(readVarLong(in));
      to.accept(text, Math.toIntExact(day));
    }
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** Writes {@code v} (unsigned) 7 bits a byte, low bits first, the high bit set on every byte but the last. */
  private static void writeVarLong(DataOutputStream out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("a variable-length integer longer than 64 bits");
  }
}
