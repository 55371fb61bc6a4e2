package dev.stagingpro.core.theme;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * A small JSON-schema-like description of what a theme JSON file must look like, written in Java
 * from the rules the Stencil CLI checks (see docs in the validators). Messages follow the CLI's
 * (ajv) wording so people searching for them find the same advice, but every problem carries the
 * JSON pointer of the value so it can be shown with line and column.
 */
final class JsonShape {
  /** Where a problem was found: JSON pointer and the CLI-style path ({@code config.meta.price}). */
  record Found(String pointer, String path, String message) {}

  private final Set<String> types;
  private final List<String> required = new ArrayList<>();
  private final Map<String, JsonShape> properties = new LinkedHashMap<>();
  private final Map<Pattern, JsonShape> patternProperties = new LinkedHashMap<>();
  private boolean closed;
  private JsonShape items;
  private Integer minItems;
  private Integer maxItems;
  private boolean uniqueItems;
  private Integer minLength;
  private Long minimum;
  private Set<String> allowed;
  private final List<BiConsumer<JsonNode, Checker>> rules = new ArrayList<>();

  private JsonShape(Set<String> types) {
    this.types = types;
  }

  static JsonShape object() {
    return new JsonShape(Set.of("object"));
  }

  static JsonShape array(JsonShape items) {
    JsonShape shape = new JsonShape(Set.of("array"));
    shape.items = items;
    return shape;
  }

  static JsonShape string() {
    return new JsonShape(Set.of("string"));
  }

  static JsonShape integer() {
    return new JsonShape(Set.of("integer"));
  }

  static JsonShape bool() {
    return new JsonShape(Set.of("boolean"));
  }

  /** Any JSON value. */
  static JsonShape any() {
    return new JsonShape(Set.of());
  }

  /** One of several types, e.g. {@code oneOf("string", "number")}. */
  static JsonShape ofTypes(String... types) {
    return new JsonShape(Set.of(types));
  }

  JsonShape require(String... names) {
    required.addAll(List.of(names));
    return this;
  }

  JsonShape property(String name, JsonShape shape) {
    properties.put(name, shape);
    return this;
  }

  /** Members whose name contains a match of {@code regex} (unanchored, as in JSON schema). */
  JsonShape pattern(String regex, JsonShape shape) {
    patternProperties.put(Pattern.compile(regex), shape);
    return this;
  }

  /** No members beyond the declared and pattern ones. */
  JsonShape closed() {
    closed = true;
    return this;
  }

  JsonShape minItems(int value) {
    minItems = value;
    return this;
  }

  JsonShape maxItems(int value) {
    maxItems = value;
    return this;
  }

  JsonShape unique() {
    uniqueItems = true;
    return this;
  }

  JsonShape minLength(int value) {
    minLength = value;
    return this;
  }

  JsonShape minimum(long value) {
    minimum = value;
    return this;
  }

  JsonShape oneOf(String... values) {
    allowed = Set.of(values);
    return this;
  }

  /** An extra check that needs more than one member (e.g. fields required for some types only). */
  JsonShape rule(BiConsumer<JsonNode, Checker> rule) {
    rules.add(rule);
    return this;
  }

  List<Found> check(JsonNode node, String rootName) {
    Checker checker = new Checker();
    check(node, "", rootName, checker);
    return checker.found;
  }

  /** Collects problems while walking; rules use it to report against the current value. */
  static final class Checker {
    private final List<Found> found = new ArrayList<>();
    private String pointer = "";
    private String path = "";

    void report(String message) {
      found.add(new Found(pointer, path, message));
    }

    /** Reports against a value below the current one: members by name, array items by index. */
    void reportBelow(String message, Object... steps) {
      StringBuilder childPointer = new StringBuilder(pointer);
      StringBuilder childPath = new StringBuilder(path);
      for (Object step : steps) {
        childPointer.append('/').append(JsonDocument.escape(step.toString()));
        childPath.append(step instanceof Integer ? "[" + step + "]" : pathSegment(step.toString()));
      }
      found.add(new Found(childPointer.toString(), childPath.toString(), message));
    }
  }

  private void check(JsonNode node, String pointer, String path, Checker checker) {
    String savedPointer = checker.pointer;
    String savedPath = checker.path;
    checker.pointer = pointer;
    checker.path = path;
    try {
      if (!types.isEmpty() && types.stream().noneMatch(type -> hasType(node, type))) {
        checker.report("should be " + String.join(",", types.stream().sorted().toList()));
        return;
      }
      if (node.isTextual()) {
        checkString(node.textValue(), checker);
      } else if (node.isNumber()) {
        if (minimum != null && node.doubleValue() < minimum) {
          checker.report("should be >= " + minimum);
        }
      } else if (node.isArray()) {
        checkArray(node, pointer, path, checker);
      } else if (node.isObject()) {
        checkObject(node, pointer, path, checker);
      }
      for (BiConsumer<JsonNode, Checker> rule : rules) {
        rule.accept(node, checker);
      }
    } finally {
      checker.pointer = savedPointer;
      checker.path = savedPath;
    }
  }

  private void checkString(String value, Checker checker) {
    if (minLength != null && value.codePointCount(0, value.length()) < minLength) {
      checker.report("should NOT be shorter than " + minLength + " characters");
    }
    if (allowed != null && !allowed.contains(value)) {
      checker.report("should be equal to one of the allowed values");
    }
  }

  private void checkArray(JsonNode node, String pointer, String path, Checker checker) {
    if (minItems != null && node.size() < minItems) {
      checker.report("should NOT have fewer than " + minItems + " items");
    }
    if (maxItems != null && node.size() > maxItems) {
      checker.report("should NOT have more than " + maxItems + " items");
    }
    if (uniqueItems) {
      for (int i = node.size() - 1; i > 0; i--) {
        for (int j = i - 1; j >= 0; j--) {
          if (node.get(i).equals(node.get(j))) {
            checker.report("should NOT have duplicate items (items ## " + j + " and " + i + " are identical)");
            i = 0;
            break;
          }
        }
      }
    }
    if (items != null) {
      for (int i = 0; i < node.size(); i++) {
        items.check(node.get(i), pointer + "/" + i, path + "[" + i + "]", checker);
      }
    }
  }

  private void checkObject(JsonNode node, String pointer, String path, Checker checker) {
    for (String name : required) {
      if (!node.has(name)) {
        checker.report("should have required property '" + name + "'");
      }
    }
    node.fields().forEachRemaining(member -> {
      String name = member.getKey();
      String childPointer = pointer + "/" + JsonDocument.escape(name);
      String childPath = path + pathSegment(name);
      boolean known = false;
      JsonShape declared = properties.get(name);
      if (declared != null) {
        known = true;
        declared.check(member.getValue(), childPointer, childPath, checker);
      }
      for (Map.Entry<Pattern, JsonShape> patterned : patternProperties.entrySet()) {
        if (patterned.getKey().matcher(name).find()) {
          known = true;
          patterned.getValue().check(member.getValue(), childPointer, childPath, checker);
        }
      }
      if (closed && !known) {
        checker.found.add(new Found(childPointer, path, "should NOT have additional properties ('" + name + "')"));
      }
    });
  }

  private static boolean hasType(JsonNode node, String type) {
    return switch (type) {
      case "object" -> node.isObject();
      case "array" -> node.isArray();
      case "string" -> node.isTextual();
      case "boolean" -> node.isBoolean();
      case "number" -> node.isNumber();
      case "integer" -> node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue());
      default -> false;
    };
  }

  private static String pathSegment(String name) {
    return name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + name : "['" + name + "']";
  }
}
