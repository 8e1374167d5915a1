package org.vigil.store;

/** A database or index failure, with the store file and operation in its message. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
