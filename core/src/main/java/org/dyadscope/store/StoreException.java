package org.dyadscope.store;

/** A failure to write to the store, wrapped so sink methods need not declare {@link java.sql.SQLException}. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
