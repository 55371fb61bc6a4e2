package dev.stagingpro.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.state.Json;

/**
 * An error answer in BigCommerce's shape: {@code status}, {@code title}, {@code type} and, for
 * validation problems, an {@code errors} map of field (or batch index) to message.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  public static final String TYPE =
      "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes";

  private final int status;
  private final ObjectNode errors;

  public ApiException(int status, String title, ObjectNode errors) {
    super(title, null, false, false);
    this.status = status;
    this.errors = errors;
  }

  public int status() {
    return status;
  }

  public String title() {
    return getMessage();
  }

  public ObjectNode errors() {
    return errors;
  }

  public static ApiException badRequest(String title) {
    return new ApiException(400, title, null);
  }

  public static ApiException notFound(String title) {
    return new ApiException(404, title, null);
  }

  public static ApiException conflict(String title, String field, String message) {
    return new ApiException(409, title, errorsOf(field, message));
  }

  public static ApiException unprocessable(String field, String message) {
    return new ApiException(
        422, "JSON data is missing or invalid", errorsOf(field, message));
  }

  public static ApiException unprocessable(String title, ObjectNode errors) {
    return new ApiException(422, title, errors);
  }

  public static ApiException tooLarge(int maxItems) {
    return new ApiException(
        413,
        "The request payload is too large. The maximum items allowed in the array is "
            + maxItems
            + ".",
        Json.object());
  }

  public static ObjectNode errorsOf(String field, String message) {
    ObjectNode errors = Json.object();
    errors.put(field, message);
    return errors;
  }

  /** The v3 body: {status, title, type, errors}. */
  public ObjectNode v3Body() {
    ObjectNode body = Json.object();
    body.put("status", status);
    body.put("title", title());
    body.put("type", TYPE);
    if (errors != null && !errors.isEmpty()) {
      body.set("errors", errors);
    }
    return body;
  }
}
