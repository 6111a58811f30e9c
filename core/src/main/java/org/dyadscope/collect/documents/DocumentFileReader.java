package org.dyadscope.collect.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.collect.ungd.SpeechText;
import org.dyadscope.store.DocumentRow;
import org.dyadscope.store.LoadSink;

/**
 * Reads one document file, {@code .txt}, {@code .html} or {@code .pdf}, into one {@link
 * DocumentRow} (format {@code documents}). A case lists a folder of them with a glob
 * ({@code docs/*.{txt,html,pdf}}); metadata comes from a sidecar or the file name ({@link
 * DocumentMetaResolver}).
 *
 * <p>The kind is the extension ({@code txt}, {@code text}, {@code md}; {@code html}, {@code htm},
 * {@code xhtml}; {@code pdf}); another extension is sniffed from the first bytes ({@code %PDF-},
 * an HTML tag, else text). Plain text is decoded by {@link SpeechText} (UTF-8 with or without BOM,
 * UTF-16 by BOM, Windows-1252 fallback, NFC), HTML by {@link HtmlText}, PDF by {@link PdfText}.
 * Typographic quotes are left in the stored text: the coder folds them before matching.
 *
 * <p>Each file is one data row (rows read = 1). It is quarantined (line 1), with a reason naming
 * the file, when it is an encrypted, damaged or text-less PDF, binary, empty after extraction, or
 * when its sidecar is wrong; the rest of the corpus loads. A sidecar ({@code *.meta.json}) handed
 * to this reader by a broad glob is metadata: 0 rows. {@code doc_id} is {@code
 * <source>:<file name without extension>}.
 */
public final class DocumentFileReader implements SourceReader {
  /** Format id recorded in provenance. */
  public static final String FORMAT = "documents";

  private static final int SNIFF_BYTES = 4096;
  private final DocumentMetaResolver meta;

  private final String defaultLicence;

  /**
   * @param defaultSpeaker speaker of documents whose sidecar or name gives none, or null
   * @param defaultLicence licence of documents whose sidecar states none, or null
   */
  public DocumentFileReader(String defaultSpeaker, String defaultLicence) {
    this.meta = new DocumentMetaResolver(defaultSpeaker);
    this.defaultLicence = defaultLicence;
  }

  @Override
  public String format() {
    return FORMAT;
  }

  /** The kinds of document this reader tells apart. */
  enum Kind { TEXT, HTML, PDF, BINARY }

  @Override
  public long read(Path file, String source, String fileLabel, LoadSink sink) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(DocumentMetaResolver.SIDECAR_SUFFIX)) {
      return 0; // metadata of another file
    }
    DocumentMeta m;
    try {
      m = meta.resolve(file);
    } catch (DocumentMetaResolver.BadSidecarException e) {
      sink.quarantine(1, name + ": bad sidecar: " + e.getMessage(), name);
      return 1;
    }
    ExtractedText text;
    try {
      text = extract(file, kind(file));
    } catch (UnreadableDocumentException e) {
      sink.quarantine(1, name + ": " + e.getMessage(), name);
      return 1;
    }
    if (text.text().isBlank()) {
      sink.quarantine(1, name + ": no text after extraction (empty document)", name);
      return 1;
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String title = m.title() != null ? m.title() : text.title() != null ? text.title() : stem;
    sink.document(new DocumentRow(source + ":" + stem, source, m.speaker(), m.session(), m.year(),
        m.date(), title, m.url(), text.text(), text.replacementChars(), fileLabel, 1,
        m.licence() != null ? m.licence() : defaultLicence));
    return 1;
  }

  /**
   * The text of one document file, by the rules above (kind by extension, else by the first bytes).
   *
   * @throws UnreadableDocumentException when it is an encrypted, damaged or text-less PDF or binary
   * @throws IOException when the file cannot be read
   */
  public static ExtractedText text(Path file) throws IOException, UnreadableDocumentException {
    return extract(file, kind(file));
  }

  /** Extracts the text of {@code file} read as {@code kind}. */
  static ExtractedText extract(Path file, Kind kind) throws IOException, UnreadableDocumentException {
    switch (kind) {
      case PDF:
        return PdfText.extract(file.toFile());
      case HTML:
        return HtmlText.extract(Files.readAllBytes(file));
      case TEXT:
        SpeechText t = SpeechText.decode(Files.readAllBytes(file));
        return new ExtractedText(t.text().strip(), null, t.charset(), t.replacementChars());
      default:
        throw new UnreadableDocumentException("not a text document (binary content: NUL bytes);"
            + " expected .txt, .html or .pdf");
    }
  }

  /** The kind by extension, else by the first bytes. */
  static Kind kind(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ext = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.') + 1) : "";
    switch (ext) {
      case "pdf":
        return Kind.PDF;
      case "html": case "htm": case "xhtml":
        return Kind.HTML;
      default:
        break;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (start.startsWith("%PDF-")) {
      return Kind.PDF;
    }
    boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
    if (!utf16) {
      for (byte b : head) {
        if (b == 0) {
          return Kind.BINARY;
        }
      }
    }
    if (ext.equals("txt") || ext.equals("text") || ext.equals("md")) {
      return Kind.TEXT;
    }
    String lower = start.stripLeading().toLowerCase(Locale.ROOT);
    return lower.startsWith("<!doctype html") || lower.startsWith("<html") ? Kind.HTML : Kind.TEXT;
  }
}
