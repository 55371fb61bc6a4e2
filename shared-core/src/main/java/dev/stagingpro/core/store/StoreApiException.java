package dev.stagingpro.core.store;

import dev.stagingpro.core.StagingProException;

/**
 * The store refused a request. The message names the environment, the endpoint and the store's
 * own message; it never contains the token.
 */
public class StoreApiException extends StagingProException {
  private final int status;
  private final String endpoint;
  private final String storeMessage;

  public StoreApiException(String environment, String endpoint, int status, String storeMessage) {
    super(
        "Store '" + environment + "' answered " + status + " to " + endpoint + ": " + storeMessage,
        EXIT_WORK_FAILED);
    this.status = status;
    this.endpoint = endpoint;
    this.storeMessage = storeMessage;
  }

  /** HTTP status, or 0 when no answer arrived (network failure). */
  public int status() {
    return status;
  }

  /** Method and endpoint template, e.g. {@code POST /v3/catalog/products}. */
  public String endpoint() {
    return endpoint;
  }

  public String storeMessage() {
    return storeMessage;
  }

  public boolean isConflict() {
    return status == 409;
  }

  public boolean isNotFound() {
    return status == 404;
  }
}
