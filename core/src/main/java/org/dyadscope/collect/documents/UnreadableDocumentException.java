package org.dyadscope.collect.documents;

/**
 * A document whose text cannot be had: an encrypted or damaged PDF, a file that is not text. The
 * message is the reason in a few words, to be shown after the file name ("encrypted PDF: ...").
 */
public final class UnreadableDocumentException extends Exception {
  public UnreadableDocumentException(String reason) {
    super(reason);
  }

  public UnreadableDocumentException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
