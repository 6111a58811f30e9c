package org.dyadscope.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.xml.stream.XMLStreamException;

/** Writes a file beside its target and moves it into place when complete, so a failure leaves the target as it was. */
final class AtomicFile {
  private AtomicFile() {}

  interface Body {
    void write(OutputStream out) throws IOException, XMLStreamException;
  }

  /** Writes {@code body} to a temporary file beside {@code target}, then moves it there; returns its size in bytes. */
  static long write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".partial");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        body.write(out);
      } catch (XMLStreamException e) {
        throw new IOException(target + ": cannot write the XML (" + e.getMessage() + ")", e);
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return Files.size(abs);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
