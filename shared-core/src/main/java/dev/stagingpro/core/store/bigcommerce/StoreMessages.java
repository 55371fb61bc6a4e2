package dev.stagingpro.core.store.bigcommerce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the store's own words out of an error body. v3 answers {@code {status, title, detail?,
 * errors: {field-or-index: message}}}; v2 answers an array of {@code {status, message, details?}} or a
 * {@code {status, title}} object. Anything else is quoted as text, shortened.
 */
final class StoreMessages {
  private static final int MAX_TEXT = 300;

  private StoreMessages() {}

  static String of(ApiResponse response) {
    JsonNode root = response.json();
    String message = describe(root);
    if (message.isBlank()) {
      String text = response.text().strip();
      message = text.isEmpty() ? "(no message)" : shorten(text);
    }
    return message;
  }

  /** The message of one JSON error object or array of them; empty when none is found. */
  static String describe(JsonNode node) {
    List<String> parts = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode item : node) {
        String part = describe(item);
        if (!part.isBlank()) {
          parts.add(part);
        }
      }
      return String.join("; ", parts);
    }
    if (!node.isObject()) {
      return node.isValueNode() ? node.asText() : "";
    }
    for (String field : List.of("title", "message", "detail", "error")) {
      if (node.hasNonNull(field) && node.get(field).isValueNode() && !node.get(field).asText().isBlank()) {
        parts.add(node.get(field).asText());
      }
    }
    JsonNode errors = node.has("errors") ? node.get("errors") : node.get("details"); // v2 names them details
    if (errors != null && errors.isObject()) {
      for (Map.Entry<String, JsonNode> e : errors.properties()) {
        parts.add(e.getKey() + ": " + textOf(e.getValue()));
      }
    } else if (errors != null && errors.isArray()) {
      String nested = describe(errors);
      if (!nested.isBlank()) {
        parts.add(nested);
      }
    }
    return String.join("; ", parts);
  }

  private static String textOf(JsonNode value) {
    return value.isValueNode() ? value.asText() : describe(value);
  }

  static String shorten(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
  }
}
