package dev.stagingpro.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.sandbox.state.Json;

/** Lists of {name, value} form-field values kept on customers and addresses. */
final class FormFields {
  private FormFields() {}

  /** A copy of {@code fields} where {@code name} has {@code value} (added or replaced). */
  static ArrayNode put(ArrayNode fields, String name, JsonNode value) {
    ArrayNode out = Json.array();
    boolean replaced = false;
    for (JsonNode field : fields) {
      if (field.path("name").asText().equals(name)) {
        out.add(entry(name, value));
        replaced = true;
      } else {
        out.add(field);
      }
    }
    if (!replaced) {
      out.add(entry(name, value));
    }
    return out;
  }

  private static ObjectNode entry(String name, JsonNode value) {
    ObjectNode entry = Json.object();
    entry.put("name", name);
    entry.set("value", value);
    return entry;
  }
}
