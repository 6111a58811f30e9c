package org.dyadscope.collect.sipri;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The typed values of one trade-register line, read by column name.
 *
 * <p>SIPRI marks an uncertain value with {@code ?} ("A '?' in a column indicates uncertain data",
 * export preamble); every accessor strips it and records that the line was uncertain. Empty fields
 * are null. Estimate flags are {@code Yes}/{@code No}.
 */
final class SipriFields {
  private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

  private final SipriHeader header;
  private final List<String> values;
  private boolean uncertain;

  SipriFields(SipriHeader header, List<String> values) {
    this.header = header;
    this.values = values;
  }

  /** True when any value read so far carried SIPRI's {@code ?}. */
  boolean uncertain() {
    return uncertain;
  }

  /** The text of a column without {@code ?}, or null when empty. */
  String text(String column) {
    String v = values.get(header.position(column));
    if (v.indexOf('?') >= 0) {
      uncertain = true;
      v = v.replace("?", "").trim();
    }
    return v.isEmpty() ? null : v;
  }

  /** A whole non-negative number (a year, a count), or null when empty. */
  Integer integer(String column) throws SipriRowException {
    String v = text(column);
    if (v == null) {
      return null;
    }
    if (!INTEGER.matcher(v).matches()) {
      throw new SipriRowException("'" + column + "' is '" + v + "', expected a whole number");
    }
    return Integer.valueOf(v);
  }

  /** A non-negative decimal (SIPRI TIV, millions), or null when empty. */
  Double decimal(String column) throws SipriRowException {
    String v = text(column);
    if (v == null) {
      return null;
    }
    if (!DECIMAL.matcher(v).matches()) {
      throw new SipriRowException("'" + column + "' is '" + v + "', expected a TIV number");
    }
    return Double.valueOf(v);
  }

  /** {@code Yes} is true, {@code No} false, empty null. */
  Boolean flag(String column) throws SipriRowException {
    String v = text(column);
    if (v == null) {
      return null;
    }
    if (v.equalsIgnoreCase("Yes")) {
      return true;
    }
    if (v.equalsIgnoreCase("No")) {
      return false;
    }
    throw new SipriRowException("'" + column + "' is '" + v + "', expected Yes or No");
  }
}
