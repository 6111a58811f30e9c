package org.dyadscope.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
    // not Files.createTempFile: its owner-only permissions would stay on the file moved into place
    Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE))) {
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
