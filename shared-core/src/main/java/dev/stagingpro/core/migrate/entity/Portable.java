package dev.stagingpro.core.migrate.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagingpro.core.json.JsonMappers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Converts the connector's typed records to and from JSON trees: the typed models already carry
 * the store's field names (snake case, nulls left out), so the portable form starts as their tree
 * and each adapter only swaps ids for natural keys.
 */
final class Portable {
  static final ObjectMapper JSON = JsonMappers.standard();

  private Portable() {}

  static ObjectNode tree(Object typed) {
    return typed == null ? JSON.createObjectNode() : JSON.valueToTree(typed);
  }

  static <T> T typed(JsonNode tree, Class<T> type) {
    try {
      return JSON.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot read " + type.getSimpleName() + " from " + tree + ": " + e.getOriginalMessage(), e);
    }
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Removes the named fields; returns the node for chaining. */
  static ObjectNode without(ObjectNode node, String... fields) {
    for (String field : fields) {
      node.remove(field);
    }
    return node;
  }

  /**
   * Drops a storefront URL the store derived from the name ({@code is_customized: false}): the
   * destination derives its own, and sending it would pin it as a custom one.
   */
  static ObjectNode withoutDerivedUrl(ObjectNode node, String field) {
    JsonNode url = node.get(field);
    if (url != null && url.isObject() && !url.path("is_customized").asBoolean(false)) {
      node.remove(field);
    } else if (url != null && url.isObject()) {
      ((ObjectNode) url).remove("create_redirect");
    }
    return node;
  }

  /** A list's elements as portable objects (each mapped), in the order of {@code sortKey}. */
  static <T> ArrayNode arrayOf(List<T> items, Function<T, ObjectNode> map, Comparator<ObjectNode> order) {
    List<ObjectNode> mapped = new ArrayList<>();
    if (items != null) {
      items.forEach(item -> mapped.add(map.apply(item)));
    }
    mapped.sort(order);
    ArrayNode array = array();
    mapped.forEach(array::add);
    return array;
  }

  /** Orders portable objects by a text field (missing values first). */
  static Comparator<ObjectNode> byText(String field) {
    return Comparator.comparing(node -> node.path(field).asText(""));
  }

  static Comparator<ObjectNode> byInt(String field) {
    return Comparator.comparingLong(node -> node.path(field).asLong(0));
  }

  /** The text of a field, or null when missing, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  /** The elements of an array field (none when missing). */
  static List<JsonNode> elements(JsonNode node, String field) {
    List<JsonNode> out = new ArrayList<>();
    node.path(field).forEach(out::add);
    return out;
  }
}
