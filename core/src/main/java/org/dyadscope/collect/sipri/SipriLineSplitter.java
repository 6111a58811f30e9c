package org.dyadscope.collect.sipri;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a SIPRI trade-register CSV export into fields.
 *
 * <p>SIPRI ends every line with {@code ;} after comma-separated fields; that one trailing
 * {@code ;} is dropped. Fields may be double-quoted (RFC 4180 style, {@code ""} for a quote) so a
 * designation can hold a comma; the Feb 2026 export quotes nothing and none of its 25,024 data
 * lines has more fields than its header, but quoting is accepted rather than assumed away.
 */
final class SipriLineSplitter {
  private SipriLineSplitter() {}

  /**
   * @return the fields, unquoted, without surrounding whitespace
   * @throws SipriRowException when a quoted field is not closed on this line
   */
  static List<String> split(String line) throws SipriRowException {
    String body = line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new SipriRowException("a double quote opened in field " + (fields.size() + 1)
          + " is never closed on this line");
    }
    fields.add(field.toString().trim());
    return fields;
  }
}
