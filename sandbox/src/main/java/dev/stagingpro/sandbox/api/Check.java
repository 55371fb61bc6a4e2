package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.http.ApiException;
import dev.stagingpro.sandbox.state.Json;
import java.util.Set;

/** Field checks that answer 422 with BigCommerce's {@code errors} map, naming the field. */
public final class Check {
  private Check() {}

  /** A required, non-blank string of at most {@code max} characters. */
  public static String text(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
      throw ApiException.unprocessable(field, field + " is required");
    }
    return length(field, value.asText(), max);
  }

  /** An optional string: checked when present. */
  public static void optionalText(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (value != null && !value.isNull()) {
      if (!value.isTextual()) {
        throw ApiException.unprocessable(field, field + " must be a string");
      }
      length(field, value.asText(), max);
    }
  }

  private static String length(String field, String text, int max) {
    if (text.length() > max) {
      throw ApiException.unprocessable(field, field + " must be at most " + max + " characters");
    }
    return text;
  }

  /** A required number (>= 0 when {@code nonNegative}). */
  public static double number(JsonNode body, String field, boolean nonNegative) {
    JsonNode value = body.get(field);
    if (value == null || !value.isNumber()) {
      throw ApiException.unprocessable(field, field + " is required and must be a number");
    }
    return nonNegative(field, value, nonNegative);
  }

  public static void optionalNumber(JsonNode body, String field, boolean nonNegative) {
    JsonNode value = body.get(field);
    if (value != null && !value.isNull()) {
      if (!value.isNumber()) {
        throw ApiException.unprocessable(field, field + " must be a number");
      }
      nonNegative(field, value, nonNegative);
    }
  }

  private static double nonNegative(String field, JsonNode value, boolean nonNegative) {
    if (nonNegative && value.asDouble() < 0) {
      throw ApiException.unprocessable(field, field + " must not be negative");
    }
    return value.asDouble();
  }

  /** A required integer id. */
  public static long id(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
      throw ApiException.unprocessable(field, field + " is required and must be an integer");
    }
    return value.asLong();
  }

  /** A required value from a fixed set. */
  public static String oneOf(JsonNode body, String field, Set<String> allowed) {
    JsonNode value = body.get(field);
    if (value == null || !allowed.contains(value.asText())) {
      throw ApiException.unprocessable(field, field + " must be one of " + allowed);
    }
    return value.asText();
  }

  public static void optionalOneOf(JsonNode body, String field, Set<String> allowed) {
    JsonNode value = body.get(field);
    if (value != null && !value.isNull() && !allowed.contains(value.asText())) {
      throw ApiException.unprocessable(field, field + " must be one of " + allowed);
    }
  }

  public static ObjectNode object(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw ApiException.unprocessable(where, where + " must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** A batch body: a non-empty array of objects with at most {@code max} items (413 above). */
  public static ArrayNode batch(JsonNode body, int max) {
    if (!body.isArray() || body.isEmpty()) {
      throw ApiException.unprocessable("body", "The request body must be a non-empty array");
    }
    if (body.size() > max) {
      throw ApiException.tooLarge(max);
    }
    for (int i = 0; i < body.size(); i++) {
      object(body.get(i), "[" + i + "]");
    }
    return (ArrayNode) body;
  }

  /** Handles one item of a batch. */
  @FunctionalInterface
  public interface ItemHandler {
    JsonNode handle(ObjectNode item);
  }

  /**
   * Runs {@code handler} on every item in order (all or nothing: the request rolls back on the
   * first failure, which names the item's index) and collects the non-null results.
   */
  public static ArrayNode eachItem(ArrayNode items, ItemHandler handler) {
    ArrayNode out = Json.array();
    for (int i = 0; i < items.size(); i++) {
      try {
        JsonNode result = handler.handle((ObjectNode) items.get(i));
        if (result != null) {
          out.add(result);
        }
      } catch (ApiException e) {
        throw atIndex(i, e);
      }
    }
    return out;
  }

  /** Re-throws a batch item's error with its index prefixed to the field names. */
  public static ApiException atIndex(int index, ApiException e) {
    ObjectNode errors = Json.object();
    if (e.errors() != null && e.errors().size() > 0) {
      e.errors().fields().forEachRemaining(f -> errors.set(index + "." + f.getKey(), f.getValue()));
    } else {
      errors.put(Integer.toString(index), e.title());
    }
    return new ApiException(e.status(), e.title(), errors);
  }

}
