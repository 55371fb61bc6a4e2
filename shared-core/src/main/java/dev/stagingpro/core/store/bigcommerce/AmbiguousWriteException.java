package dev.stagingpro.core.store.bigcommerce;

/**
 * A write that must not be repeated blindly failed in a way that does not say whether the store
 * saved it (timeout, dropped connection, 5xx): the caller looks the record up before trying again.
 */
final class AmbiguousWriteException extends RuntimeException {
  AmbiguousWriteException(String message) {
    super(message, null, false, false);
  }
}
