package org.dyadscope.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates a REFI-QDA document against the standard's schema ({@code Project.xsd} or {@code
 * Codebook.xsd}, both self-contained) with the JDK's {@code javax.xml.validation}; no network is
 * touched (external DTDs and schemas are refused).
 */
public final class SchemaCheck {
  /** The schema file names under {@code <data>/refi-qda/}. */
  public static final String PROJECT_XSD = "Project.xsd";
  public static final String CODEBOOK_XSD = "Codebook.xsd";

  private SchemaCheck() {}

  /** A document the schema refuses: its first error, with the line. */
  public static final class Invalid extends Exception {
    public Invalid(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Checks {@code xml} against {@code xsd}.
   *
   * @param name what to call the document in the message, e.g. {@code x.qdpx!project.qde}
   * @throws Invalid with {@code name:line:column: } and the schema's first error
   * @throws IOException when the schema cannot be read
   */
  public static void validate(byte[] xml, Path xsd, String name) throws Invalid, IOException {
    Validator v;
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      Schema schema = f.newSchema(xsd.toFile());
      v = schema.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IOException(xsd + ": cannot read the schema (" + e.getMessage() + ")", e);
    }
    try {
      v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      throw new Invalid(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage()
          + " (not a valid REFI-QDA document: " + xsd.getFileName() + ")", e);
    } catch (SAXException e) {
      throw new Invalid(name + ": " + e.getMessage() + " (not a valid REFI-QDA document)", e);
    }
  }
}
