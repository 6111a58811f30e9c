package org.dyadscope.collect.graph;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A two-dimensional array of little-endian 64-bit floats in NumPy's {@code .npy} format, read with
 * its checks: the magic string {@code \x93NUMPY}, format version 1.0, 2.0 or 3.0, a header dict
 * whose {@code descr} is {@code '<f8'}, {@code fortran_order} is {@code False} and {@code shape} is
 * the expected {@code (rows, cols)}, then exactly {@code rows × cols × 8} bytes of data in row-major
 * order, nothing after them.
 *
 * <p>Source: NumPy Enhancement Proposal 1, "A simple file format for NumPy arrays"
 * (numpy.org/neps/nep-0001-npy-format.html), and {@code numpy.lib.format}.
 *
 * @param rows number of rows
 * @param cols number of columns
 * @param values the cells, row-major: cell (i, j) at {@code i * cols + j}
 */
public record NpyMatrix(int rows, int cols, double[] values) {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  /** A header is a short dict; NumPy pads it to a multiple of 64 bytes. */
  private static final int MAX_HEADER = 1 << 16;
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,?\\s*\\)");

  /** The cell at row {@code i}, column {@code j}. */
  public double get(int i, int j) {
    return values[i * cols + j];
  }

  /**
   * Reads a {@code rows × cols} float64 matrix and checks that the stream ends with it.
   *
   * @throws IOException with the reason when the stream is no such matrix (another dtype, byte
   *     order, shape or memory order, a cut or overlong stream)
   */
  public static NpyMatrix read(InputStream stream, int rows, int cols) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    byte[] magic = new byte[MAGIC.length];
    try {
      in.readFully(magic);
      for (int i = 0; i < MAGIC.length; i++) {
        if (magic[i] != MAGIC[i]) {
          throw new IOException("not a .npy array (no \\x93NUMPY magic string)");
        }
      }
      int major = in.readUnsignedByte();
      in.readUnsignedByte(); // minor version: no meaning for the layout
      long headerLength;
      if (major == 1) {
        headerLength = Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
      } else if (major == 2 || major == 3) {
        headerLength = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
      } else {
        throw new IOException(".npy format version " + major + " is not 1, 2 or 3");
      }
      if (headerLength > MAX_HEADER) {
        throw new IOException(".npy header of " + headerLength + " bytes, more than " + MAX_HEADER);
      }
      byte[] h = new byte[(int) headerLength];
      in.readFully(h);
      checkHeader(new String(h, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1), rows, cols);
      byte[] data = new byte[Math.multiplyExact(Math.multiplyExact(rows, cols), Double.BYTES)];
      in.readFully(data);
      if (in.read() >= 0) {
        throw new IOException("bytes after the " + rows + "x" + cols + " array's data");
      }
      double[] values = new double[rows * cols];
      ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
      return new NpyMatrix(rows, cols, values);
    } catch (EOFException e) {
      throw new IOException(".npy array cut short: fewer bytes than its header and a " + rows + "x" + cols
          + " float64 array need", e);
    }
  }

  private static void checkHeader(String header, int rows, int cols) throws IOException {
    Matcher d = DESCR.matcher(header);
    Matcher f = FORTRAN.matcher(header);
    Matcher s = SHAPE.matcher(header);
    if (!d.find() || !f.find() || !s.find()) {
      throw new IOException(".npy header lacks descr, fortran_order or a 2-d shape: " + header.strip());
    }
    if (!d.group(1).equals("<f8")) {
      throw new IOException(".npy dtype '" + d.group(1) + "', expected '<f8' (little-endian float64)");
    }
    if (!f.group(1).equals("False")) {
      throw new IOException(".npy array in Fortran (column-major) order, expected C order");
    }
    if (!s.group(1).equals(String.valueOf(rows)) || !s.group(2).equals(String.valueOf(cols))) {
      throw new IOException(".npy shape (" + s.group(1) + ", " + s.group(2) + "), expected (" + rows + ", " + cols
          + ") as the country index has " + rows + " countries");
    }
  }
}
