package org.dyadscope.exchange;

import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a REFI-QDA project ({@code project.qde}, valid against the standard's {@code Project.xsd})
 * or codebook ({@code .qdc}, {@code Codebook.xsd}) with the JDK's StAX writer: UTF-8 without a
 * byte-order mark, child elements in the schema's order, every GUID {@link Guids name-based} and no
 * date, so the same input gives the same bytes.
 */
public final class ProjectWriter {
  static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
  static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

  private final XMLStreamWriter x;
  private final String ns;

  private ProjectWriter(OutputStream out, String ns) throws XMLStreamException {
    this.x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    this.ns = ns;
  }

  /** The GUID of the source holding document {@code docId}; also the name of its text file {@code sources/GUID.txt}. */
  public static String sourceGuid(String docId) {
    return Guids.of("source", docId);
  }

  /** The GUID of user {@code name}. */
  public static String userGuid(String name) {
    return Guids.of("user", name);
  }

  /**
   * Writes a project.
   *
   * @param out receives the XML; not closed
   * @param name the project's name
   * @param origin the program that wrote it, e.g. {@code dyadscope 0.1.0}
   * @param description the project's description (what was exported from which store)
   * @param users every user named by a coding, the first the project's creator; none when nothing is coded
   * @param docs the sources, each with its text written to {@code sources/GUID.txt} by the caller
   * @param codings the codings of a sentence, by user; a sentence no user coded gets no selection
   * @throws IllegalArgumentException when a threat source has no code in {@code book}
   */
  public static void project(OutputStream out, String name, String origin, String description, List<String> users,
      Codebook book, List<CaseDocument> docs,
      BiFunction<CaseDocument, CaseDocument.Sentence, List<Coding>> codings) throws XMLStreamException {
    ProjectWriter w = new ProjectWriter(out, PROJECT_NS);
    w.begin("Project");
    w.x.writeAttribute("name", name);
    w.x.writeAttribute("origin", origin);
    if (!users.isEmpty()) {
      w.x.writeAttribute("creatingUserGUID", userGuid(users.get(0)));
      w.start("Users");
      for (String u : users) {
        w.start("User");
        w.x.writeAttribute("guid", userGuid(u));
        w.x.writeAttribute("name", u);
        w.x.writeEndElement();
      }
      w.end();
    }
    w.start("CodeBook");
    w.codes(book.roots());
    w.end();
    w.start("Sources");
    for (CaseDocument d : docs) {
      w.source(d, book, codings);
    }
    w.end();
    w.text("Description", description);
    w.finish();
  }

  /** Writes a codebook ({@code .qdc}) of {@code book}. */
  public static void codebook(OutputStream out, String origin, Codebook book) throws XMLStreamException {
    ProjectWriter w = new ProjectWriter(out, CODEBOOK_NS);
    w.begin("CodeBook");
    w.x.writeAttribute("origin", origin);
    w.codes(book.roots());
    w.finish();
  }

  private void begin(String root) throws XMLStreamException {
    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.setDefaultNamespace(ns);
    x.writeStartElement(ns, root);
    x.writeDefaultNamespace(ns);
  }

  private void finish() throws XMLStreamException {
    x.writeCharacters("\n");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndDocument();
    x.flush();
  }

  private void codes(List<Codebook.Code> codes) throws XMLStreamException {
    start("Codes");
    for (Codebook.Code c : codes) {
      code(c);
    }
    end();
  }

  private void code(Codebook.Code c) throws XMLStreamException {
    start("Code");
    x.writeAttribute("guid", c.guid());
    x.writeAttribute("name", c.name());
    x.writeAttribute("isCodable", Boolean.toString(c.codable()));
    text("Description", c.description());
    for (Codebook.Code child : c.children()) {
      code(child);
    }
    end();
  }

  private void source(CaseDocument d, Codebook book,
      BiFunction<CaseDocument, CaseDocument.Sentence, List<Coding>> codings) throws XMLStreamException {
    String guid = sourceGuid(d.docId());
    start("TextSource");
    x.writeAttribute("guid", guid);
    x.writeAttribute("name", xmlChars(d.docId()));
    x.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
    text("Description", describe(d));
    PlainText plain = PlainText.of(d.text());
    for (CaseDocument.Sentence s : d.sentences()) {
      List<Coding> cs = codings.apply(d, s);
      if (cs.stream().allMatch(c -> c.labels().isEmpty())) {
        continue;
      }
      start("PlainTextSelection");
      x.writeAttribute("guid", Guids.of("selection", d.docId(), s.no()));
      x.writeAttribute("name", xmlChars(d.docId()) + " #" + s.no());
      x.writeAttribute("startPosition", Integer.toString(plain.codePoint(s.start())));
      x.writeAttribute("endPosition", Integer.toString(plain.codePoint(s.end())));
      if (!s.machine().isEmpty()) {
        text("Description", "matched terms: " + s.matchedTerms()
            + "\nrule: dyadscope securitization coder, lexicon rules (gold/CODEBOOK.md)\nlexicon: " + s.lexicon());
      }
      for (Coding c : cs) {
        for (String code : book.codes(c.labels())) {
          start("Coding");
          x.writeAttribute("guid", Guids.of("coding", d.docId(), s.no(), c.user(), code));
          x.writeAttribute("creatingUser", userGuid(c.user()));
          x.writeCharacters("\n");
          x.writeEmptyElement(ns, "CodeRef");
          x.writeAttribute("targetGUID", code);
          end();
        }
      }
      end();
    }
    end();
  }

  private static String describe(CaseDocument d) {
    StringBuilder b = new StringBuilder();
    line(b, "title", d.title());
    line(b, "speaker", d.speaker());
    line(b, "date", d.date());
    line(b, "url", d.url());
    line(b, "file", d.file());
    return b.toString();
  }

  private static void line(StringBuilder b, String key, String value) {
    if (!value.isEmpty()) {
      b.append(b.isEmpty() ? "" : "\n").append(key).append(": ").append(value);
    }
  }

  /** A start tag on a line of its own. */
  private void start(String element) throws XMLStreamException {
    x.writeCharacters("\n");
    x.writeStartElement(ns, element);
  }

  private void end() throws XMLStreamException {
    x.writeCharacters("\n");
    x.writeEndElement();
  }

  private void text(String element, String value) throws XMLStreamException {
    start(element);
    x.writeCharacters(xmlChars(value));
    x.writeEndElement();
  }

  /** {@code s} with each character XML 1.0 cannot hold (C0 controls but tab and line ends, lone surrogates) as U+FFFD. */
  static String xmlChars(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
      b.appendCodePoint(ok ? cp : 0xFFFD);
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
