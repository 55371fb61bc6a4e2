package dev.stagingpro.core.theme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON file parsed the way JavaScript's {@code JSON.parse} reads it (strict JSON, numbers as
 * doubles, a byte-order mark is an error), remembering where each value stands so problems can
 * name line and column. Paths are JSON pointers ({@code /variations/0/id}); members point at
 * their key.
 */
final class JsonDocument {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  record Position(int line, int column) {
    static final Position NONE = new Position(0, 0);
  }

  /** Why a file is not JSON, with where the parser stopped. */
  static final class Malformed extends Exception {
    private final Position position;

    Malformed(String message, Position position) {
      super(message);
      this.position = position;
    }

    Position position() {
      return position;
    }
  }

  private final JsonNode root;
  private final Map<String, Position> positions;

  private JsonDocument(JsonNode root, Map<String, Position> positions) {
    this.root = root;
    this.positions = positions;
  }

  JsonNode root() {
    return root;
  }

  /** Where the value at {@code pointer} (or its nearest parent that exists) stands. */
  Position position(String pointer) {
    String current = pointer;
    while (true) {
      Position found = positions.get(current);
      if (found != null) {
        return found;
      }
      if (current.isEmpty()) {
        return Position.NONE;
      }
      current = current.substring(0, current.lastIndexOf('/'));
    }
  }

  static JsonDocument parse(String text) throws Malformed {
    Map<String, Position> positions = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new Malformed("Unexpected end of JSON input", new Position(1, 1));
      }
      positions.put("", at(parser.currentTokenLocation()));
      JsonNode root = readValue(parser, "", positions);
      if (parser.nextToken() != null) {
        throw new Malformed("Unexpected content after the JSON value", at(parser.currentTokenLocation()));
      }
      return new JsonDocument(root, positions);
    } catch (JsonProcessingException e) {
      throw new Malformed(e.getOriginalMessage(), at(e.getLocation()));
    } catch (IOException e) {
      throw new Malformed(e.getMessage(), Position.NONE);
    }
  }

  private static JsonNode readValue(JsonParser parser, String pointer, Map<String, Position> positions) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = pointer + "/" + escape(name);
          positions.put(child, at(parser.currentTokenLocation()));
          parser.nextToken();
          object.set(name, readValue(parser, child, positions));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          String child = pointer + "/" + index++;
          positions.put(child, at(parser.currentTokenLocation()));
          array.add(readValue(parser, child, positions));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          return nodes.numberNode(parser.getDoubleValue());
        }
        return nodes.numberNode(parser.getLongValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        double value = parser.getDoubleValue();
        return value == Math.rint(value) && Math.abs(value) < (1L << 53) ? nodes.numberNode((long) value) : nodes.numberNode(value);
      }
      case VALUE_TRUE -> {
        return nodes.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return nodes.booleanNode(false);
      }
      default -> {
        return nodes.nullNode();
      }
    }
  }

  /** JSON pointer escaping for one member name. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static Position at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return Position.NONE;
    }
    return new Position(location.getLineNr(), Math.max(location.getColumnNr(), 0));
  }
}
