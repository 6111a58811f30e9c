package org.dyadscope.collect.icews;

import org.dyadscope.collect.CameoTable;

/**
 * Canonical CAMEO code of an ICEWS "CAMEO Code" value, restoring a leading zero that a
 * spreadsheet or a numeric column type dropped ({@code 40} for {@code 040}, {@code 241} for
 * {@code 0241}).
 *
 * <p>ICEWS codes every event at the base (3-digit, e.g. {@code 040}) or full (4-digit, e.g.
 * {@code 0241}) level, never at a bare 2-digit root (ICEWS Dataverse codebook; CAMEO manual
 * 1.1b3, Schrodt 2012). So a value has at most two readings: itself, when it has 3 or 4 digits,
 * and itself with one zero put back, when that has 3 or 4 digits. A reading counts when it is in
 * the CAMEO table. The value is taken when exactly one reading counts: {@code 040} and
 * {@code 100} stay, {@code 40} becomes {@code 040}, {@code 10} becomes {@code 010} (root-level
 * {@code 10} is not an ICEWS code), {@code 241} becomes {@code 0241} (no root 24 exists). When both
 * readings count the value is ambiguous and rejected rather than guessed; with the GDELT CAMEO
 * table no 3-digit code collides with a 4-digit code minus its zero, so this does not happen with
 * real files, but a table with extra codes could make it happen.
 */
final class IcewsCameoCode {
  private IcewsCameoCode() {}

  /**
   * The canonical code.
   *
   * @throws BadRow when no reading, or more than one, is a CAMEO code
   */
  static String canonical(String value, CameoTable cameo) throws BadRow {
    String asRead = value.length() >= 3 && value.length() <= 4 && cameo.isKnown(value) ? value : null;
    String padded = "0" + value;
    String restored = padded.length() >= 3 && padded.length() <= 4 && cameo.isKnown(padded)
        ? padded : null;
    if (asRead != null && restored != null) {
      throw new BadRow("CAMEO code '" + value + "' is ambiguous: " + asRead + " or " + restored
          + " with its leading zero lost; re-export the file keeping CAMEO Code as text");
    }
    if (asRead != null) {
      return asRead;
    }
    if (restored != null) {
      return restored;
    }
    if (cameo.isKnown(value)) {
      throw new BadRow("CAMEO code '" + value + "' has " + value.length()
          + " digits; ICEWS codes events with 3 or 4");
    }
    throw new BadRow("CAMEO code '" + value + "' not in the CAMEO table");
  }
}
