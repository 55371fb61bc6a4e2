package dev.stagingpro.core.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Lists the fields in which a destination record differs from the source record that should
 * replace it. Arrays of sub-records are matched by their natural key (SKU, image URL, name, ...)
 * so a reordered or partly changed list reports only what changed, e.g. {@code
 * variants[SHIRT-M].price}.
 */
public final class RecordComparer {
  /** Sub-record fields that identify an element of an array, in order of preference. */
  private static final List<String> ELEMENT_KEYS = List.of("sku", "image_url", "video_id", "url", "code", "email", "name", "key", "label");

  private final ComparisonRules rules;

  public RecordComparer(ComparisonRules rules) {
    this.rules = rules;
  }

  /**
   * The changes that turn {@code destination} into {@code source}, empty when they are equal.
   * Fields absent from the source are left as the destination has them.
   */
  public List<FieldChange> diff(JsonNode destination, JsonNode source) {
    List<FieldChange> changes = new ArrayList<>();
    compare("", "", destination, source, changes);
    return changes;
  }

  private void compare(String path, String rulePath, JsonNode before, JsonNode after, List<FieldChange> changes) {
    // A field the source does not mention is not managed (data files may list only what they own).
    if (rules.ignoredFields().contains(rulePath) || after == null || after.isMissingNode()) {
      return;
    }
    JsonNode left = orNull(before);
    JsonNode right = orNull(after);
    if (left.isObject() && right.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      left.fieldNames().forEachRemaining(names::add);
      right.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        compare(join(path, name), join(rulePath, name), left.get(name), right.get(name), changes);
      }
    } else if (left.isArray() && right.isArray()) {
      compareArrays(path, rulePath, left, right, changes);
    } else if (!sameValue(left, right)) {
      changes.add(new FieldChange(path, left, right));
    }
  }

  private void compareArrays(String path, String rulePath, JsonNode before, JsonNode after, List<FieldChange> changes) {
    boolean additive = rules.additiveArrays().contains(rulePath);
    Optional<String> key = elementKey(before, after);
    if (key.isPresent()) {
      Map<String, JsonNode> left = byKey(before, key.get());
      Map<String, JsonNode> right = byKey(after, key.get());
      for (Map.Entry<String, JsonNode> entry : right.entrySet()) {
        compare(path + "[" + entry.getKey() + "]", rulePath, left.get(entry.getKey()), entry.getValue(), changes);
      }
      if (!additive) {
        left.keySet().stream().filter(k -> !right.containsKey(k))
            .forEach(k -> changes.add(new FieldChange(path + "[" + k + "]", left.get(k), NullNode.getInstance())));
      }
      return;
    }
    if (additive ? !containsAll(before, after) : !before.equals(after)) {
      changes.add(new FieldChange(path, before, after));
    }
  }

  private static boolean containsAll(JsonNode container, JsonNode wanted) {
    List<JsonNode> present = new ArrayList<>();
    container.forEach(present::add);
    for (JsonNode element : wanted) {
      if (!present.contains(element)) {
        return false;
      }
    }
    return true;
  }

  /** The first key field that every element of both arrays has, with unique values. */
  private static Optional<String> elementKey(JsonNode before, JsonNode after) {
    if (before.isEmpty() && after.isEmpty()) {
      return Optional.empty();
    }
    for (String candidate : ELEMENT_KEYS) {
      if (identifiesEvery(before, candidate) && identifiesEvery(after, candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean identifiesEvery(JsonNode array, String field) {
    TreeSet<String> seen = new TreeSet<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      JsonNode element = it.next();
      if (!element.isObject() || !element.hasNonNull(field) || !seen.add(element.get(field).asText())) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, JsonNode> byKey(JsonNode array, String field) {
    Map<String, JsonNode> elements = new LinkedHashMap<>();
    array.forEach(element -> elements.put(element.get(field).asText(), element));
    return elements;
  }

  /** Numbers compare by value, so 10 and 10.0 (as stores return prices) are the same. */
  private static boolean sameValue(JsonNode left, JsonNode right) {
    if (left.isNumber() && right.isNumber()) {
      return left.decimalValue().compareTo(right.decimalValue()) == 0;
    }
    return left.equals(right);
  }

  private static JsonNode orNull(JsonNode node) {
    return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
