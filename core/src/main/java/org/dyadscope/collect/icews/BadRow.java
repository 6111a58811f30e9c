package org.dyadscope.collect.icews;

/** A row that cannot be loaded; the message is the quarantine reason. Stackless: it is control flow. */
final class BadRow extends Exception {
  private static final long serialVersionUID = 1L;

  BadRow(String reason) {
    super(reason, null, false, false);
  }
}
