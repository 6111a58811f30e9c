package org.dyadscope.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a {@code .qdpx} package made by any REFI-QDA tool: {@code project.qde} (validated against
 * {@code Project.xsd} when given) and the plain texts its text sources name ({@code
 * internal://GUID.txt} under {@code sources/}, any letter case; or inline {@code
 * PlainTextContent}). Texts are UTF-8, a byte-order mark dropped.
 */
public final class ProjectReader {
  private static final String NS = ProjectWriter.PROJECT_NS;
  private static final String INTERNAL = "internal://";

  private ProjectReader() {}

  /**
   * @param xsd {@code Project.xsd}, or null to read without validating
   * @throws IOException when the package is not a zip, an entry is refused ({@link SafeZip}),
   *     {@code project.qde} or a source's text is missing, or the XML is malformed
   * @throws SchemaCheck.Invalid when {@code project.qde} fails the schema (its first error and line)
   */
  public static QdpxProject read(Path qdpx, Path xsd) throws IOException, SchemaCheck.Invalid {
    try (SafeZip zip = SafeZip.open(qdpx)) {
      return read(qdpx, zip, xsd);
    }
  }

  static QdpxProject read(Path qdpx, SafeZip zip, Path xsd) throws IOException, SchemaCheck.Invalid {
    if (!zip.has("project.qde")) {
      throw new IOException(qdpx + ": no project.qde in the package; a .qdpx holds project.qde and sources/");
    }
    byte[] xml = zip.read("project.qde");
    String where = qdpx + "!project.qde";
    if (xsd != null) {
      SchemaCheck.validate(xml, xsd, where);
    }
    Element root = parse(xml, where).getDocumentElement();
    if (!"Project".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
      throw new IOException(where + ": the root element is not a Project of namespace " + NS);
    }
    Map<String, String> users = new LinkedHashMap<>();
    for (Element u : descendants(root, "User")) {
      users.put(guid(u, "guid"), u.getAttribute("name"));
    }
    Map<String, List<String>> codes = new LinkedHashMap<>();
    for (Element book : children(root, "CodeBook")) {
      for (Element list : children(book, "Codes")) {
        codes(list, List.of(), codes);
      }
    }
    String creator = guid(root, "creatingUserGUID");
    List<QdpxProject.Source> sources = new ArrayList<>();
    int other = 0;
    for (Element list : children(root, "Sources")) {
      for (Element s : children(list, null)) {
        if (!s.getLocalName().equals("TextSource")) {
          other++;
          continue;
        }
        sources.add(source(qdpx, zip, s, creator));
      }
    }
    return new QdpxProject(users, codes, sources, other);
  }

  private static QdpxProject.Source source(Path qdpx, SafeZip zip, Element s, String creator) throws IOException {
    String name = s.getAttribute("name");
    String text;
    List<Element> inline = children(s, "PlainTextContent");
    String path = s.getAttribute("plainTextPath");
    if (!inline.isEmpty()) {
      text = inline.get(0).getTextContent();
    } else if (path.toLowerCase(Locale.ROOT).startsWith(INTERNAL)) {
      String entry = "sources/" + path.substring(INTERNAL.length());
      if (!zip.has(entry)) {
        throw new IOException(qdpx + ": source '" + name + "' names " + path + ", but the package has no "
            + entry + " (in any letter case)");
      }
      text = new String(zip.read(entry), StandardCharsets.UTF_8);
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    } else {
      throw new IOException(qdpx + ": source '" + name + "' keeps its text outside the package ('" + path
          + "'); export the project with its sources embedded");
    }
    String sourceUser = guidOr(s, "creatingUser", creator);
    List<QdpxProject.Selection> selections = new ArrayList<>();
    for (Element sel : children(s, "PlainTextSelection")) {
      String selUser = guidOr(sel, "creatingUser", sourceUser);
      List<QdpxProject.CodeRef> refs = new ArrayList<>();
      for (Element coding : children(sel, "Coding")) {
        for (Element ref : children(coding, "CodeRef")) {
          refs.add(new QdpxProject.CodeRef(guid(ref, "targetGUID"), guidOr(coding, "creatingUser", selUser)));
        }
      }
      selections.add(new QdpxProject.Selection(guid(sel, "guid"), integer(qdpx, sel, "startPosition"),
          integer(qdpx, sel, "endPosition"), refs));
    }
    return new QdpxProject.Source(name, text, selections, children(s, "Coding").size());
  }

  private static void codes(Element list, List<String> parent, Map<String, List<String>> into) {
    for (Element c : children(list, "Code")) {
      List<String> path = new ArrayList<>(parent);
      path.add(c.getAttribute("name"));
      into.put(guid(c, "guid"), List.copyOf(path));
      codes(c, path, into);
    }
  }

  private static Document parse(byte[] xml, String where) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new ByteArrayInputStream(xml));
    } catch (SAXParseException e) {
      throw new IOException(where + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage(), e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  /** The child elements of {@code e} in the project namespace named {@code name} (any name when null). */
  private static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && NS.equals(c.getNamespaceURI()) && (name == null || name.equals(c.getLocalName()))) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Element> descendants(Element root, String name) {
    List<Element> out = new ArrayList<>();
    var list = root.getElementsByTagNameNS(NS, name);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** A GUID attribute in lower case without braces (the schema allows {@code {...}} and either case); empty when absent. */
  private static String guid(Element e, String attr) {
    return e.getAttribute(attr).replace("{", "").replace("}", "").trim().toLowerCase(Locale.ROOT);
  }

  private static String guidOr(Element e, String attr, String fallback) {
    String g = guid(e, attr);
    return g.isEmpty() ? fallback : g;
  }

  private static int integer(Path qdpx, Element e, String attr) throws IOException {
    try {
      return Integer.parseInt(e.getAttribute(attr).trim());
    } catch (NumberFormatException ex) {
      throw new IOException(qdpx + "!project.qde: selection " + e.getAttribute("guid") + " has " + attr + " '"
          + e.getAttribute(attr) + "', not a whole number");
    }
  }
}
