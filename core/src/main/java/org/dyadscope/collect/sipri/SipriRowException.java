package org.dyadscope.collect.sipri;

/** Why one trade-register line cannot be loaded; the message is the quarantine reason. */
final class SipriRowException extends Exception {
  private static final long serialVersionUID = 1L;

  SipriRowException(String reason) {
    super(reason);
  }
}
