package dev.stagingpro.sandbox.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The sandbox's one JSON mapper and the small helpers every area uses. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, ObjectNode> TEMPLATES = new ConcurrentHashMap<>();

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  public static JsonNode parse(byte[] bytes) throws IOException {
    return MAPPER.readTree(bytes);
  }

  public static ObjectNode parseObject(byte[] bytes) {
    try {
      return (ObjectNode) MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }


  /**
   * The default shape of an entity as the official OpenAPI schema describes it (every field the
   * store returns, with its zero value). Stored records keep only what differs from it.
   */
  public static ObjectNode template(String name) {
    return TEMPLATES.computeIfAbsent(name, Json::loadTemplate).deepCopy();
  }

  private static ObjectNode loadTemplate(String name) {
    String resource = "/dev/stagingpro/sandbox/templates/" + name + ".json";
    try (InputStream in = Json.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No entity template " + resource);
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Equality where numbers compare by value (an int 8 equals a long 8 and 8.0). */
  public static boolean same(JsonNode a, JsonNode b) {
    return a == null ? b == null : b != null && a.equals(NUMERIC, b);
  }

  private static final java.util.Comparator<JsonNode> NUMERIC = (x, y) -> {
    if (x.equals(y)) {
      return 0;
    }
    if (x.isNumber() && y.isNumber()) {
      return x.decimalValue().compareTo(y.decimalValue());
    }
    return 1;
  };

  /** Copies every field of {@code patch} onto {@code target}, replacing whole values. */
  public static ObjectNode merge(ObjectNode target, JsonNode patch) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      target.set(field.getKey(), field.getValue().deepCopy());
    }
    return target;
  }

  /** Copies the fields of {@code from} named in {@code allowed} onto {@code to}. */
  public static void copyFields(JsonNode from, ObjectNode to, java.util.Set<String> allowed) {
    from.fields().forEachRemaining(f -> {
      if (allowed.contains(f.getKey())) {
        to.set(f.getKey(), f.getValue().deepCopy());
      }
    });
  }

}
