package org.dyadscope.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the entries of a {@code .qdpx} zip by name, case-insensitively (a tool may write {@code
 * Sources/} or {@code Project.qde}), refusing what could escape or exhaust: an entry named with a
 * {@code ..} segment, an absolute path or a drive letter (zip-slip), and more than {@link
 * #entryCap} bytes in one entry or {@link #totalCap} in all read (zip-bomb; the bytes are counted
 * as they inflate, never taken from the entry's header). Nothing is extracted to disk.
 */
public final class SafeZip implements AutoCloseable {
  /** Default cap on one entry's inflated size: 256 MiB. */
  public static final long ENTRY_CAP = 256L << 20;
  /** Default cap on the bytes read from all entries: 1 GiB. */
  public static final long TOTAL_CAP = 1L << 30;
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private final Path file;
  private final ZipFile zip;
  private final Map<String, ZipEntry> byName = new LinkedHashMap<>();
  private final long entryCap;
  private final long totalCap;
  private long total;

  private SafeZip(Path file, ZipFile zip, long entryCap, long totalCap) {
    this.file = file;
    this.zip = zip;
    this.entryCap = entryCap;
    this.totalCap = totalCap;
  }

  /** Opens {@code file} with the default caps. */
  public static SafeZip open(Path file) throws IOException {
    return open(file, ENTRY_CAP, TOTAL_CAP);
  }

  /**
   * Opens {@code file} and checks every entry's name.
   *
   * @throws IOException naming the file when it is not a zip, or naming the entry when its name
   *     has a {@code ..} segment, an absolute path or a drive letter, or two names differ only in case
   */
  public static SafeZip open(Path file, long entryCap, long totalCap) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new IOException(file + ": not a zip file (" + e.getMessage() + "); a .qdpx is a zip holding project.qde", e);
    }
    SafeZip z = new SafeZip(file, zip, entryCap, totalCap);
    try {
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        String name = e.getName().replace('\\', '/');
        if (name.startsWith("/") || DRIVE.matcher(name).matches()
            || java.util.Arrays.asList(name.split("/")).contains("..")) {
          throw new IOException(file + ": entry '" + e.getName() + "' points outside the package (a '..' segment,"
              + " an absolute path or a drive letter); refused, nothing imported");
        }
        if (!e.isDirectory() && z.byName.put(name.toLowerCase(Locale.ROOT), e) != null) {
          throw new IOException(file + ": two entries are named '" + e.getName()
              + "' but for letter case; refused, nothing imported");
        }
      }
    } catch (IOException e) {
      zip.close();
      throw e;
    }
    return z;
  }

  /** True when the package holds an entry of this name (any letter case, {@code /} or {@code \}). */
  public boolean has(String name) {
    return byName.containsKey(key(name));
  }

  /**
   * The inflated bytes of entry {@code name} (any letter case).
   *
   * @throws IOException when there is no such entry, or it inflates past the per-entry cap or the
   *     bytes read pass the total cap (the message states the cap)
   */
  public byte[] read(String name) throws IOException {
    ZipEntry e = byName.get(key(name));
    if (e == null) {
      throw new IOException(file + ": no entry '" + name + "' in the package");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long n = 0;
    try (InputStream in = zip.getInputStream(e)) {
      for (int r; (r = in.read(buf)) > 0; ) {
        n += r;
        total += r;
        if (n > entryCap) {
          throw new IOException(file + "!" + e.getName() + ": inflates past the cap of " + entryCap
              + " bytes per entry; refused, nothing imported");
        }
        if (total > totalCap) {
          throw new IOException(file + ": its entries inflate past the cap of " + totalCap
              + " bytes in all; refused, nothing imported");
        }
        out.write(buf, 0, r);
      }
    }
    return out.toByteArray();
  }

  private static String key(String name) {
    return name.replace('\\', '/').toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
