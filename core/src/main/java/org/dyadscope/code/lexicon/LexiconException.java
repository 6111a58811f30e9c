package org.dyadscope.code.lexicon;

/** A lexicon file cannot be read or holds a bad row; the message names the file, line and fix. */
public final class LexiconException extends RuntimeException {
  public LexiconException(String message) {
    super(message);
  }

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
